import { sql } from "kysely";
import type { StorageDialect } from "../storage-dialect.js";

export const postgresDialect: StorageDialect = {
  name: "postgres",

  async indexText(trx, id, doc) {
    await sql`update recipes set search_vector =
        setweight(to_tsvector('claypot', ${doc.title}), 'A') ||
        setweight(to_tsvector('claypot', ${doc.ingredients}), 'B') ||
        setweight(to_tsvector('claypot', ${`${doc.tags}\n${doc.description}`}), 'C') ||
        setweight(to_tsvector('claypot', ${doc.steps}), 'D')
      where id = ${id}`.execute(trx);
  },

  async deleteText() {
    // The vector is a column of the row: it goes with it.
  },

  matchText(text) {
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    // websearch_to_tsquery reads any input as search words: never a syntax error.
    return sql`(select id, -ts_rank_cd(search_vector, q)::float8 as score
      from recipes, websearch_to_tsquery('claypot', ${text.slice(0, 2_000)}) q
      where search_vector @@ q)`;
  },

  async checkIntegrity(db) {
    await sql`select count(*) from recipes`.execute(db);
    return [];
  },
};
