import { parseIngredientLine } from "../domain/parse-ingredient-line.js";
import { readStepText } from "../domain/read-step-text.js";
import type { Step, StepGroup } from "../domain/recipe.js";
import { cleanText } from "./clean-text.js";
import { addSchemaSpelling, isNode, isType, resolve } from "./find-schema-recipes.js";
import { clip, type Refs } from "./read-schema-values.js";
import { readMarkupLines } from "./read-visible-text.js";

/** recipeInstructions → step groups.
 *  Grammar: INSTRUCTIONS = STRING (lines are steps) | ITEM | ITEM[] (with 2+ STRINGs, each one step)
 *           ITEM = STRING | HowToStep { text | name, itemListElement? } | HowToDirection
 *                | HowToSection { name, itemListElement: ITEM[] } | ItemList { itemListElement }
 *  A section opens a titled group; loose steps after it open an untitled one. A step's name
 *  becomes its title only when it adds something (not a copy of its text, nor "Step 3"). */

const MAX_ITEMS = 2_000;
/** A section named only "Recipe" ("Oppskrift", "Rezept:") names the whole method, not a part. */
const RECIPE_WORD =
  /^(?:the )?(?:recipe|rezept|recette|recept|ricetta|receta|receita|oppskrift|opskrift|resepti|przepis|recepta)\s*:?$/iu;
/** A line with no letter or digit ("|", "[{" of a script cut short) says nothing to do. */
const isText = (line: string) => /[\p{L}\p{N}]/u.test(line);
/** A line that only numbers the step after it ("1:", "Step 2"). */
const STEP_NUMBER = /^(?:\p{L}{1,12}\s*)?\d{1,3}\s*[.:)]?$/u;

function toStep(text: string, title?: string): Step {
  const body = clip(text, 20_000);
  return {
    ...(title !== undefined && { title: clip(title, 500) }),
    text: body,
    ...readStepText(body),
    ingredientRefs: [],
  };
}

function stepTitle(name: string | undefined, text: string): string | undefined {
  if (!name) return undefined;
  const folded = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const n = folded(name);
  // "Step 3", "stap 3", "Étape 3", "3:": a number, maybe after one word, only numbers the step.
  if (n === "" || folded(text).startsWith(n) || /^\p{L}{0,12}\d{1,3}$/u.test(n)) {
    return undefined;
  }
  return name;
}

export function readSchemaInstructions(value: unknown, refs: Refs): StepGroup[] {
  const groups: StepGroup[] = [];
  let loose: StepGroup | undefined;
  let count = 0;
  const push = (group: StepGroup | undefined, step: Step) => {
    if (count++ >= MAX_ITEMS) return;
    if (group) {
      group.steps.push(step);
      return;
    }
    if (!loose) {
      loose = { steps: [] };
      groups.push(loose);
    }
    loose.steps.push(step);
  };
  // In a list of several strings each is one step: a line break inside one is a wrap.
  const walk = (raw: unknown, group: StepGroup | undefined, depth: number, one = false): void => {
    if (depth > 8 || count >= MAX_ITEMS) return;
    const item = resolve(raw, refs);
    if (typeof item === "string") {
      const lines = readMarkupLines(item).filter((line) => !STEP_NUMBER.test(line) && isText(line));
      if (one && lines.length > 0) push(group, toStep(lines.join(" ")));
      else for (const line of lines) push(group, toStep(line));
    } else if (Array.isArray(item)) {
      const strings = item.filter((each) => typeof each === "string").length;
      for (const each of item) walk(each, group, depth + 1, strings >= 2);
    } else if (isNode(item)) {
      addSchemaSpelling(item);
      const name = typeof item.name === "string" ? cleanText(item.name) : undefined;
      const children = item.itemListElement;
      const text = [item.text, item.description].find((t) => typeof t === "string") as
        | string
        | undefined;
      if (isType(item, "howtosection") || (children !== undefined && text === undefined && name)) {
        const title = name && !RECIPE_WORD.test(name) ? clip(name, 500) : undefined;
        const section: StepGroup = { ...(title && { title }), steps: [] };
        groups.push(section);
        loose = undefined;
        walk(children, section, depth + 1);
        if (section.steps.length === 0 && !name) groups.splice(groups.indexOf(section), 1);
        return;
      }
      if (text === undefined && children !== undefined) {
        walk(children, group, depth + 1);
        return;
      }
      const lines = readMarkupLines(text ?? name ?? "").filter(isText);
      if (lines.length === 0) return;
      const body = lines.join(" ");
      push(group, toStep(body, stepTitle(name, body)));
    }
  };
  walk(value, undefined, 0);
  const kept = groups.filter((g) => g.steps.length > 0 || g.title !== undefined);
  return withoutGluedLinks(withoutOrdinals(kept));
}

