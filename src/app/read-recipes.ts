import { fail, ok, type Result } from "../lib/result.js";
import type { RecipeStore, RecipeSummary, StoredRecipe } from "./ports.js";

export const RecipeQueryCode = { NotFound: "RECIPE_NOT_FOUND" } as const;

export async function getRecipe(
  deps: { readonly store: RecipeStore },
  slug: string,
): Promise<Result<StoredRecipe>> {
  const found = await deps.store.findBySlug(slug);
  return found ? ok(found) : fail(RecipeQueryCode.NotFound, `no recipe "${slug}"`, ["slug"]);
}

export interface RecipePage {
  readonly items: RecipeSummary[];
  /** Pass as `after` to get the next page; absent on the last page. */
  readonly next?: string;
}

export async function listRecipes(
  deps: { readonly store: RecipeStore },
  query: { limit?: number; after?: string } = {},
): Promise<RecipePage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const items = await deps.store.list({
    limit: limit + 1,
    ...(query.after !== undefined && { after: query.after }),
  });
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return items.length > limit && last ? { items: page, next: last.id } : { items: page };
}
