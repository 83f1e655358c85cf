import { type RawBuilder, sql } from "kysely";
import { chunks } from "../chunks.js";
import {
  type Place,
  relevanceTiers,
  type SearchWords,
  searchWords,
  type WordsIn,
} from "../search-words.js";
import type { StorageDialect } from "../storage-dialect.js";

/** The places of relevance as the vector's weights: A title, B ingredients, C tags and
 *  description, D steps (the same places as SQLite's columns). The title's words are matched
 *  in a column of their own (migration 0012), so that place needs no weight. */
const WEIGHTS: Record<Place, string> = { title: "", about: "ABC", anywhere: "" };

/** The search's words as a tsquery, limited to the place's weights, the last word a prefix
 *  when `prefix`. The words are letters and digits only: nothing in them is tsquery syntax. */
function toTsQuery({ words }: SearchWords, { place, prefix }: WordsIn) {
  const terms = words.map((w, i) => {
    const label = `${prefix && i === words.length - 1 ? "*" : ""}${WEIGHTS[place]}`;
    return `'${w}'${label ? `:${label}` : ""}`;
  });
  return sql`to_tsquery('claypot', ${terms.join(" & ")})`;
}

/** The words in a place, as a condition on the recipes row. */
function wordsIn(search: SearchWords, place: WordsIn) {
  const query = toTsQuery(search, place);
  return place.place === "title" ? sql`title_vector @@ ${query}` : sql`search_vector @@ ${query}`;
}

/** Unqualified: `search_vector` and `title_vector` are columns of the recipes row the search reads. */
const matching = (condition: RawBuilder<unknown>) => ({ where: condition });

export const postgresDialect: StorageDialect = {
  name: "postgres",

  async indexTexts(trx, entries) {
    for (const part of chunks(entries, 500)) {
      const rows = part.map(
        ({ id, doc }) =>
          sql`(${id}::integer, ${doc.title}, ${doc.ingredients}, ${`${doc.tags}\n${doc.description}`}, ${doc.steps})`,
      );
      await sql`update recipes set title_vector = setweight(to_tsvector('claypot', v.title), 'A'),
        search_vector =
          setweight(to_tsvector('claypot', v.title), 'A') ||
          setweight(to_tsvector('claypot', v.ingredients), 'B') ||
          setweight(to_tsvector('claypot', v.about), 'C') ||
          setweight(to_tsvector('claypot', v.steps), 'D')
        from (values ${sql.join(rows)}) as v (id, title, ingredients, about, steps)
        where recipes.id = v.id`.execute(trx);
    }
  },

  matchText(text) {
    const search = searchWords(text);
    if (search === undefined) return undefined;
    return matching(wordsIn(search, { place: "anywhere", prefix: search.lastIsPrefix }));
  },

  matchTiers(text) {
    const search = searchWords(text);
    if (search === undefined) return undefined;
    return relevanceTiers(search).map(({ want, not }) => {
      const earlier = not.map((n) => wordsIn(search, n));
      const condition = wordsIn(search, want);
      return matching(
        earlier.length > 0
          ? sql`${condition} and not (${sql.join(earlier, sql` or `)})`
          : condition,
      );
    });
  },

  writeInBulk: (_db, run) => run(),

  idList: (ids) => sql`(select unnest(cast(${ids} as integer[])))`,

  async lockFoodIndex(trx) {
    // Writers wait for each other (the mode conflicts with itself); readers never wait.
    await sql`lock table food_postings in share row exclusive mode`.execute(trx);
  },

  async checkIntegrity(db) {
    // PostgreSQL checks its own pages; what can drift is our index columns beside the rows.
    const { rows } = await sql<{ id: number }>`select id from recipes
      where search_vector is null or title_vector is null limit 10`.execute(db);
    return rows.map(({ id }) => `recipe ${id} is not in the search index`);
  },
};
