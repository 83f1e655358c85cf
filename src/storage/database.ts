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
  created_at: string;
  updated_at: string;
}

/** Facets to filter by: cuisine, category, diet and tag values, folded to lowercase ASCII. */
export interface RecipeTermsTable {
  recipe_id: number;
  kind: "cuisine" | "category" | "diet" | "tag";
  value: string;
}

/** Each word of each ingredient's food, stemmed: "what can I make with pork and chilies". */
export interface RecipeFoodWordsTable {
  recipe_id: number;
  ingredient: number;
  word: string;
}

export interface Database {
  recipes: RecipesTable;
  recipe_terms: RecipeTermsTable;
  recipe_food_words: RecipeFoodWordsTable;
}
