import { fail, ok, type Result } from "../lib/result.js";
import {
  type RecipeStore,
  SEARCH_FACETS,
  type SearchFacets,
  type SearchHit,
  type SearchQuery,
  type SearchSort,
} from "./ports.js";
import { recipeScopeOf, type Viewer } from "./recipe-access.js";

export interface SearchRecipesInput extends SearchFacets {
  readonly text?: string;
  readonly foods?: readonly string[];
  readonly maxMinutes?: number;
  /** Relevance when there are words or foods to rank by, else newest. */
  readonly sort?: SearchSort;
  readonly limit?: number;
  /** The opaque `next` of the previous page. */
  readonly after?: string;
  /** Who searches; absent (the command line), every recipe is found. */
  readonly viewer?: Viewer;
}

export interface SearchPage {
  readonly items: SearchHit[];
  readonly next?: string;
}

export const SearchIssueCode = { CursorInvalid: "SEARCH_CURSOR_INVALID" } as const;

const encodeCursor = (key: number, id: string) =>
  Buffer.from(JSON.stringify([key, Number(id)])).toString("base64url");

function decodeCursor(cursor: string): SearchQuery["after"] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "number" &&
      Number.isFinite(value[0]) &&
      Number.isSafeInteger(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // falls through: any undecodable cursor is the same client error
  }
  return undefined;
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Finds recipes by words, by foods at hand, and by facets, a page at a time. */
export async function searchRecipes(
  deps: { readonly store: RecipeStore },
  input: SearchRecipesInput,
): Promise<Result<SearchPage>> {
  const after = input.after === undefined ? undefined : decodeCursor(input.after);
  if (input.after !== undefined && after === undefined) {
    return fail(SearchIssueCode.CursorInvalid, "the page cursor is not one this search gave", [
      "after",
    ]);
  }
  const text = clean(input.text);
  const foods = (input.foods ?? []).map((f) => f.trim()).filter(Boolean);
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const facets: SearchFacets = Object.fromEntries(
    SEARCH_FACETS.flatMap((facet) => {
      const value = clean(input[facet]);
      return value === undefined ? [] : [[facet, value]];
    }),
  );
  const query: SearchQuery = {
    ...(text !== undefined && { text }),
    ...(foods.length > 0 && { foods }),
    ...facets,
    ...(input.maxMinutes !== undefined && { maxTotalSeconds: Math.round(input.maxMinutes * 60) }),
    sort: input.sort ?? (text !== undefined || foods.length > 0 ? "relevance" : "newest"),
    limit: limit + 1,
    ...(after !== undefined && { after }),
    ...(input.viewer !== undefined && { scope: recipeScopeOf(input.viewer) }),
  };
  const hits = await deps.store.search(query);
  const items = hits.slice(0, limit);
  const last = items.at(-1);
  return ok(
    hits.length > limit && last ? { items, next: encodeCursor(last.key, last.id) } : { items },
  );
}
