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

/** The word runs that name a food, most specific first. */
function termsOf(food: string, index: number, foods: readonly string[]): string[][] {
  const full = stemWords(food.split(/[,(]/)[0] ?? food);
  const core = full.filter((w) => !DESCRIPTORS.has(w));
  const terms = [full];
  if (core.length > 0 && core.length < full.length) terms.push(core);
  const head = full[full.length - 1];
  if (head && full.length > 1 && !GENERIC_HEADS.has(head)) {
    const shared = foods.some((other, j) => j !== index && stemWords(other).at(-1) === head);
    if (!shared) terms.push([head]);
  }
  return terms;
}

/** Indices of the foods a text mentions, in the order of `foods`. */
export function findFoodMentions(text: string, foods: readonly string[]): number[] {
  const words = stemWords(text);
  return foods.flatMap((food, index) =>
    termsOf(food, index, foods).some((term) => containsRun(words, term)) ? [index] : [],
  );
}

/** The recipe food a phrase names ("pork" → "Ground Pork"), or undefined. */
export function matchFood(phrase: string, foods: readonly string[]): string | undefined {
  const words = stemWords(phrase);
  const exact = foods.find((food) => stemWords(food).join(" ") === words.join(" "));
  if (exact) return exact;
  const mentioned = findFoodMentions(phrase, foods);
  if (mentioned.length === 1) return foods[mentioned[0] ?? -1];
  const contained = foods.filter((food, i) =>
    termsOf(food, i, foods).some((term) => containsRun(term, words)),
  );
  return contained.length === 1 ? contained[0] : undefined;
}