/** "Links: …", "Ook lekker: …", "You might also like: …": a label pointing to other pages. */
export const LINKS_LABEL =
  /^(?:ook lekker|auch lecker|also (?:try|good|delicious|tasty)|try (?:also|these)|you (?:may|might) also like|more recipes|meer recepten|mehr rezepte|plus de recettes|see also|lees ook|lies auch|voir aussi|read (?:also|more)|related(?: recipes?)?|links?|probeer ook|probier auch)\s*:/iu;

/** The last step with the pointers to other pages a site glued after its final sentence
 *  ("… up to 3 months frozen. Links: Chicken Noodle Soup here …") cut off. */
function withoutGluedLinks(groups: StepGroup[]): StepGroup[] {
  const group = groups.at(-1);
  const step = group?.steps.at(-1);
  if (!group || !step) return groups;
  const at = [...step.text.matchAll(/[.!?)]\s+/g)]
    .map((m) => m.index + m[0].length)
    .find((i) => LINKS_LABEL.test(step.text.slice(i)));
  if (at === undefined) return groups;
  const text = step.text.slice(0, at).trim();
  const last = { ...step, text, ...readStepText(text) };
  return [...groups.slice(0, -1), { ...group, steps: [...group.steps.slice(0, -1), last] }];
}

// "1. ", "2) ", "Step 3: ", "STEP 4 | ".
const ORDINAL = /^(?:\p{L}{1,12}\s*)?(\d{1,3})\s*[.):|–-]\s*/u;
// "1 Thread…": a number printed in an element of its own before each step, read as a word.
const BARE_ORDINAL = /^(\d{1,3})\s+(?=\p{Lu})/u;

/** Bare numbers in sequence on this many steps at least: two steps may open "1 Zwiebel…",
 *  "2 Eier…" by chance (nouns are capitalised in German), three hardly. */
const MIN_BARE = 3;
/** "2 EL Butter erhitzen": a number before a unit is an amount, never a step's place. */
const opensWithMeasure = (step: Step) => {
  const line = parseIngredientLine(step.text.slice(0, 40));
  return line.kind !== "header" && line.unit !== undefined;
};

/** How many steps from the first open with their place in sequence, by `pattern`. */
function countNumbered(steps: readonly Step[], pattern: RegExp): number {
  let numbered = 0;
  while (Number(pattern.exec(steps[numbered]?.text ?? "")?.[1]) === numbered + 1) numbered++;
  return numbered;
}

/** Steps that open with their own number ("1. Mix", "2. Bake", then maybe an unnumbered
 *  "Enjoy!"): the model numbers steps by their place, so the typed numbers go. A number out of
 *  sequence leaves every step as written. A bare number ("1 Mix") is one only when every step
 *  (three or more) opens with its own, before a capital and no unit: "2 eggs" may open a step. */
function withoutOrdinals(groups: StepGroup[]): StepGroup[] {
  const steps = groups.flatMap((g) => g.steps);
  let pattern = ORDINAL;
  let numbered = countNumbered(steps, ORDINAL);
  if (numbered < 2 || steps.slice(numbered).some((s) => ORDINAL.test(s.text))) {
    pattern = BARE_ORDINAL;
    numbered = countNumbered(steps, BARE_ORDINAL);
    if (numbered < MIN_BARE || numbered < steps.length || steps.some(opensWithMeasure)) {
      return groups;
    }
  }
  let at = 0;
  return groups.map((g) => ({
    ...g,
    steps: g.steps.map((s) => {
      if (at++ >= numbered) return s;
      const text = s.text.replace(pattern, "");
      return { ...s, text, ...readStepText(text) };
    }),
  }));
}
