import { type Kysely, type RawBuilder, sql } from "kysely";
import type { SearchHit, SearchQuery } from "../app/ports.js";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";
import type { Database } from "./database.js";
import type { StorageDialect } from "./storage-dialect.js";

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

const NO_TIME = 1e12;
const MAX_FOODS = 20;

function foodWords(foods: readonly string[]): string[] {
  return [...new Set(foods.slice(0, MAX_FOODS).flatMap((f) => stemWords(foldText(f))))];
}

/** Search as one query whatever its parts: candidates (text match, food coverage, facets, time)
 *  with a numeric sort key where lower comes first, then keyset paging on (key, id). */
export async function searchRecipes(
  db: Kysely<Database>,
  dialect: StorageDialect,
  query: SearchQuery,
): Promise<SearchHit[]> {
  const joins: RawBuilder<unknown>[] = [];
  const where: RawBuilder<unknown>[] = [sql`1 = 1`];
  const text = query.text === undefined ? undefined : dialect.matchText(query.text);
  if (text) joins.push(sql`join ${text} m on m.id = r.id`);

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
  for (const kind of ["cuisine", "category", "diet", "tag"] as const) {
    const value = query[kind];
    if (value === undefined) continue;
    where.push(sql`exists (select 1 from recipe_terms t
      where t.recipe_id = r.id and t.kind = ${kind} and t.value = ${foldText(value)})`);
  }
  if (query.maxTotalSeconds !== undefined) {
    where.push(sql`r.total_seconds <= ${query.maxTotalSeconds}`);
  }

  const sortKey =
    query.sort === "newest"
      ? sql`(0.0 - r.id)`
      : query.sort === "quickest"
        ? sql`coalesce(r.total_seconds * 1.0, ${sql.lit(NO_TIME)})`
        : words.length > 0
          ? sql`(0.0 - ${coverage} - f.matched * 0.001)`
          : text
            ? sql`m.score`
            : sql`(0.0 - r.id)`;

  const cursor = query.after
    ? sql`where c.sort_key > ${query.after.key} or (c.sort_key = ${query.after.key} and c.id < ${query.after.id})`
    : sql``;

  const { rows } = await sql<Row>`
    select * from (
      select r.id, r.slug, r.title, r.summary, r.created_at, r.total_seconds,
        ${coverage} as coverage, ${sortKey} as sort_key
      from recipes r
      ${sql.join(joins, sql` `)}
      where ${sql.join(where, sql` and `)}
    ) c
    ${cursor}
    order by c.sort_key asc, c.id desc
    limit ${query.limit}`.execute(db);

  return rows.map((row) => ({
    id: String(row.id),
    slug: row.slug,
    title: row.title,
    ...(row.summary !== null && { summary: row.summary }),
    createdAt: new Date(row.created_at),
    ...(row.total_seconds !== null && { totalSeconds: Number(row.total_seconds) }),
    ...(row.coverage !== null && { coverage: Number(row.coverage) }),
    key: Number(row.sort_key),
  }));
}
