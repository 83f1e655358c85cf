import { sql } from "kysely";
import { foldText } from "../../domain/fold-text.js";
import { chunks } from "../chunks.js";
import type { StorageDialect } from "../storage-dialect.js";

const MAX_TERMS = 32;

/** English words too common to search by, as PostgreSQL's english configuration drops them:
 *  matching half the recipes, they only slow the ranking and add nothing to it. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by for from how i in into is it its my of on or our so that the " +
    "their then this to was we what when with you your"
  ).split(" "),
);

/** Any text → an FTS5 query that cannot be a syntax error: each word quoted (FTS5 operators
 *  and punctuation become plain text), all words required, the last one a prefix. */
export function toFts5Query(text: string): string | undefined {
  const all = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const words = (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TERMS);
  if (words.length === 0) return undefined;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

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
    if (query === undefined) return undefined;
    // bm25 is lower for better matches; the title weighs most, then ingredients and tags.
    return sql`(select rowid as id, bm25(recipes_fts, 10.0, 4.0, 2.0, 1.0, 3.0) as score
      from recipes_fts where recipes_fts match ${query})`;
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
