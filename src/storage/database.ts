import type { Generated } from "kysely";

/** Tables as Kysely sees them, common to SQLite and PostgreSQL. Dates are ISO 8601 text so both
 *  dialects read and sort them alike. The search index itself is dialect-specific (an FTS5
 *  table in SQLite, a tsvector column in PostgreSQL) and lives in the dialect files. */
export interface RecipesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  /** A sentence or two for listings, derived from the recipe when it is written. */
  summary: string | null;
  /** The whole Recipe as JSON; parsed with zod on the way out. */
  document: string;
  content_hash: string;
  source_url: string | null;
  /** Longest total time in seconds (stated, or prep + cook), for "quickest" and max-time filters. */
  total_seconds: number | null;
  /** How many ingredients the recipe lists: the denominator of ingredient coverage. */
  ingredient_count: number;
  /** The food words the index holds for this recipe, space-separated: what to take out of it
   *  when the recipe changes or goes. */
  food_words: Generated<string>;
  created_at: string;
  updated_at: string;
  /** The user who keeps it; null for the site's own recipes (seed, CLI imports), which admins keep. */
  owner_id: number | null;
  /** Defaults to public in the schema so rows from before accounts stay as they were. */
  visibility: Generated<"private" | "unlisted" | "public">;
  /** The secret of its share link, when it has one. */
  share_token: string | null;
}

/** Facets to filter by: cuisine, category, diet and tag values, folded to lowercase ASCII. */
export interface RecipeTermsTable {
  recipe_id: number;
  kind: "cuisine" | "category" | "diet" | "tag" | "author";
  value: string;
}

/** The food index (migration 0011): for each stemmed food word and size class of recipes, blocks
 *  of packed entries (recipe, ingredient, recipe size) keyed by their first recipe id; see
 *  food-postings.ts. "What can I make with pork and chilies" reads them. */
export interface FoodPostingsTable {
  word: string;
  size_class: number;
  first_id: number;
  data: Uint8Array;
}

export interface UsersTable {
  id: Generated<number>;
  /** Lowercased: one account per address whatever its case. */
  email: string;
  name: string;
  /** scrypt, with its parameters and salt (lib/password-hash). */
  password_hash: string;
  role: "user" | "admin";
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database holds no usable session. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A household: the owner shares their library with a member, to read or to edit. */
export interface LibraryMembersTable {
  owner_id: number;
  member_id: number;
  access: "read" | "edit";
  created_at: string;
}

export interface BoardsTable {
  id: Generated<number>;
  owner_id: number;
  name: string;
  visibility: "private" | "public";
  created_at: string;
}

export interface PinsTable {
  board_id: number;
  recipe_id: number;
  /** Order on the board: new pins go last. */
  position: number;
  created_at: string;
}

/** One rating (1–5 stars) and optional comment per user and recipe. */
export interface RecipeRatingsTable {
  recipe_id: number;
  user_id: number;
  stars: number;
  comment: string | null;
  /** 1 when the recipe's keeper hid it: out of pages and the aggregate rating. */
  hidden: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An author's unfinished recipe: the editor's fields as JSON, valid or not yet. */
export interface RecipeDraftsTable {
  id: Generated<number>;
  owner_id: number;
  /** The published recipe this draft revises; null for a recipe not published yet. */
  recipe_id: number | null;
  title: string;
  document: string;
  created_at: string;
  updated_at: string;
}

/** A user's shopping list; `share_token` is the secret of its read-only link, when it has one. */
export interface ShoppingListsTable {
  id: Generated<number>;
  owner_id: number;
  name: string;
  share_token: string | null;
  created_at: string;
  updated_at: string;
}

/** One food on a list, its amounts merged (JSON array of { quantity?, unit? }). */
export interface ShoppingListItemsTable {
  id: Generated<number>;
  list_id: number;
  /** The normalised food name lines merge on (domain/food-key). */
  food_key: string;
  food: string;
  amounts: string;
  aisle: string;
  checked: Generated<number>;
  position: number;
  /** JSON array of the ids of the recipes the item came from. */
  recipe_ids: string;
  created_at: string;
  updated_at: string;
}

/** A recipe on a user's meal plan: a day ("YYYY-MM-DD"), a meal, servings and a note. */
export interface PlanEntriesTable {
  id: Generated<number>;
  owner_id: number;
  day: string;
  meal: "breakfast" | "lunch" | "dinner" | "snack";
  recipe_id: number;
  /** Null: the recipe's own yield. */
  servings: number | null;
  note: string | null;
  /** Order within the day's meal. */
  position: number;
  created_at: string;
  updated_at: string;
}

/** The SHA-256 of a user's calendar-feed secret: one live secret per user. */
export interface PlanFeedsTable {
  owner_id: number;
  token_hash: string;
  created_at: string;
}

export interface Database {
  plan_entries: PlanEntriesTable;
  plan_feeds: PlanFeedsTable;
  shopping_lists: ShoppingListsTable;
  shopping_list_items: ShoppingListItemsTable;
  recipe_drafts: RecipeDraftsTable;
  recipe_ratings: RecipeRatingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  library_members: LibraryMembersTable;
  boards: BoardsTable;
  pins: PinsTable;
  recipes: RecipesTable;
  recipe_terms: RecipeTermsTable;
  food_postings: FoodPostingsTable;
}
