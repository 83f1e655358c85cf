import { type Kysely, sql } from "kysely";
import type { DialectName } from "../storage-dialect.js";

/** PostgreSQL text search, measured at 20,000 recipes, spent 5-20 ms where its index needs
 *  0.2, for two reasons. The GIN index took new entries into its pending list (up to 4 MB),
 *  which every search reads through unsorted: the list is now held to 256 kB. And "all the
 *  words in the title" (the best relevance tier) was a weighted match the index cannot answer
 *  and the planner estimated as if unweighted: for a word common in ingredients it walked the
 *  recipes newest first, unpacking every row's whole vector (stored out of line), to find
 *  twenty titles. The title's words now have a small column of their own, with an index and
 *  statistics of their own. SQLite's FTS5 matches a column through its index already. */
export function createTitleWordsIndex(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") return;
      await sql`alter index recipes_search_vector set (gin_pending_list_limit = 256)`.execute(db);
      await sql`select gin_clean_pending_list('recipes_search_vector')`.execute(db);
      await sql`alter table recipes add column title_vector tsvector`.execute(db);
      // The title's words are the vector's weight A, exactly as indexTexts writes them.
      await sql`update recipes set title_vector = ts_filter(search_vector, '{a}')
        where search_vector is not null`.execute(db);
      await sql`create index recipes_title_vector on recipes using gin (title_vector)
        with (gin_pending_list_limit = 256)`.execute(db);
      await sql`analyze recipes`.execute(db);
    },
  };
}
