import { selectAll, selectOne } from "css-select";
import type { AnyNode } from "domhandler";
import { type CardGroup, readHeadedLists, readCardText as textOf } from "./read-headed-lists.js";

/** The visible recipe cards of WordPress plugins (WP Recipe Maker, Tasty Recipes, Mediavine
 *  Create, WP Zoom, EasyRecipe): they keep the ingredient sub-headings ("For the sauce") that
 *  JSON-LD flattens away, and they are the recipe on pages without structured data.
 *  Layouts: WPRM marks groups and items by class; the others are a container of headings
 *  (h2–h6, or a paragraph that is only bold text) each followed by a list, read in order.
 *  Pages without a plugin: see readThemeCard. */

export type { CardGroup };

export interface RecipeCard {
  name?: string;
  yields?: string;
  prepTime?: string;
  cookTime?: string;
  totalTime?: string;
  ingredients: CardGroup[];
  instructions: CardGroup[];
}

interface CardLayout {
  readonly name: string;
  readonly yields: string;
  readonly totalTime: string;
  readonly ingredients: string;
  readonly instructions: string;
}

const LAYOUTS: readonly CardLayout[] = [
  {
    name: ".tasty-recipes-title",
    yields: ".tasty-recipes-yield",
    totalTime: ".tasty-recipes-total-time",
    ingredients: ".tasty-recipes-ingredients",
    instructions: ".tasty-recipes-instructions",
  },
  {
    name: ".mv-create-title",
    yields: ".mv-create-yield",
    totalTime: ".mv-create-time-total .mv-create-time-format",
    ingredients: ".mv-create-ingredients",
    instructions: ".mv-create-instructions",
  },
  {
    name: ".wp-block-wpzoom-recipe-card-block-recipe-card .recipe-card-title",
    yields: ".wpzoom-recipe-card-detail-item .detail-item-value",
    totalTime: ".wpzoom-total-time",
    ingredients: ".recipe-card-ingredients",
    instructions: ".recipe-card-directions",
  },
  {
    name: ".easyrecipe .ERSName",
    yields: ".easyrecipe .yield",
    totalTime: ".easyrecipe time[itemprop=totalTime]",
    ingredients: ".easyrecipe .ERSIngredients",
    instructions: ".easyrecipe .ERSInstructions",
  },
];

function readWprmGroups(root: AnyNode[], group: string, item: string): CardGroup[] {
  return selectAll(group, root).flatMap((el) => {
    const title = textOf(selectOne(".wprm-recipe-group-name", el));
    const lines = selectAll(item, el)
      .map(textOf)
      .filter((l): l is string => l !== undefined);
    return lines.length > 0 ? [{ ...(title && { title }), lines }] : [];
  });
}

function readWprm(root: AnyNode[]): RecipeCard | undefined {
  const card = selectOne(".wprm-recipe", root);
  if (!card) return undefined;
  const name = textOf(selectOne(".wprm-recipe-name", card));
  const yields = textOf(selectOne(".wprm-recipe-servings-container .wprm-recipe-servings", card));
  return {
    ...(name && { name }),
    ...(yields && { yields }),
    ingredients: readWprmGroups([card], ".wprm-recipe-ingredient-group", ".wprm-recipe-ingredient"),
    instructions: readWprmGroups(
      [card],
      ".wprm-recipe-instruction-group",
      ".wprm-recipe-instruction-text",
    ),
  };
}

export function readRecipeCard(root: AnyNode[]): RecipeCard | undefined {
  const wprm = readWprm(root);
  if (wprm && wprm.ingredients.length > 0) return wprm;
  for (const layout of LAYOUTS) {
    const ingredients = selectOne(layout.ingredients, root);
    if (!ingredients) continue;
    const instructions = selectOne(layout.instructions, root);
    const name = textOf(selectOne(layout.name, root));
    const yields = textOf(selectOne(layout.yields, root));
    const totalTime = textOf(selectOne(layout.totalTime, root));
    return {
      ...(name && { name }),
      ...(yields && { yields }),
      ...(totalTime && { totalTime }),
      ingredients: readHeadedLists(ingredients),
      instructions: instructions ? readHeadedLists(instructions) : [],
    };
  }
  return undefined;
}
