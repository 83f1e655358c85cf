import { type RawBuilder, sql } from "kysely";
import { chunks } from "../chunks.js";
import { searchWords } from "../search-words.js";
import type { StorageDialect } from "../storage-dialect.js";

/** The tiers of relevance, as the vector's weights: A title, B ingredients, C tags and
 *  description, D steps (the same tiers as SQLite's columns). */
const TIER_WEIGHTS = ["A", "ABC", ""] as const;

/** The search's words as a tsquery, each limited to `weights` (all when empty). The words are
 *  letters and digits only, so nothing in them is tsquery syntax. */
function toTsQuery(text: string, weights: string) {
  const search = searchWords(text);
  if (search === undefined) return undefined;
  const { words, lastIsPrefix } = search;
  const terms = words.map((w, i) => {
    const label = `${lastIsPrefix && i === words.length - 1 ? "*" : ""}${weights}`;
    return `'${w}'${label ? `:${label}` : ""}`;
  });
  return sql`to_tsquery('claypot', ${terms.join(" & ")})`;
}

const matching = (condition: RawBuilder<unknown>) =>
  sql`(select id from recipes where ${condition} order by id desc)`;

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
    const query = toTsQuery(text, "");
    return query === undefined ? undefined : matching(sql`search_vector @@ ${query}`);
  },

  matchTiers(text) {
    const queries = TIER_WEIGHTS.map((weights) => toTsQuery(text, weights));
    if (queries.some((q) => q === undefined)) return undefined;
    return queries.map((query, i) => {
      const previous = queries[i - 1];
      return matching(
        previous
          ? sql`search_vector @@ ${query} and not search_vector @@ ${previous}`
          : sql`search_vector @@ ${query}`,
      );
    });
  },

  async checkIntegrity(db) {
    // PostgreSQL checks its own pages; what can drift is our index column beside the rows.
    const { rows } = await sql<{ id: number }>`select id from recipes
      where search_vector is null limit 10`.execute(db);
    return rows.map(({ id }) => `recipe ${id} is not in the search index`);
  },
};
