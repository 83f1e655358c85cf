import { readStepText } from "../domain/read-step-text.js";
import type { Step, StepGroup } from "../domain/recipe.js";
import { cleanText } from "./clean-text.js";
import { isNode, isType, resolve } from "./find-schema-recipes.js";
import { clip, type Refs } from "./read-schema-values.js";
import { readMarkupLines } from "./read-visible-text.js";

/** recipeInstructions → step groups.
 *  Grammar: INSTRUCTIONS = STRING (lines are steps) | ITEM | ITEM[]
 *           ITEM = STRING | HowToStep { text | name, itemListElement? } | HowToDirection
 *                | HowToSection { name, itemListElement: ITEM[] } | ItemList { itemListElement }
 *  A section opens a titled group; loose steps after it open an untitled one. A step's name
 *  becomes its title only when it adds something (not a copy of its text, nor "Step 3"). */

const MAX_ITEMS = 2_000;

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
  if (n === "" || folded(text).startsWith(n) || /^(step|étape|schritt|paso|passo)?\d+$/.test(n)) {
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
  const walk = (raw: unknown, group: StepGroup | undefined, depth: number): void => {
    if (depth > 8 || count >= MAX_ITEMS) return;
    const item = resolve(raw, refs);
    if (typeof item === "string") {
      for (const line of readMarkupLines(item)) push(group, toStep(line));
    } else if (Array.isArray(item)) {
      for (const each of item) walk(each, group, depth + 1);
    } else if (isNode(item)) {
      const name = typeof item.name === "string" ? cleanText(item.name) : undefined;
      const children = item.itemListElement;
      const text = [item.text, item.description].find((t) => typeof t === "string") as
        | string
        | undefined;
      if (isType(item, "howtosection") || (children !== undefined && text === undefined && name)) {
        const section: StepGroup = { ...(name && { title: clip(name, 500) }), steps: [] };
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
      const lines = readMarkupLines(text ?? name ?? "");
      if (lines.length === 0) return;
      const body = lines.join(" ");
      push(group, toStep(body, stepTitle(name, body)));
    }
  };
  walk(value, undefined, 0);
  return groups.filter((g) => g.steps.length > 0 || g.title !== undefined);
}
