import { applySpiceLevel } from "./apply-spice-level.js";
import { applySwap } from "./apply-swap.js";
import { convertRecipe } from "./convert-recipe.js";
import { findSwaps } from "./list-swaps.js";
import { formatNumber } from "./quantity.js";
import type { CookChoices } from "./read-cook-choices.js";
import type { Recipe } from "./recipe.js";
import { baseServingsOf, scaleRecipe } from "./scale-recipe.js";

export { listSwaps } from "./list-swaps.js";
export { type CookChoices, readCookChoices, SPICE_LEVELS } from "./read-cook-choices.js";

export interface RecipeChange {
  readonly kind: "scaled" | "converted" | "swapped" | "spice";
  readonly text: string;
}

const plural = (n: number, word: string) =>
  `${formatNumber(n)} ${n === 1 ? word : `${word}${word.endsWith("h") ? "es" : "s"}`}`;

/** The recipe as the reader cooks it: swaps first (what they add is in the recipe's own amounts),
 *  then the spice level, then servings, then units. The same function runs on the server and in
 *  the browser; the result is still a valid recipe. */
export function adaptRecipe(
  recipe: Recipe,
  choices: CookChoices,
): { recipe: Recipe; changes: readonly RecipeChange[] } {
  const changes: RecipeChange[] = [];
  let out = recipe;
  const offered = findSwaps(recipe);
  const taken = new Map<string, string>();
  for (const id of choices.swaps ?? []) {
    const swap = offered.find((s) => s.id === id);
    if (!swap) continue;
    const place = `${swap.target.group}/${swap.target.index}`;
    const first = taken.get(place);
    // Two swaps for one ingredient (chicken and turkey): the first one ticked wins.
    if (first !== undefined) {
      changes.push({
        kind: "swapped",
        text: `${swap.use} skipped: ${swap.replace} is already ${first}`,
      });
      continue;
    }
    taken.set(place, swap.use);
    // Earlier swaps may have added lines: the target moves down by as many.
    const shift = shiftOf(out, recipe, swap.target);
    const applied = applySwap(out, {
      ...swap,
      target: { ...swap.target, index: swap.target.index + shift },
    });
    out = applied.recipe;
    changes.push(...applied.changes);
  }
  if (choices.spice) {
    const spiced = applySpiceLevel(out, choices.spice);
    out = spiced.recipe;
    changes.push(...spiced.changes);
  }
  if (choices.servings !== undefined) {
    const base = baseServingsOf(recipe);
    const factor = choices.servings / base.count;
    const scaled = scaleRecipe(out, factor);
    out = scaled.recipe;
    // A recipe that states no yield now says how many batches it is, so scaling it again
    // (a shopping list of an adapted recipe) starts from there.
    if (!recipe.yields && factor !== 1) {
      const count = choices.servings;
      const text = count === 1 ? "1 batch" : `${formatNumber(count)} batches`;
      out = {
        ...out,
        yields: { quantity: { kind: "exact", value: count }, unit: "batches", text },
      };
    }
    if (factor !== 1) {
      const what =
        base.unit === "batch"
          ? `${plural(choices.servings, "batch")} of the recipe`
          : `${formatNumber(choices.servings)} ${base.unit}`;
      changes.push({
        kind: "scaled",
        text: `Scaled to ${what} (×${formatNumber(Math.round(factor * 100) / 100)}): ${plural(scaled.scaled, "amount")} changed`,
      });
    }
  }
  if (choices.units) {
    const converted = convertRecipe(out, choices.units);
    out = converted.recipe;
    const name = choices.units === "metric" ? "metric" : "US";
    if (converted.amounts + converted.steps > 0) {
      changes.push({
        kind: "converted",
        text: `In ${name} units: ${plural(converted.amounts, "amount")} and ${plural(converted.steps, "step")} converted`,
      });
    }
  }
  return { recipe: out, changes };
}

/** How many lines earlier swaps added above `target` in its group. */
function shiftOf(now: Recipe, before: Recipe, target: { group: number; index: number }): number {
  const was = before.ingredientGroups[target.group]?.ingredients ?? [];
  const is = now.ingredientGroups[target.group]?.ingredients ?? [];
  const food = was[target.index]?.food;
  const at = is.findIndex((ingredient, i) => i >= target.index && ingredient.food === food);
  return at >= 0 ? at - target.index : 0;
}
