import type { IngredientGroup, RecipeInput, StepGroup } from "../../domain/recipe.js";
import { squashText } from "../clean-text.js";
import { readSchemaInstructions } from "../read-schema-instructions.js";
import { toIngredient } from "../read-schema-recipe.js";
import type { CardGroup } from "./read-headed-lists.js";

/** Structured data that lost what the page shows: ingredient lines without their amounts
 *  ("Knoblauchzehe" where the page says "1 Stück Knoblauchzehe"), lines split at every comma
 *  ("250 g Rindfleisch", " in Stücken"), or a method glued into one string where the page
 *  shows its steps apart. The page's lines replace them only when they are the same text with
 *  more in it, or the same text in fewer lines:
 *    ingredients: the shown groups that hold each structured line whole, in a line of its own;
 *      or, for split lines, the shown run that, joined, is the structured lines' text;
 *    steps: shown lines that, joined, are the structured steps' text, in more steps.
 *  Letters and digits decide what is "the same text"; spacing and punctuation do not. */

const MAX_COMPARISONS = 100_000;
const AMOUNT = /\d|[\u00bc-\u00be\u2150-\u215e]/;
/** Where one step was several: a sentence's end glued to the next one's capital ("gehen
 *  lassen.Den Teig"), or the steps' own numbers inside it ("… aufkochen 2. Nudeln zugeben"). */
const GLUED = /\p{Ll}[.!?]\p{Lu}/u;
const NUMBERED = /(?:^|\s)\d{1,2}[.)]\s/g;

const ingredientLines = (r: RecipeInput) =>
  (r.ingredientGroups ?? []).flatMap((g) => g.ingredients.map((i) => i.text));
const stepTexts = (r: RecipeInput) =>
  (r.stepGroups ?? []).flatMap((g) => g.steps.map((s) => s.text));

/** Lines that mostly name a food without saying how much: the amounts may be on the page. */
export function lacksAmounts(recipe: RecipeInput): boolean {
  const lines = ingredientLines(recipe);
  return lines.length >= 3 && lines.filter((l) => AMOUNT.test(l)).length * 3 < lines.length;
}

/** One step that shows where it was several: its parts may be steps on the page. */
export function isGluedMethod(recipe: RecipeInput): boolean {
  const steps = stepTexts(recipe);
  if (steps.length !== 1) return false;
  const text = steps[0]!;
  return GLUED.test(text) || (text.match(NUMBERED)?.length ?? 0) >= 2;
}

/** The shown run of lines that holds every structured line (each in a line of its own, in any
 *  order: some pages list their foods sorted), with its groups' titles when it spans several;
 *  undefined when there is none, it adds nothing, or it is more than twice as long. */
export function findShownIngredients(
  lines: readonly string[],
  shown: readonly CardGroup[],
): CardGroup[] | undefined {
  const wanted = lines.map(squashText);
  if (wanted.length === 0 || wanted.some((w) => w === "")) return undefined;
  const flat = shown.flatMap((g, group) => g.lines.map((line) => ({ group, line })));
  // Each line is looked for in every shown line: a hostile page's thousands are not read.
  if (wanted.length * flat.length > MAX_COMPARISONS) return undefined;
  const keys = flat.map((f) => squashText(f.line));
  const used = new Set<number>();
  for (const w of wanted) {
    const at = keys.findIndex((k, i) => !used.has(i) && k.includes(w));
    if (at === -1) return undefined;
    used.add(at);
  }
  // The whole shown groups the lines are in: the structured data may have lost a line too.
  const firstGroup = flat[Math.min(...used)]!.group;
  const lastGroup = flat[Math.max(...used)]!.group;
  const run = flat.filter((f) => f.group >= firstGroup && f.group <= lastGroup);
  if (run.length > 2 * wanted.length) return undefined;
  if (run.every((r, i) => squashText(r.line) === wanted[i])) return undefined;
  return toGroupsOfRun(run, shown);
}

/** Shown lines, each with the index of its group, as groups with their titles. */
function toGroupsOfRun(
  run: readonly { group: number; line: string }[],
  shown: readonly CardGroup[],
): CardGroup[] {
  const groups: CardGroup[] = [];
  let open = -1;
  for (const { group, line } of run) {
    if (group === open) groups.at(-1)!.lines.push(line);
    else groups.push({ ...(shown[group]!.title && { title: shown[group]!.title }), lines: [line] });
    open = group;
  }
  return groups.length === 1 ? [{ lines: groups[0]!.lines }] : groups;
}

