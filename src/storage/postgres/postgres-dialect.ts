import { sql } from "kysely";
import { chunks } from "../chunks.js";
import type { StorageDialect } from "../storage-dialect.js";

export const postgresDialect: StorageDialect = {
  name: "postgres",

  async indexTexts(trx, entries) {
    for (const part of chunks(entries, 500)) {
      const rows = part.map(
        ({ id, doc }) =>
          sql`(${id}::integer, ${doc.title}, ${doc.ingredients}, ${`${doc.tags}\n${doc.description}`}, ${doc.steps})`,
      );
      await sql`update recipes set search_vector =
          setweight(to_tsvector('claypot', v.title), 'A') ||
          setweight(to_tsvector('claypot', v.ingredients), 'B') ||
          setweight(to_tsvector('claypot', v.about), 'C') ||
          setweight(to_tsvector('claypot', v.steps), 'D')
        from (values ${sql.join(rows)}) as v (id, title, ingredients, about, steps)
        where recipes.id = v.id`.execute(trx);
    }
  },

  matchText(text) {
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    // websearch_to_tsquery reads any input as search words: never a syntax error.
    return sql`(select id, -ts_rank_cd(search_vector, q)::float8 as score
      from recipes, websearch_to_tsquery('claypot', ${text.slice(0, 2_000)}) q
      where search_vector @@ q)`;
  },

  async checkIntegrity(db) {
    // PostgreSQL checks its own pages; what can drift is our index column beside the rows.
    const { rows } = await sql<{ id: number }>`select id from recipes
      where search_vector is null limit 10`.execute(db);
    return rows.map(({ id }) => `recipe ${id} is not in the search index`);
  },
};
