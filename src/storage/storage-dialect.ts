import type { Kysely, RawBuilder, Transaction } from "kysely";
import type { Database } from "./database.js";
import type { SearchDocument } from "./search-document.js";

export type DialectName = "sqlite" | "postgres";

/** A full-text match: a table of recipe ids, newest first, that search joins as `m` (SQLite's
 *  FTS5 table), or a condition on the recipes row (PostgreSQL's indexed column: beside the
 *  other conditions and the LIMIT, its planner walks the newest recipes and stops at a page). */
export type TextMatch =
  | { readonly ids: RawBuilder<unknown> }
  | { readonly where: RawBuilder<unknown> };

/** What differs between the databases: the search index and how text is matched. */
export interface StorageDialect {
  readonly name: DialectName;
  /** Writes the full-text entries of new recipes, inside the caller's transaction. */
  indexTexts(
    trx: Transaction<Database>,
    entries: ReadonlyArray<{ readonly id: number; readonly doc: SearchDocument }>,
  ): Promise<void>;
  /** The recipes matching `text`; undefined when the text has no words. */
  matchText(text: string): TextMatch | undefined;
  /** The same recipes in tiers of relevance, best first, none in two: the words all in the
   *  title; all in what describes the recipe (title, ingredients, tags, description); anywhere. */
  matchTiers(text: string): readonly TextMatch[] | undefined;
  /** Runs a bulk write (a batch of an import or a restore) with what it needs: SQLite a larger
   *  page cache, so the index B-trees a batch grows stay in memory while it writes. */
  writeInBulk<T>(db: Kysely<Database>, run: () => Promise<T>): Promise<T>;
  /** A list of recipe ids as a subquery, for `r.id in …`: one bound value however long. */
  idList(ids: readonly number[]): RawBuilder<unknown>;
  /** Keeps other writers off the food index until the transaction ends: its blocks are read,
   *  changed and written back. Taken first in every transaction that writes recipes, so that
   *  no transaction holding it waits for another's row locks. SQLite needs nothing: the
   *  transaction's first write takes its one write lock, and recipe rows are written before
   *  the index is read. */
  lockFoodIndex(trx: Transaction<Database>): Promise<void>;
  /** Runs `PRAGMA integrity_check` or its like; the list of problems, empty when sound. */
  checkIntegrity(db: Kysely<Database>): Promise<string[]>;
}
