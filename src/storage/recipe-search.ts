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
import type { StorageDialect } from "./storage-dialect.js";

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

/** Search as one query whatever its parts: text match, food coverage, facets and time, with a
 *  numeric sort key where lower comes first, and keyset paging on (key, id). */
export async function searchRecipes(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
): Promise<SearchHit[]> {
  const joins: RawBuilder<unknown>[] = [];
  const where: RawBuilder<unknown>[] = [visibleIn(query.scope, "r", dialect.name)];
  const text = query.text === undefined ? undefined : dialect.matchText(query.text);
  // The text match goes first, as a cross join (SQLite never reorders those): otherwise the
  // planner may walk the visibility index and probe FTS once per recipe, which on 100,000
  // public recipes took a minute instead of 40 ms.
  const from = text ? sql`${text} m cross join recipes r` : sql`recipes r`;
  if (text) where.push(sql`m.id = r.id`);

  const words = query.foods ? foodWords(query.foods) : [];
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

  // Newest walks the primary key backwards; every other order is (key, id) ascending, so a
  // row-value comparison serves as the keyset condition and can use an index.
  const newest =
    query.sort === "newest" || (query.sort === "relevance" && !text && words.length === 0);
  const sortKey = newest
    ? sql`(0 - r.id)`
    : query.sort === "quickest"
      ? QUICKEST
      : words.length > 0
        ? sql`(0.0 - ${coverage} - f.matched * 0.001)`
        : sql`m.score`;
  if (query.after) {
    where.push(
      newest
        ? sql`r.id < ${query.after.id}`
        : sql`(${sortKey}, r.id) > (${query.after.key}, ${query.after.id})`,
    );
  }
  const { rows } = await sql<Row>`
    select r.id, r.slug, r.title, r.summary, r.created_at, r.total_seconds,
      ${coverage} as coverage, ${sortKey} as sort_key
    from ${from}
    ${sql.join(joins, sql` `)}
    where ${sql.join(where, sql` and `)}
    order by ${newest ? sql`r.id desc` : sql`${sortKey} asc, r.id asc`}
    limit ${query.limit}`.execute(db);

  return rows.map((row) => ({
    ...toSummary(row),
    ...(row.total_seconds !== null && { totalSeconds: Number(row.total_seconds) }),
    ...(row.coverage !== null && { coverage: Number(row.coverage) }),
    key: Number(row.sort_key),
  }));
}
