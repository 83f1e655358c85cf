import type { RecipeScope, RecipeStore, StoredRecipe } from "./ports.js";

/** Public recipes only: what feeds and the sitemap may ever name. */
const PUBLIC: RecipeScope = { kind: "some", ownerIds: [] };
const PAGE = 200;
/** A sitemap file holds at most 50,000 addresses; a household site stays far below. */
export const MAX_PUBLISHED = 10_000;

/** The newest public recipes, whole (feeds need dates, authors and pictures), newest first. */
export async function listPublishedRecipes(
  deps: { readonly store: RecipeStore },
  query: { readonly limit: number },
): Promise<StoredRecipe[]> {
  const wanted = Math.min(Math.max(query.limit, 1), MAX_PUBLISHED);
  const out: StoredRecipe[] = [];
  let after: string | undefined;
  while (out.length < wanted) {
    const limit = Math.min(PAGE, wanted - out.length);
    const page = await deps.store.list({
      limit,
      scope: PUBLIC,
      ...(after !== undefined && { after }),
    });
    for (const summary of page) {
      const stored = await deps.store.findBySlug(summary.slug);
      // Checked again: a recipe made private between the two reads stays out.
      if (stored?.visibility === "public") out.push(stored);
    }
    if (page.length < limit) break;
    after = page.at(-1)?.id;
  }
  return out;
}
