import { sql } from "kysely";
import { chunks } from "../chunks.js";
import { searchWords } from "../search-words.js";
import type { StorageDialect } from "../storage-dialect.js";

/** The FTS5 form of a search's words: each quoted (so no operator can come through), all required,
 *  the last a prefix when long enough. */
export function toFts5Query(text: string): string | undefined {
  const search = searchWords(text);
  if (search === undefined) return undefined;
  const { words, lastIsPrefix } = search;
  return words
    .map((w, i) => `"${w}"${lastIsPrefix && i === words.length - 1 ? "*" : ""}`)
    .join(" ");
}

/** What each relevance tier asks of a recipe: all the words in its title; in what describes it
 *  (title, ingredients, tags, description); anywhere, the steps included. */
const TIER_COLUMNS = ["{title}", "{title ingredients tags description}", ""] as const;

/** A match as recipe ids, newest first: FTS5 reads its entries in that order, so a page of the
 *  newest matches costs a page, not every match. */
const matching = (expression: string) =>
  sql`(select rowid as id from recipes_fts where recipes_fts match ${expression}
    order by rowid desc)`;

export const sqliteDialect: StorageDialect = {
  name: "sqlite",

  async indexTexts(trx, entries) {
    for (const part of chunks(entries, 500)) {
      const rows = part.map(
        ({ id, doc }) =>
          sql`(${id}, ${doc.title}, ${doc.ingredients}, ${doc.description}, ${doc.steps}, ${doc.tags})`,
      );
      await sql`insert into recipes_fts (rowid, title, ingredients, description, steps, tags)
        values ${sql.join(rows)}`.execute(trx);
    }
  },

  matchText(text) {
    const query = toFts5Query(text);
    return query === undefined ? undefined : matching(query);
  },

  matchTiers(text) {
    const query = toFts5Query(text);
    if (query === undefined) return undefined;
    const within = TIER_COLUMNS.map((columns) => (columns ? `${columns}: (${query})` : query));
    return within.map((expression, i) =>
      matching(i === 0 ? expression : `(${expression}) NOT ${within[i - 1]}`),
    );
  },

  async checkIntegrity(db) {
    const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    // The FTS5 table is kept beside the rows, not by them: it must hold exactly the recipes.
    const unindexed = await sql<{ id: number }>`select id from recipes
      where id not in (select rowid from recipes_fts) limit 10`.execute(db);
    const stray = await sql<{ id: number }>`select rowid as id from recipes_fts
      where rowid not in (select id from recipes) limit 10`.execute(db);
    for (const { id } of unindexed.rows) problems.push(`recipe ${id} is not in the search index`);
    for (const { id } of stray.rows) problems.push(`search index has gone recipe ${id}`);
    return problems;
  },
};
