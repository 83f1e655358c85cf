import { type Kysely, sql } from "kysely";
import type { DialectName } from "../storage-dialect.js";

/** Full-text search, one way per database. SQLite: a contentless FTS5 table (porter stemming,
 *  accents folded) keyed by recipe id. PostgreSQL: a weighted tsvector column with a GIN index,
 *  under a text search configuration that unaccents before English stemming. */
export function createTextSearch(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") {
        await sql`create virtual table recipes_fts using fts5(
          title, ingredients, description, steps, tags,
          content='', contentless_delete=1,
          tokenize='porter unicode61 remove_diacritics 2'
        )`.execute(db);
        return;
      }
      await sql`create extension if not exists unaccent`.execute(db);
      await sql`do $$ begin
        if not exists (select 1 from pg_ts_config where cfgname = 'claypot') then
          create text search configuration claypot (copy = english);
          alter text search configuration claypot
            alter mapping for hword, hword_part, word with unaccent, english_stem;
        end if;
      end $$`.execute(db);
      await sql`alter table recipes add column search_vector tsvector`.execute(db);
      await sql`create index recipes_search_vector on recipes using gin (search_vector)`.execute(
        db,
      );
    },
  };
}