/** Lines a site split at each comma of its list ("250 g pork", " in pieces", " 1", "5 tsp
 *  mustard"): after the first, most open with the space that followed a comma. Asked of the
 *  raw JSON-LD list, since reading it trims each line. */
export function isCommaSplit(raw: unknown): boolean {
  if (!Array.isArray(raw) || raw.length < 4) return false;
  const strings = raw.filter((x): x is string => typeof x === "string");
  const spaced = strings.filter((line, i) => i > 0 && /^\s/.test(line)).length;
  return strings.length === raw.length && !/^\s/.test(strings[0]!) && spaced * 2 > raw.length;
}

/** The shown run of lines that, joined, is the structured lines' text, in fewer lines: the
 *  structured lines are pieces of the shown ones. */
export function findShownWholes(
  lines: readonly string[],
  shown: readonly CardGroup[],
): CardGroup[] | undefined {
  const want = squashText(lines.join(" "));
  const flat = shown.flatMap((g, group) => g.lines.map((line) => ({ group, line })));
  const keys = flat.map((f) => squashText(f.line));
  if (want === "" || flat.length * lines.length > MAX_COMPARISONS) return undefined;
  for (let start = 0; start < flat.length; start++) {
    if (keys[start] === "" || !want.startsWith(keys[start]!)) continue;
    let at = 0;
    let end = start;
    while (
      end < flat.length &&
      end - start < lines.length &&
      at < want.length &&
      want.startsWith(keys[end]!, at)
    ) {
      at += keys[end++]!.length;
    }
    if (at === want.length && end - start < lines.length) {
      return toGroupsOfRun(flat.slice(start, end), shown);
    }
  }
  return undefined;
}

// "1 Mix…", "2 Bake…": a number the page prints before each step, in sequence.
const LEADING_NUMBER = /^(\d{1,2})\s+/;

function withoutNumbers(groups: readonly CardGroup[]): CardGroup[] | undefined {
  let n = 0;
  const numbered = groups.every((g) =>
    g.lines.every((l) => Number(LEADING_NUMBER.exec(l)?.[1]) === ++n),
  );
  return numbered
    ? groups.map((g) => ({ ...g, lines: g.lines.map((l) => l.replace(LEADING_NUMBER, "")) }))
    : undefined;
}

/** The shown steps whose text, joined, is the structured method's, when they are more. */
export function findShownSteps(
  steps: readonly string[],
  shown: readonly CardGroup[],
): CardGroup[] | undefined {
  const count = shown.reduce((n, g) => n + g.lines.length, 0);
  if (count <= steps.length) return undefined;
  const want = squashText(steps.join(" "));
  for (const groups of [shown, withoutNumbers(shown)]) {
    if (!groups) continue;
    const lines = squashText(groups.flatMap((g) => g.lines).join(" "));
    const titled = squashText(groups.flatMap((g) => [g.title ?? "", ...g.lines]).join(" "));
    if (lines === want) return groups.map((g) => ({ lines: g.lines }));
    if (titled === want) return [...groups];
  }
  return undefined;
}

const toStepGroups = (groups: readonly CardGroup[]): StepGroup[] =>
  readSchemaInstructions(
    groups.map((g) => ({ "@type": "HowToSection", name: g.title, itemListElement: g.lines })),
    new Map(),
  );

const toIngredientGroups = (groups: readonly CardGroup[]): IngredientGroup[] =>
  groups.map((g) => ({
    ...(g.title && { title: g.title.slice(0, 500) }),
    ingredients: g.lines.map(toIngredient),
  }));

/** `recipe` with the shown lines where they say more than its structured ones (`commaSplit`:
 *  its JSON-LD lines are pieces, see isCommaSplit); the same object when they do not. */
export function preferShownLines(
  recipe: RecipeInput,
  shown: { readonly ingredients: CardGroup[]; readonly instructions: CardGroup[] },
  commaSplit = false,
): RecipeInput {
  const ingredients = lacksAmounts(recipe)
    ? findShownIngredients(ingredientLines(recipe), shown.ingredients)
    : commaSplit
      ? findShownWholes(ingredientLines(recipe), shown.ingredients)
      : undefined;
  const steps = isGluedMethod(recipe)
    ? findShownSteps(stepTexts(recipe), shown.instructions)
    : undefined;
  if (!ingredients && !steps) return recipe;
  return {
    ...recipe,
    ...(ingredients && { ingredientGroups: toIngredientGroups(ingredients) }),
    ...(steps && { stepGroups: toStepGroups(steps) }),
  };
}
