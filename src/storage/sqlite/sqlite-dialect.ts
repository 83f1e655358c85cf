import { sql } from "kysely";
import { chunks } from "../chunks.js";
import {
  type Place,
  relevanceTiers,
  type SearchWords,
  searchWords,
  type WordsIn,
} from "../search-words.js";
import type { StorageDialect } from "../storage-dialect.js";
import { SERVING_CACHE_KIB } from "./open-sqlite-database.js";

const BULK_CACHE_KIB = 32_000;

/** The FTS5 form of a search's words: each quoted (so no operator can come through), all
 *  required, the last a prefix when `prefix`. */
function fts5Words({ words }: SearchWords, prefix: boolean): string {
  return words.map((w, i) => `"${w}"${prefix && i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** Any text → an FTS5 query that cannot be a syntax error: the last word a prefix when long
 *  enough. */
export function toFts5Query(text: string): string | undefined {
  const search = searchWords(text);
  return search && fts5Words(search, search.lastIsPrefix);
}

const COLUMNS: Record<Place, string> = {
  title: "{title}: ",
  about: "{title ingredients tags description}: ",
  anywhere: "",
};
const fts5In = (search: SearchWords, { place, prefix }: WordsIn) =>
  `${COLUMNS[place]}(${fts5Words(search, prefix)})`;

/** A match as recipe ids, newest first: FTS5 reads its entries in that order, so a page of the
 *  newest matches costs a page, not every match. */
const matching = (expression: string) => ({
  ids: sql`(select rowid as id from recipes_fts where recipes_fts match ${expression}
    order by rowid desc)`,
});

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
    const search = searchWords(text);
    if (search === undefined) return undefined;
    return relevanceTiers(search).map(({ want, not }) => {
      const expression = fts5In(search, want);
      const earlier = not.map((n) => fts5In(search, n)).join(" OR ");
      return matching(earlier ? `(${expression}) NOT (${earlier})` : expression);
    });
  },

  async writeInBulk(db, run) {
    // 32 MB instead of 4: a batch of 500 recipes writes its food index in 30% less time.
    await sql`pragma cache_size = -${sql.lit(BULK_CACHE_KIB)}`.execute(db);
    try {
      return await run();
    } finally {
      await sql`pragma cache_size = -${sql.lit(SERVING_CACHE_KIB)}`.execute(db);
    }
  },

  idList: (ids) => sql`(select value from json_each(${JSON.stringify(ids)}))`,

  async lockFoodIndex() {},

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
