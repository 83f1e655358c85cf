import type { Kysely, RawBuilder, Transaction } from "kysely";
import type { Database } from "./database.js";
import type { SearchDocument } from "./search-document.js";

export type DialectName = "sqlite" | "postgres";

/** A full-text match as a table expression of recipe ids, newest first. */
export type TextMatch = RawBuilder<unknown>;

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
  /** Runs `PRAGMA integrity_check` or its like; the list of problems, empty when sound. */
  checkIntegrity(db: Kysely<Database>): Promise<string[]>;
}
