import type { Generated } from "kysely";

/** Tables as Kysely sees them. Dates are ISO 8601 text so both dialects read them alike. */
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
  created_at: string;
  updated_at: string;
}

export interface Database {
  recipes: RecipesTable;
}
