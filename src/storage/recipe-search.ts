import { type Kysely, type RawBuilder, sql } from "kysely";
import {
  type RecipeSummary,
  SEARCH_FACETS,
  type SearchHit,
  type SearchQuery,
} from "../app/ports.js";
import { foldText } from "../domain/fold-text.js";
import type { Database } from "./database.js";
import { foodCandidates, foodsOf, planFoods, THRESHOLDS } from "./food-search.js";
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

/** Relevance keys: tier * TIER_SPAN - id, so that ascending keys are the best tier first and
 *  the newest first within it, and a cursor's key says which tier it stopped in. */
const TIER_SPAN = 2 ** 40;

/** Where a search's rows come from: recipes `r`, after a text match `m` when there is one. */
interface Source {
  readonly text?: TextMatch;
  /** A relevance tier of the text match. */
  readonly tier?: number;
  /** Food search: `r` is the candidates of foodCandidates, those that reach its threshold. */
  readonly foods?: RawBuilder<unknown>;
}

/** Search: text in tiers of relevance (newest first within each, so a page reads a page of
 *  the index, not every match); foods at hand by coverage, in falling thresholds (so a page
 *  reads the recipes that could be on it); otherwise one query of facets and time. Sorted by
 *  a numeric key where lower comes first, with keyset paging on (key, id). */
export async function searchRecipes(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
): Promise<SearchHit[]> {
  const foods = query.foods ? foodsOf(query.foods) : [];
  const text = () => (query.text === undefined ? undefined : dialect.matchText(query.text));
  if (foods.length > 0) {
    const match = text();
    const terms = await planFoods(db, foods);
    const thresholds = query.sort === "relevance" ? THRESHOLDS : THRESHOLDS.slice(-1);
    for (const threshold of thresholds) {
      const hits = await runSearch(db, dialect, query, {
        ...(match && { text: match }),
        foods: foodCandidates(terms, threshold),
      });
      if (hits.length >= query.limit || threshold === thresholds.at(-1)) return hits;
    }
  }
  const tiers =
    query.text !== undefined && query.sort === "relevance"
      ? dialect.matchTiers(query.text)
      : undefined;
  if (!tiers) {
    const match = text();
    return runSearch(db, dialect, query, match ? { text: match } : {});
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
    hits.push(...(await runSearch(db, dialect, page, { text: tiers[tier - 1]!, tier })));
  }
  return hits;
}

/** One query whatever its parts: text match, food coverage, facets and time. */
async function runSearch(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
  source: Source,
): Promise<SearchHit[]> {
  const { text, tier, foods } = source;
  const where: RawBuilder<unknown>[] = [visibleIn(query.scope, "r", dialect.name)];
  // The text match goes first, as a cross join (SQLite never reorders those): otherwise the
  // planner may walk the visibility index and probe FTS once per recipe, which on 100,000
  // public recipes took a minute instead of 40 ms. With foods, the foods lead instead.
  const ids = text && "ids" in text ? text.ids : undefined;
  const matches = text && "where" in text ? text.where : undefined;
  const from = foods ? sql`${foods} r` : ids ? sql`${ids} m cross join recipes r` : sql`recipes r`;
  // With foods, `r` is their candidates, not the recipes table: the match is asked of the ids.
  if (ids) where.push(foods ? sql`r.id in ${ids}` : sql`m.id = r.id`);
  if (matches) {
    where.push(foods ? sql`r.id in (select id from recipes where ${matches})` : matches);
  }
  const coverage = foods
    ? sql`(cast(r.found as double precision) /
        (case when r.ingredient_count > 0 then r.ingredient_count else 1 end))`
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
    tier !== undefined || query.sort === "newest" || (query.sort === "relevance" && !foods);
  const id = ids && !foods ? sql.ref("m.id") : sql.ref("r.id");
  const sortKey =
    tier !== undefined
      ? sql`(${sql.lit(tier * TIER_SPAN)} - r.id)`
      : byId
        ? sql`(0 - r.id)`
        : query.sort === "quickest"
          ? QUICKEST
          : sql`(0 - ${coverage})`;
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
