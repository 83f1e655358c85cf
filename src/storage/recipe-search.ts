import { type Kysely, type RawBuilder, sql } from "kysely";
import {
  type RecipeSummary,
  SEARCH_FACETS,
  type SearchHit,
  type SearchQuery,
} from "../app/ports.js";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";
import type { Database } from "./database.js";
import { visibleIn } from "./recipe-scope.js";
import type { StorageDialect, TextMatch } from "./storage-dialect.js";

/** A listing's view of a recipes row: the one mapping for lists and search hits. */
export function toSummary(row: {
  id: number;
  slug: string;
  title: string;
  summary: string | null;
  created_at: string;
}): RecipeSummary {
  return {
    id: String(row.id),
    slug: row.slug,
    title: row.title,
    ...(row.summary !== null && { summary: row.summary }),
    createdAt: new Date(row.created_at),
  };
}

interface Row {
  id: number;
  slug: string;
  title: string;
  summary: string | null;
  created_at: string;
  total_seconds: number | null;
  coverage: number | null;
  sort_key: number;
}

/** The "quickest" key: recipes with no stated time come last. The same expression is indexed
 *  (migration 0001), so it must stay exactly this. */
export const QUICKEST = sql`coalesce(r.total_seconds, 1000000000000)`;
const MAX_FOODS = 20;

function foodWords(foods: readonly string[]): string[] {
  return [...new Set(foods.slice(0, MAX_FOODS).flatMap((f) => stemWords(foldText(f))))];
}

/** Relevance keys: tier * TIER_SPAN - id, so that ascending keys are the best tier first and
 *  the newest first within it, and a cursor's key says which tier it stopped in. */
const TIER_SPAN = 2 ** 40;

/** Search: text in tiers of relevance (newest first within each, so a page reads a page of
 *  the index, not every match), or one query of food coverage, facets and time, sorted by a
 *  numeric key where lower comes first, with keyset paging on (key, id). */
export async function searchRecipes(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
): Promise<SearchHit[]> {
  const words = query.foods ? foodWords(query.foods) : [];
  const tiers =
    query.text !== undefined && query.sort === "relevance" && words.length === 0
      ? dialect.matchTiers(query.text)
      : undefined;
  if (!tiers) {
    const text = query.text === undefined ? undefined : dialect.matchText(query.text);
    return runSearch(db, dialect, query, { text, words });
  }
  const hits: SearchHit[] = [];
  const { after, ...rest } = query;
  const start = after ? Math.floor(after.key / TIER_SPAN) + 1 : 1;
  for (let tier = Math.max(1, start); tier <= tiers.length && hits.length < query.limit; tier++) {
    const page = {
      ...rest,
      limit: query.limit - hits.length,
      ...(tier === start && after && { after }),
    };
    hits.push(...(await runSearch(db, dialect, page, { text: tiers[tier - 1], words, tier })));
  }
  return hits;
}

/** One query whatever its parts: text match, food coverage, facets and time. */
async function runSearch(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
  match: { text: TextMatch | undefined; words: string[]; tier?: number },
): Promise<SearchHit[]> {
  const { text, words, tier } = match;
  const joins: RawBuilder<unknown>[] = [];
  const where: RawBuilder<unknown>[] = [visibleIn(query.scope, "r", dialect.name)];
  // The text match goes first, as a cross join (SQLite never reorders those): otherwise the
  // planner may walk the visibility index and probe FTS once per recipe, which on 100,000
  // public recipes took a minute instead of 40 ms.
  const from = text ? sql`${text} m cross join recipes r` : sql`recipes r`;
  if (text) where.push(sql`m.id = r.id`);

  if (words.length > 0) {
    joins.push(sql`join (select recipe_id, count(distinct ingredient) as covered,
        count(distinct word) as matched
      from recipe_food_words where word in (${sql.join(words)}) group by recipe_id) f
      on f.recipe_id = r.id`);
  }
  const coverage =
    words.length > 0
      ? sql`(f.covered * 1.0 / case when r.ingredient_count > 0 then r.ingredient_count else 1 end)`
      : sql`null`;
  for (const kind of SEARCH_FACETS) {
    const value = query[kind];
    if (value === undefined) continue;
    where.push(sql`exists (select 1 from recipe_terms t
      where t.recipe_id = r.id and t.kind = ${kind} and t.value = ${foldText(value)})`);
  }
  if (query.maxTotalSeconds !== undefined) {
    where.push(sql`r.total_seconds <= ${query.maxTotalSeconds}`);
  }

  // Newest (and a relevance tier) walks the ids backwards, the text match's own order when
  // there is one; every other order is (key, id) ascending, so a row-value comparison serves
  // as the keyset condition and can use an index.
  const byId =
    tier !== undefined ||
    query.sort === "newest" ||
    (query.sort === "relevance" && words.length === 0);
  const id = text ? sql.ref("m.id") : sql.ref("r.id");
  const sortKey =
    tier !== undefined
      ? sql`(${sql.lit(tier * TIER_SPAN)} - r.id)`
      : byId
        ? sql`(0 - r.id)`
        : query.sort === "quickest"
          ? QUICKEST
          : sql`(0.0 - ${coverage} - f.matched * 0.001)`;
  if (query.after) {
    where.push(
      byId
        ? sql`${id} < ${query.after.id}`
        : sql`(${sortKey}, r.id) > (${query.after.key}, ${query.after.id})`,
    );
  }
  const { rows } = await sql<Row>`
    select r.id, r.slug, r.title, r.summary, r.created_at, r.total_seconds,
      ${coverage} as coverage, ${sortKey} as sort_key
    from ${from}
    ${sql.join(joins, sql` `)}
    where ${sql.join(where, sql` and `)}
    order by ${byId ? sql`${id} desc` : sql`${sortKey} asc, r.id asc`}
    limit ${query.limit}`.execute(db);

  return rows.map((row) => ({
    ...toSummary(row),
    ...(row.total_seconds !== null && { totalSeconds: Number(row.total_seconds) }),
    ...(row.coverage !== null && { coverage: Number(row.coverage) }),
    key: Number(row.sort_key),
  }));
}
