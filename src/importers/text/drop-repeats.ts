import type { Ingredient, IngredientGroup } from "../../domain/recipe.js";

const foodKey = (i: Ingredient) => i.food.toLowerCase().replace(/[^\p{L}]+/gu, "");

/** Cards that switch units print the list once per system (metric, then cups, then ounces) or
 *  once per servings: the foods of the first items come round again. The first list is kept;
 *  the items from the repeat on are removed from `groups` and returned as notes' text. */
export function dropRepeats(groups: IngredientGroup[]): string[] {
  const items = groups.flatMap((g) => g.ingredients);
  const keys = items.map(foodKey);
  const head = keys.slice(0, 3);
  // Three different foods: a list of one food repeated is no list printed twice.
  if (new Set(head).size < 3 || head.some((k) => k === "")) return [];
  const at = keys.findIndex((_, k) => k >= 3 && head.every((h, j) => keys[k + j] === h));
  if (at < 0) return [];
  const dropped = new Set(items.slice(at));
  const texts = items.slice(at).map((i) => i.text);
  for (const group of groups) group.ingredients = group.ingredients.filter((i) => !dropped.has(i));
  return texts;
}
