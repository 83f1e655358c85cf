import { type Kysely, type RawBuilder, sql } from "kysely";
import {
  type RecipeSummary,
  SEARCH_FACETS,
  type SearchHit,
  type SearchQuery,
} from "../app/ports.js";
import { foldText } from "../domain/fold-text.js";
import type { Database } from "./database.js";
import { foodsOf, rankByFoods } from "./food-search.js";
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
  /** Food search: the recipes to look at (a dialect's idList) and their coverage. */
  readonly foods?: {
    readonly ids: RawBuilder<unknown>;
    readonly coverage: ReadonlyMap<number, number>;
  };
}

/** Search: text in tiers of relevance (newest first within each, so a page reads a page of
 *  the index, not every match); foods at hand by coverage (the smallest recipes first, so a
 *  page reads the recipes that could be on it: searchByFoods); otherwise one query of facets
 *  and time. Sorted by a numeric key where lower comes first, with keyset paging on (key, id). */
export async function searchRecipes(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
): Promise<SearchHit[]> {
  const foods = query.foods ? foodsOf(query.foods) : [];
  if (foods.length > 0) return searchByFoods(db, dialect, query, foods);
  const tiers =
    query.text !== undefined && query.sort === "relevance"
      ? dialect.matchTiers(query.text)
      : undefined;
  if (!tiers) {
    const match = query.text === undefined ? undefined : dialect.matchText(query.text);
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

/** Recipes checked against a query in one statement, at most. */
const MAX_CHECKED = 8_000;

/** Search by foods at hand. By relevance, rankByFoods settles the ranking a run at a time and
 *  each run's recipes are checked against the rest of the query (scope, facets, text, time) in
 *  growing chunks until the page is full; in any other order, the database sorts all the
 *  foods' recipes. */
async function searchByFoods(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
  foods: readonly string[][],
): Promise<SearchHit[]> {
  const match = query.text === undefined ? undefined : dialect.matchText(query.text);
  const text = match ? { text: match } : {};
  const ranking = rankByFoods(db, foods);
  if (query.sort !== "relevance") {
    const coverage = new Map<number, number>();
    for await (const run of ranking) {
      for (const [i, id] of run.ids.entries()) coverage.set(id, run.coverage[i]!);
    }
    if (coverage.size === 0) return [];
    const ids = dialect.idList([...coverage.keys()]);
    return runSearch(db, dialect, query, { ...text, foods: { ids, coverage } });
  }
  const { after, ...rest } = query;
  const hits: SearchHit[] = [];
  let size = query.limit * 2;
  for await (const run of ranking) {
    // The key is 0 - coverage: rank order is (key, id) ascending, as the cursor counts it.
    const keep = run.ids.flatMap((id, i) => {
      const key = -run.coverage[i]!;
      return !after || key > after.key || (key === after.key && id > after.id) ? [i] : [];
    });
    for (
      let at = 0;
      at < keep.length && hits.length < query.limit;
      at += size, size = Math.min(size * 4, MAX_CHECKED)
    ) {
      const part = keep.slice(at, at + size);
      const coverage = new Map(part.map((i) => [run.ids[i]!, run.coverage[i]!]));
      const rows = await runSearch(
        db,
        dialect,
        { ...rest, sort: "newest", limit: part.length },
        { ...text, foods: { ids: dialect.idList([...coverage.keys()]), coverage } },
      );
      const passed = new Map(rows.map((row) => [Number(row.id), row]));
      for (const i of part) {
        const hit = passed.get(run.ids[i]!);
        if (hit && hits.length < query.limit) hits.push({ ...hit, key: -run.coverage[i]! });
      }
    }
    if (hits.length >= query.limit) break;
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
  // With foods, their recipes lead; the text match is asked of them.
  const from = ids && !foods ? sql`${ids} m cross join recipes r` : sql`recipes r`;
  if (foods) where.push(sql`r.id in ${foods.ids}`);
  if (ids) where.push(foods ? sql`r.id in ${ids}` : sql`m.id = r.id`);
  if (matches) where.push(matches);
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
  // Relevance by foods is ranked by rankByFoods, never here.
  const byId = tier !== undefined || query.sort !== "quickest";
  const id = ids && !foods ? sql.ref("m.id") : sql.ref("r.id");
  const sortKey =
    tier !== undefined
      ? sql`(${sql.lit(tier * TIER_SPAN)} - r.id)`
      : byId
        ? sql`(0 - r.id)`
        : QUICKEST;
  if (query.after) {
    where.push(
      byId
        ? sql`${id} < ${query.after.id}`
        : sql`(${sortKey}, r.id) > (${query.after.key}, ${query.after.id})`,
    );
  }
  const { rows } = await sql<Row>`
    select r.id, r.slug, r.title, r.summary, r.created_at, r.total_seconds,
      ${sortKey} as sort_key
    from ${from}
    where ${sql.join(where, sql` and `)}
    order by ${byId ? sql`${id} desc` : sql`${sortKey} asc, r.id asc`}
    limit ${query.limit}`.execute(db);

  return rows.map((row) => ({
    ...toSummary(row),
    ...(row.total_seconds !== null && { totalSeconds: Number(row.total_seconds) }),
    ...(foods && { coverage: foods.coverage.get(Number(row.id))! }),
    key: Number(row.sort_key),
  }));
}
