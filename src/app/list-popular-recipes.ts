import type { RatingStore, RatingSummary } from "./account-ports.js";
import type { RecipeStore, RecipeSummary } from "./ports.js";
import { listRecipes } from "./read-recipes.js";
import type { Viewer } from "./recipe-access.js";

/** How many of the newest recipes are weighed: ratings are summed per recipe, so the window is
 *  bounded; a site-wide ranking would want a query of its own in storage. */
const WINDOW = 100;

export interface PopularRecipe extends RecipeSummary {
  readonly rating: RatingSummary;
}

/** The reader's most rated recipes among the newest: most ratings first, then the best. */
export async function listPopularRecipes(
  deps: { readonly store: RecipeStore; readonly ratings: RatingStore },
  query: { readonly viewer: Viewer; readonly limit: number },
): Promise<PopularRecipe[]> {
  const { items } = await listRecipes(deps, { limit: WINDOW, viewer: query.viewer });
  const rated = await Promise.all(
    items.map(async (item) => ({ ...item, rating: await deps.ratings.summarise(item.id) })),
  );
  return rated
    .filter((r) => r.rating.count > 0)
    .sort((a, b) => b.rating.count - a.rating.count || b.rating.average - a.rating.average)
    .slice(0, query.limit);
}
