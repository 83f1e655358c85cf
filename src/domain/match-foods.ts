/** Which of a recipe's foods a text mentions, by whole words, tolerant of plurals.
 *  A food is found by its full name, by its name without descriptors ("Ground Pork" → "pork"),
 *  or by its head noun ("Red Chilies" → "chili") when no other food shares that head and the head
 *  is not a generic word such as "sauce". */
const DESCRIPTORS = new Set([
  "ground",
  "minced",
  "fresh",
  "dried",
  "chopped",
  "sliced",
  "diced",
  "large",
  "small",
  "medium",
  "boneless",
  "skinless",
  "whole",
  "unsalted",
  "salted",
  "ripe",
  "frozen",
  "canned",
  "baby",
  "red",
  "green",
  "yellow",
  "extra-virgin",
  "extra",
  "virgin",
  "finely",
  "thinly",
  "good",
  "quality",
  "organic",
  "lean",
  "raw",
  "cooked",
]);

const GENERIC_HEADS = new Set([
  "sauce",
  "paste",
  "powder",
  "juice",
  "mix",
  "seasoning",
  "leaf",
  "seed",
  "piece",
  "clove",
  "sprig",
  "stalk",
  "slice",
  "water",
  "stock",
  "broth",
]);

/** A crude stem that maps singular and plural to one form: "chilies", "chili" → "chili". */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}i`;
  else if (w.length > 3 && /(?:oes|shes|ches|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith("y")) w = `${w.slice(0, -1)}i`;
  return w;
}

export function stemWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).flatMap((w) =>
    w.includes("-") ? [stemWord(w), ...w.split("-").map(stemWord)] : [stemWord(w)],
  );
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** The word runs that name each food, most specific first; computed once per list of foods
 *  (a step is matched against every food, and a page may list hundreds). */
interface FoodTerms {
  /** For each food, its word runs. */
  readonly terms: string[][][];
  /** Foods by the first word of one of their runs: a text is checked only against these. */
  readonly byFirstWord: Map<string, number[]>;
}

const TERMS = new WeakMap<readonly string[], FoodTerms>();

function termsOfFoods(foods: readonly string[]): FoodTerms {
  const cached = TERMS.get(foods);
  if (cached) return cached;
  const fulls = foods.map((food) => stemWords(food.split(/[,(]/)[0] ?? food));
  const heads = new Map<string, number>();
  for (const full of foods.map(stemWords)) {
    const head = full.at(-1);
    if (head !== undefined) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  const terms = fulls.map((full, index) => {
    const core = full.filter((w) => !DESCRIPTORS.has(w));
    const found = [full];
    if (core.length > 0 && core.length < full.length) found.push(core);
    const head = full[full.length - 1];
    const own = stemWords(foods[index] ?? "").at(-1) === head ? 1 : 0;
    // The head alone names the food only when no other food ends in it.
    if (head && full.length > 1 && !GENERIC_HEADS.has(head) && (heads.get(head) ?? 0) - own === 0) {
      found.push([head]);
    }
    return found;
  });
  const byFirstWord = new Map<string, number[]>();
  for (const [index, runs] of terms.entries()) {
    for (const first of new Set(runs.map((run) => run[0] ?? ""))) {
      const list = byFirstWord.get(first);
      if (list) list.push(index);
      else byFirstWord.set(first, [index]);
    }
  }
  const indexed = { terms, byFirstWord };
  TERMS.set(foods, indexed);
  return indexed;
}

/** Indices of the foods a text mentions, in the order of `foods`. */
export function findFoodMentions(text: string, foods: readonly string[]): number[] {
  const words = stemWords(text);
  const { terms, byFirstWord } = termsOfFoods(foods);
  const candidates = new Set<number>();
  for (const word of new Set(words)) for (const i of byFirstWord.get(word) ?? []) candidates.add(i);
  return [...candidates]
    .filter((i) => terms[i]?.some((term) => containsRun(words, term)))
    .sort((a, b) => a - b);
}

/** The recipe food a phrase names ("pork" → "Ground Pork"), or undefined. */
export function matchFood(phrase: string, foods: readonly string[]): string | undefined {
  const words = stemWords(phrase);
  const exact = foods.find((food) => stemWords(food).join(" ") === words.join(" "));
  if (exact) return exact;
  const mentioned = findFoodMentions(phrase, foods);
  if (mentioned.length === 1) return foods[mentioned[0] ?? -1];
  const { terms } = termsOfFoods(foods);
  const contained = foods.filter((_, i) => terms[i]?.some((term) => containsRun(term, words)));
  return contained.length === 1 ? contained[0] : undefined;
}
