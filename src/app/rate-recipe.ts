import type { Recipe } from "../domain/recipe.js";
import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Rating, RatingStore, RatingSummary } from "./account-ports.js";
import type { Clock, RecipeStore, StoredRecipe } from "./ports.js";
import { getRecipe, type ReaderAccess } from "./read-recipes.js";
import { canChangeRecipe, type Viewer } from "./recipe-access.js";

export interface RatingDeps {
  readonly store: RecipeStore;
  readonly ratings: RatingStore;
  readonly clock: Clock;
}

export const MAX_COMMENT = 2_000;

/** Rates a public recipe the viewer sees (one rating per user: a second replaces the first).
 *  Owners do not rate their own recipes, and only public recipes take ratings. */
export async function rateRecipe(
  deps: RatingDeps,
  access: ReaderAccess,
  slug: string,
  input: { stars: number; comment?: string },
): Promise<Result<true>> {
  const found = await getRecipe(deps, slug, access);
  if (!found.ok) return found;
  const { viewer } = access;
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in to rate");
  if (found.value.visibility !== "public") {
    return fail(AccountIssueCode.Forbidden, "only public recipes take ratings");
  }
  if (found.value.ownerId === viewer.user.id) {
    return fail(AccountIssueCode.Forbidden, "this is your recipe: others rate it");
  }
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) {
    return fail("BAD_REQUEST", "stars are 1 to 5", ["stars"]);
  }
  const comment = input.comment?.trim().slice(0, MAX_COMMENT);
  await deps.ratings.rate({
    recipeId: found.value.id,
    userId: viewer.user.id,
    stars: input.stars,
    ...(comment && { comment }),
    now: deps.clock.now(),
  });
  return ok(true);
}

export interface RecipeRatings {
  readonly summary: RatingSummary;
  /** Hidden ones are included for the recipe's keepers only. */
  readonly ratings: readonly Rating[];
  readonly mayModerate: boolean;
  /** Whether rateRecipe would take this viewer's rating. */
  readonly mayRate: boolean;
}

export async function readRatings(
  deps: RatingDeps,
  access: ReaderAccess,
  slug: string,
): Promise<Result<RecipeRatings>> {
  const found = await getRecipe(deps, slug, access);
  return found.ok ? ok(await ratingsOf(deps, access.viewer, found.value)) : found;
}

/** The ratings of a recipe the caller has already found visible to the viewer. */
export async function ratingsOf(
  deps: Pick<RatingDeps, "ratings">,
  viewer: Viewer,
  stored: StoredRecipe,
): Promise<RecipeRatings> {
  const mayModerate = canChangeRecipe(viewer, stored);
  const [summary, ratings] = await Promise.all([
    deps.ratings.summarise(stored.id),
    deps.ratings.listFor(stored.id, mayModerate),
  ]);
  const mayRate =
    viewer.kind === "user" && stored.visibility === "public" && stored.ownerId !== viewer.user.id;
  return { summary, ratings, mayModerate, mayRate };
}

/** The recipe's keepers hide a rating (spam, abuse) or show it again. */
export async function moderateRating(
  deps: RatingDeps,
  access: ReaderAccess,
  slug: string,
  input: { userId: string; hidden: boolean },
): Promise<Result<true>> {
  const found = await getRecipe(deps, slug, access);
  if (!found.ok) return found;
  if (!canChangeRecipe(access.viewer, found.value)) {
    return access.viewer.kind === "anonymous"
      ? fail(AccountIssueCode.Unauthenticated, "sign in to moderate")
      : fail(AccountIssueCode.Forbidden, "only the recipe's keepers moderate its ratings");
  }
  return (await deps.ratings.setHidden(found.value.id, input.userId, input.hidden))
    ? ok(true)
    : fail("RATING_NOT_FOUND", "no rating by that user on this recipe", ["userId"]);
}

/** The recipe with this site's rating, for JSON-LD. */
export async function publishedRecipe(
  deps: Pick<RatingDeps, "ratings">,
  stored: StoredRecipe,
): Promise<Recipe> {
  return withSiteRating(stored.recipe, await deps.ratings.summarise(stored.id));
}

/** The recipe as published: its rating is this site's readers', or none. A rating an import
 *  carried from another site is not ours to claim. */
export function withSiteRating(recipe: Recipe, summary: RatingSummary): Recipe {
  const { rating: _, ...rest } = recipe;
  if (summary.count === 0) return rest as Recipe;
  return {
    ...rest,
    rating: { value: Math.round(summary.average * 10) / 10, count: summary.count, best: 5 },
  };
}
