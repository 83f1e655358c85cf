import { formatQuantity } from "./quantity.js";
import type { Ingredient } from "./recipe.js";
import { unitById } from "./units.js";

/** An adapted ingredient's line, as a cook would write it: "1½ tbsp oil, warmed". */
export function writeIngredientLine(ingredient: Omit<Ingredient, "text">): string {
  const { quantity, unit, food, preparation } = ingredient;
  const metric = unit !== undefined && unitById(unit)?.system === "metric";
  let amount = quantity ? formatQuantity(quantity) : "";
  if (metric && quantity?.kind === "exact") amount = String(quantity.value);
  if (metric && quantity?.kind === "range") amount = `${quantity.min}–${quantity.max}`;
  if (quantity?.kind === "text") {
    // "a tiny bit of molasses", but "salt to taste".
    const line = /^(?:a|an|some)\b/i.test(amount) ? `${amount} of ${food}` : `${food} ${amount}`;
    return preparation ? `${line}, ${preparation}` : line;
  }
  const known = unit === undefined ? undefined : unitById(unit);
  const many = quantity !== undefined && (quantity.kind === "range" || quantity.value > 1);
  // A unit stored as a word ("cup", "clove") agrees with its number; abbreviations stay.
  const word =
    known && unit === known.name && many
      ? (known.words.find((w) => w === `${unit}s` || w === `${unit}es`) ?? unit)
      : unit;
  const withUnit = word !== undefined ? `${amount} ${word}` : amount;
  const line = [withUnit, food].filter((part) => part !== "").join(" ");
  return preparation ? `${line}, ${preparation}` : line;
}
