import { AISLES, type Aisle, aisleOf } from "./aisles.js";
import { foodKeyOf } from "./food-key.js";
import { mergeAmounts, type ShoppingAmount } from "./merge-amounts.js";
import { parseIngredientLine } from "./parse-ingredient-line.js";
import type { Ingredient } from "./recipe.js";

/** A food to buy as a recipe (or a person) asks for it. */
export interface ShoppingLine {
  readonly food: string;
  readonly amount: ShoppingAmount;
  readonly recipeId?: string;
}

/** One line of a shopping list: a food, all its amounts added up, where it is in the shop. */
export interface ShoppingEntry {
  /** Absent until stored. */
  readonly id?: string;
  readonly foodKey: string;
  /** The food as first written ("Ground Pork"). */
  readonly food: string;
  readonly amounts: readonly ShoppingAmount[];
  readonly aisle: Aisle;
  readonly checked: boolean;
  readonly recipeIds: readonly string[];
}

export function lineOfIngredient(ingredient: Ingredient, recipeId?: string): ShoppingLine {
  return {
    food: ingredient.food,
    amount: {
      ...(ingredient.quantity && { quantity: ingredient.quantity }),
      ...(ingredient.unit !== undefined && { unit: ingredient.unit }),
    },
    ...(recipeId !== undefined && { recipeId }),
  };
}

/** What a person typed ("2 lemons", "kitchen roll") read as a line: its amount when the
 *  ingredient parser finds one, else the whole text as the food. */
export function lineOfText(text: string): ShoppingLine {
  const parsed = parseIngredientLine(text.trim());
  if (parsed.kind !== "ingredient" || parsed.food.trim() === "") {
    return { food: text.trim(), amount: {} };
  }
  return {
    food: parsed.food,
    amount: {
      ...(parsed.quantity && { quantity: parsed.quantity }),
      ...(parsed.unit !== undefined && { unit: parsed.unit }),
    },
  };
}

/** Adds lines to a list: a line joins the unchecked entry of the same food (its amounts added
 *  up), or starts a new entry at the end; a checked entry is bought already, so more of that
 *  food is a new entry. Entries left as they were are returned as the same objects. */
export function addShoppingLines(
  entries: readonly ShoppingEntry[],
  lines: readonly ShoppingLine[],
): ShoppingEntry[] {
  const result = [...entries];
  for (const line of lines) {
    const food = line.food.trim();
    if (food === "") continue;
    const foodKey = foodKeyOf(food) || food.toLowerCase();
    const at = result.findIndex((e) => !e.checked && e.foodKey === foodKey);
    const recipeIds = line.recipeId === undefined ? [] : [line.recipeId];
    const entry = result[at];
    if (!entry) {
      result.push({
        foodKey,
        food,
        amounts: mergeAmounts([line.amount], food),
        aisle: aisleOf(food),
        checked: false,
        recipeIds,
      });
      continue;
    }
    result[at] = {
      ...entry,
      amounts: mergeAmounts([...entry.amounts, line.amount], entry.food),
      recipeIds: [...new Set([...entry.recipeIds, ...recipeIds])],
    };
  }
  return result;
}

/** Entries by aisle, in the shop's walking order, each aisle keeping the list's own order. */
export function groupByAisle<T extends Pick<ShoppingEntry, "aisle">>(
  entries: readonly T[],
): { aisle: Aisle; entries: T[] }[] {
  return AISLES.map((aisle) => ({
    aisle,
    entries: entries.filter((e) => e.aisle === aisle),
  })).filter((group) => group.entries.length > 0);
}
