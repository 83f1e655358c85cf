import type { FoundSwap } from "./list-swaps.js";
import { stemWords } from "./match-foods.js";
import type { Quantity } from "./quantity.js";
import { readAmount } from "./read-amount.js";
import type { Ingredient, Recipe, Step } from "./recipe.js";
import { rewriteMentions } from "./rewrite-mentions.js";
import { findUnit } from "./units.js";
import { writeIngredientLine } from "./write-ingredient-line.js";

export interface SwapChange {
  readonly kind: "swapped";
  readonly text: string;
}

/** What a swap adds, as an ingredient: "an extra tablespoon of oil" → 1 tbsp oil,
 *  "a tiny bit of molasses" → "a tiny bit" of molasses.
 *  Grammar: ADD = ("extra"|"additional"|"more")* (AMOUNT UNIT "of"? FOOD | WORDS "of" FOOD | FOOD) */
export function readAddition(text: string): Ingredient {
  const cleaned = text.replace(/\b(?:extra|additional|more)\s+/gi, "").trim();
  const amount = readAmount(cleaned);
  const unitWord = amount?.rest.split(/\s+/)[0] ?? "";
  const unit = unitWord === "" ? undefined : findUnit(unitWord);
  let quantity: Quantity | undefined;
  let food = cleaned;
  if (amount && unit) {
    quantity = amount.quantity;
    food = amount.rest.slice(unitWord.length).replace(/^\s*of\s+/i, "");
  } else if (amount && !amount.article) {
    quantity = amount.quantity;
    food = amount.rest;
  } else {
    const words = /^(.+?)\s+of\s+(.+)$/i.exec(cleaned);
    if (words?.[1] && words[2]) {
      quantity = { kind: "text", text: words[1] };
      food = words[2];
    }
  }
  const ingredient = {
    ...(quantity && { quantity }),
    ...(unit && quantity && { unit: unit.id }),
    food: food.trim() || cleaned,
    substitutes: [],
  };
  const line = quantity?.kind === "text" ? cleaned : writeIngredientLine(ingredient);
  return { ...ingredient, text: line };
}

/** The option's name as a step says it: "milk soured with lemon juice (…)" → "milk soured with lemon juice". */
const spokenName = (use: string) => use.replace(/\s*\(.*$/, "").trim() || use;

function swappedQuantity(
  ingredient: Ingredient,
  swap: FoundSwap,
): Pick<Ingredient, "quantity" | "unit"> {
  const { quantity, unit } = ingredient;
  if (!quantity || quantity.kind === "text")
    return { ...(quantity && { quantity }), ...(unit !== undefined && { unit }) };
  const by = (f: number): Quantity =>
    quantity.kind === "exact"
      ? { kind: "exact", value: quantity.value * f }
      : { kind: "range", min: quantity.min * f, max: quantity.max * f };
  if (swap.amount) return { quantity: by(swap.amount.per), unit: swap.amount.unit };
  return { quantity: by(swap.ratio ?? 1), ...(unit !== undefined && { unit }) };
}

function rewriteStep(step: Step, swap: FoundSwap, name: string): { step: Step; count: number } {
  const replace = stemWords(swap.replace.replace(/\s*\(.*$/, ""));
  const use = stemWords(name);
  // The head noun alone ("pork") is rewritten too when the swap changes it.
  const head = replace.at(-1);
  const headUse = name
    .split(/\s+/)
    .filter((w) => !replace.includes(stemWords(w)[0] ?? ""))
    .join(" ");
  let count = 0;
  const rewrite = (text: string) => {
    let out = rewriteMentions(text, swap.replace.split(/\s+/), name);
    count += out.count;
    if (head !== undefined && replace.length > 1 && !use.includes(head) && headUse !== "") {
      const alone = rewriteMentions(out.text, [head], headUse);
      count += alone.count;
      out = alone;
    }
    return out.text;
  };
  const text = rewrite(step.text);
  const title = step.title === undefined ? undefined : rewrite(step.title);
  return { step: { ...step, text, ...(title !== undefined && { title }) }, count };
}

/** Rewrites the ingredient a swap replaces, adds what it needs and rewrites the steps that use
 *  it; says each change. */
export function applySwap(
  recipe: Recipe,
  swap: FoundSwap,
): { recipe: Recipe; changes: SwapChange[] } {
  const { group: g, index: i } = swap.target;
  const group = recipe.ingredientGroups[g];
  const old = group?.ingredients[i];
  if (!group || !old) return { recipe, changes: [] };
  const capital = /^\p{Lu}/u.test(old.food);
  const food = capital ? swap.use.charAt(0).toUpperCase() + swap.use.slice(1) : swap.use;
  const { text: _text, quantity: _q, unit: _u, note: _n, ...kept } = old;
  const base = {
    ...kept,
    ...swappedQuantity(old, swap),
    food,
    substitutes: [],
    ...(swap.note !== undefined && { note: swap.note }),
  };
  const swapped: Ingredient = { ...base, text: writeIngredientLine(base) };
  const added = swap.add.map(readAddition);
  const ingredients = [
    ...group.ingredients.slice(0, i),
    swapped,
    ...added,
    ...group.ingredients.slice(i + 1),
  ];
  const shift = (ref: { group: number; index: number }) =>
    ref.group === g && ref.index > i ? { group: g, index: ref.index + added.length } : ref;
  const name = spokenName(swap.use);
  const rewritten = recipe.stepGroups.map((sg) =>
    sg.steps.map((step) => rewriteStep(step, swap, name)),
  );
  // What the swap adds goes in with the food: in the first step that names it in full, else
  // the first that mentions it.
  const flat = rewritten.flat();
  const full = flat.findIndex((_r, k) => {
    const before = recipe.stepGroups.flatMap((sg) => sg.steps)[k];
    return (
      before !== undefined &&
      rewriteMentions(before.text, swap.replace.split(/\s+/), name).count > 0
    );
  });
  const home = added.length === 0 ? -1 : full >= 0 ? full : flat.findIndex((r) => r.count > 0);
  const changed: number[] = [];
  let number = 0;
  const stepGroups = recipe.stepGroups.map((sg, gi) => ({
    ...sg,
    steps: sg.steps.map((step, si) => {
      const { step: out, count } = rewritten[gi]![si]!;
      const refs = step.ingredientRefs.map(shift);
      number++;
      if (count > 0) changed.push(number);
      if (number - 1 !== home) return { ...(count > 0 ? out : step), ingredientRefs: refs };
      const lines = added.map((a) => a.text).join(" and ");
      return {
        ...out,
        text: `${out.text} Add ${lines} with the ${name}.`,
        ingredientRefs: [...refs, ...added.map((_, k) => ({ group: g, index: i + 1 + k }))],
      };
    }),
  }));
  const changes: SwapChange[] = [
    { kind: "swapped", text: `${old.food} → ${swap.use}` },
    ...added.map((a): SwapChange => ({ kind: "swapped", text: `Added ${a.text}` })),
  ];
  if (changed.length > 0) {
    const which =
      changed.length === 1
        ? `step ${changed[0]}`
        : `steps ${changed.slice(0, -1).join(", ")} and ${changed.at(-1)}`;
    changes.push({ kind: "swapped", text: `Rewrote ${which} for ${name}` });
  }
  const ingredientGroups = recipe.ingredientGroups.map((ig, k) =>
    k === g ? { ...ig, ingredients } : ig,
  );
  return { recipe: { ...recipe, ingredientGroups, stepGroups }, changes };
}
