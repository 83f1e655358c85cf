import type { Recipe } from "../domain/recipe.js";
import type { RecipeStore } from "./ports.js";
import { getRecipe, type ReaderAccess } from "./read-recipes.js";

const MAX_LINKS = 50;

/** The slugs a recipe's pairings name that this reader can open: only those become links. */
export async function findLinkedRecipes(
  deps: { readonly store: RecipeStore },
  recipe: Recipe,
  access: ReaderAccess,
): Promise<string[]> {
  const slugs = [
    ...new Set(recipe.pairings.flatMap((p) => (p.recipeSlug ? [p.recipeSlug] : []))),
  ].slice(0, MAX_LINKS);
  const found = await Promise.all(
    slugs.map(async (slug) =>
      (await getRecipe(deps, slug, { viewer: access.viewer })).ok ? slug : [],
    ),
  );
  return found.flat();
}
