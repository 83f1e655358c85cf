import { fail, ok, type Result } from "../lib/result.js";
import type { RecipeStore, RecipeSummary, StoredRecipe } from "./ports.js";
import { canSeeRecipe, recipeScopeOf, type Viewer } from "./recipe-access.js";

/** Who is reading, and the share link they came with. Absent: the command line, which sees all. */
export interface ReaderAccess {
  readonly viewer: Viewer;
  readonly shareToken?: string;
}

export const RecipeQueryCode = { NotFound: "RECIPE_NOT_FOUND" } as const;

export async function getRecipe(
  deps: { readonly store: RecipeStore },
  slug: string,
  access?: ReaderAccess,
): Promise<Result<StoredRecipe>> {
  const found = await deps.store.findBySlug(slug);
  // A recipe the reader may not see is "not found": its existence is not theirs to learn.
  const visible = found && (!access || canSeeRecipe(access.viewer, found, access.shareToken));
  return visible ? ok(found) : fail(RecipeQueryCode.NotFound, `no recipe "${slug}"`, ["slug"]);
}

export interface RecipePage {
  readonly items: RecipeSummary[];
  /** Pass as `after` to get the next page; absent on the last page. */
  readonly next?: string;
}

export async function listRecipes(
  deps: { readonly store: RecipeStore },
  query: { limit?: number; after?: string; viewer?: Viewer } = {},
): Promise<RecipePage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const items = await deps.store.list({
    limit: limit + 1,
    ...(query.after !== undefined && { after: query.after }),
    ...(query.viewer !== undefined && { scope: recipeScopeOf(query.viewer) }),
  });
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return items.length > limit && last ? { items: page, next: last.id } : { items: page };
}

/** The version of a public recipe as every anonymous reader sees it (for caching its pages), or
 *  undefined when there is no such page to share: not found, or not public. */
export async function publicVersionOf(
  deps: { readonly store: RecipeStore },
  slug: string,
): Promise<string | undefined> {
  const version = await deps.store.versionOf(slug);
  return version?.visibility === "public" ? `${version.id}:${version.stamp}` : undefined;
}
