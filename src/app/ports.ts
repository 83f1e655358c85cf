import type { Recipe } from "../domain/recipe.js";

export const VISIBILITIES = ["private", "unlisted", "public"] as const;
/** private: its owner (and their household, and admins); unlisted: also whoever has its share
 *  link; public: everyone, and listed. */
export type Visibility = (typeof VISIBILITIES)[number];

/** A recipe as kept: the model plus what the store knows of it. */
export interface StoredRecipe {
  readonly id: string;
  readonly recipe: Recipe;
  readonly contentHash: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Absent for the site's own recipes (the seed, command-line imports): admins keep those. */
  readonly ownerId?: string;
  readonly visibility: Visibility;
  /** The secret of the recipe's share link, when it has one. */
  readonly shareToken?: string;
}

/** Whose recipes a listing shows beside the public ones: "all" for admins and the command line,
 *  else the viewer's own and those of the libraries shared with them. Built by app/recipe-access. */
export type RecipeScope =
  | { readonly kind: "all" }
  | { readonly kind: "some"; readonly ownerIds: readonly string[] };

/** Whose recipe: a user id, or null for the site's own. */
export type OwnerKey = string | null;

export interface RecipeSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly createdAt: Date;
}

export interface NewRecipe {
  readonly recipe: Recipe;
  readonly summary?: string;
  readonly contentHash: string;
  readonly now: Date;
  /** Absent: the site's own recipe. */
  readonly ownerId?: string;
  /** Absent: public (the site's recipes are published). */
  readonly visibility?: Visibility;
}

export interface ListRecipesQuery {
  readonly limit: number;
  /** Absent: every recipe (the command line). HTTP always passes the viewer's. */
  readonly scope?: RecipeScope;
  /** Keyset cursor: the id of the last recipe of the previous page. */
  readonly after?: string;
}

export const SEARCH_SORTS = ["relevance", "newest", "quickest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The facets a search filters by, each one value matched without case or accents. */
export const SEARCH_FACETS = ["cuisine", "category", "diet", "tag", "author"] as const;
export type SearchFacets = { readonly [K in (typeof SEARCH_FACETS)[number]]?: string };

export interface SearchQuery extends SearchFacets {
  /** Words to find in title (weighed most), ingredients, tags, description and steps. */
  readonly text?: string;
  /** Foods at hand: recipes are ranked by how much of their ingredient list these cover. */
  readonly foods?: readonly string[];
  readonly maxTotalSeconds?: number;
  readonly sort: SearchSort;
  readonly limit: number;
  /** The `next` of the previous page. */
  readonly after?: { readonly key: number; readonly id: number };
  /** Absent: every recipe (the command line). HTTP always passes the viewer's. */
  readonly scope?: RecipeScope;
}

export interface SearchHit extends RecipeSummary {
  readonly totalSeconds?: number;
  /** Share of the recipe's ingredients the given foods cover, 0 to 1 (ingredient search). */
  readonly coverage?: number;
  /** The sort key of this hit, for the next page's cursor. */
  readonly key: number;
}

export interface RecipeStore {
  /** Inserts in one transaction; the slug must be free (see `isSlugTaken`). */
  insert(input: NewRecipe): Promise<StoredRecipe>;
  /** Inserts all or none, in one transaction: a batch of a bulk import. */
  insertMany(inputs: readonly NewRecipe[]): Promise<StoredRecipe[]>;
  findBySlug(slug: string): Promise<StoredRecipe | undefined>;
  /** `owner` limits the match to one owner's recipes (null: the site's); absent, anyone's. */
  findByContentHash(hash: string, owner?: OwnerKey): Promise<StoredRecipe | undefined>;
  /** Which of these hashes and source URLs are kept already (by `owner`, when given). */
  findExisting(keys: {
    hashes: readonly string[];
    sourceUrls: readonly string[];
    owner?: OwnerKey;
  }): Promise<{ hashes: Set<string>; sourceUrls: Set<string> }>;
  setVisibility(id: string, visibility: Visibility, now: Date): Promise<void>;
  /** A new share secret, or null to revoke the link. */
  setShareToken(id: string, token: string | null, now: Date): Promise<void>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Whole recipes in id order, a page at a time: backups and exports. */
  listStored(query: { limit: number; afterId?: string }): Promise<StoredRecipe[]>;
  /** One owner's whole recipes (null: the site's) the same way, read through the (owner, id)
   *  index: an account's backup or export never walks other owners' recipes. */
  listStoredOf(
    owner: OwnerKey,
    query: { limit: number; afterId?: string },
  ): Promise<StoredRecipe[]>;
  isSlugTaken(slug: string): Promise<boolean>;
  list(query: ListRecipesQuery): Promise<RecipeSummary[]>;
  count(): Promise<number>;
  /** What a recipe's pages show, in one cheap read (no document): the page cache's key. */
  versionOf(slug: string): Promise<RecipeVersion | undefined>;
  /** Rewrites a recipe and its index entries in one transaction; its slug, owner and visibility
   *  stay. `updatedAt` always moves forward (pages are cached on it). Undefined: no such id. */
  update(id: string, change: RecipeChange): Promise<StoredRecipe | undefined>;
  /** Removes a recipe with everything indexed for it, its pins, ratings and drafts. */
  delete(id: string): Promise<boolean>;
  /** Writes a new draft (no `id`) or rewrites one of the same owner. */
  saveDraft(draft: DraftInput): Promise<StoredDraft>;
  findDraft(id: string): Promise<StoredDraft | undefined>;
  /** The owner's drafts, last changed first. */
  listDrafts(ownerId: string): Promise<StoredDraft[]>;
  deleteDraft(id: string): Promise<void>;
}

/** A recipe's new content, as `NewRecipe` has it. */
export type RecipeChange = Pick<NewRecipe, "recipe" | "summary" | "contentHash" | "now">;

export interface DraftInput {
  readonly id?: string;
  readonly ownerId: string;
  /** The published recipe the draft revises. */
  readonly recipeId?: string;
  readonly title: string;
  /** The editor's fields, as typed: JSON, checked by the app on the way back. */
  readonly document: unknown;
  readonly now: Date;
}

export interface StoredDraft {
  readonly id: string;
  readonly ownerId: string;
  readonly recipeId?: string;
  readonly title: string;
  readonly document: unknown;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Bytes kept by content: the same bytes get the same key, so keys can be cached forever. */
export interface BlobStore {
  /** Keeps the bytes under a key made of their hash and `extension` ("webp"); returns the key. */
  put(bytes: Uint8Array, extension: string): Promise<string>;
  /** Undefined when there is no such blob, or the key is not one `put` could make. */
  get(key: string): Promise<Uint8Array | undefined>;
}

/** A recipe's visibility and a stamp that changes whenever the recipe or its ratings do. */
export interface RecipeVersion {
  readonly id: string;
  readonly visibility: Visibility;
  readonly stamp: string;
}

export interface Clock {
  now(): Date;
}

/** Fetches a page a user named, refusing private addresses (see lib/safe-fetch). */
export type { FetchedPage, FetchPage as Fetcher } from "../lib/safe-fetch.js";
