import { type Kysely, type RawBuilder, sql } from "kysely";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";
import type { Database } from "./database.js";

const MAX_FOODS = 20;
const MAX_WORDS = 6;
/** Coverage thresholds tried in turn, as fractions: first the recipes your foods cover wholly,
 *  then half, a third...; the last (0) reads every recipe that uses any of them. */
export const THRESHOLDS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 6],
  [1, 10],
  [1, 20],
  [0, 1],
];

/** A food to look for: all its words in one ingredient ("fish sauce" is not soy sauce). The
 *  rarest word leads; the others are checked in the same ingredient. */
export interface FoodTerm {
  readonly lead: string;
  readonly others: readonly string[];
}

/** Foods at hand → their stemmed words, duplicates and wordless ones dropped. */
export function foodsOf(foods: readonly string[]): string[][] {
  const unique = new Map<string, string[]>();
  for (const food of foods.slice(0, MAX_FOODS)) {
    const words = [...new Set(stemWords(foldText(food)))].slice(0, MAX_WORDS);
    if (words.length > 0) unique.set([...words].sort().join(" "), words);
  }
  return [...unique.values()];
}

/** Orders the foods rarest first, each led by its rarest word (by its count of recipes). */
export async function planFoods(db: Kysely<Database>, foods: string[][]): Promise<FoodTerm[]> {
  const rows = await db
    .selectFrom("food_word_counts")
    .select(["word", "recipes"])
    .where("word", "in", [...new Set(foods.flat())])
    .execute();
  const count = new Map(rows.map((r) => [r.word, Number(r.recipes)]));
  const rarity = (word: string) => count.get(word) ?? 0;
  const byRarity = (a: string, b: string) => rarity(a) - rarity(b);
  return foods
    .map((words) => [...words].sort(byRarity))
    .sort((a, b) => byRarity(a[0]!, b[0]!))
    .map(([lead, ...others]) => ({ lead: lead!, others }));
}

/** The other words of a food, joined in the same ingredient of the same recipe: joins, not
 *  EXISTS probes, so that the planner may start from the rarer word (0.3 ms instead of 11).
 *  Each joined word carries the size bound too, or a planner starting from it reads all. */
const sameIngredient = (alias: string, others: readonly string[], maxSize?: number) =>
  sql.join(
    others.map((word, i) => {
      const q = sql.ref(`${alias}${i}`);
      const bound = maxSize === undefined ? sql`` : sql` and ${q}.recipe_size <= ${maxSize}`;
      return sql` join recipe_foods ${q} on ${q}.word = ${word}${bound}
        and ${q}.recipe_size = ${sql.ref(`${alias}.recipe_size`)}
        and ${q}.recipe_id = ${sql.ref(`${alias}.recipe_id`)}
        and ${q}.ingredient = ${sql.ref(`${alias}.ingredient`)}`;
    }),
    sql``,
  );

/** The recipes (as rows with `found`, how many of the foods they use) that reach the coverage
 *  `threshold`, and no others. A recipe whose rarest food at hand is the i-th uses at most the
 *  foods from i on, so it can reach the threshold only with at most that many / threshold
 *  ingredients: the i-th food's entries are read that far into the (word, size) key and no
 *  further. Garlic, last, is read only for the smallest recipes. A recipe's lists give its
 *  count; only a food whose list stopped short of the recipe's size is looked up, and only
 *  when the recipe could still reach the threshold with it. */
export function foodCandidates(
  foods: readonly FoodTerm[],
  threshold: readonly [number, number],
): RawBuilder<unknown> {
  const [num, den] = threshold;
  const bounds = foods.map((_, i) =>
    num > 0 ? Math.floor(((foods.length - i) * den) / num) : undefined,
  );
  const lists = foods.map((food, i) => {
    const size = bounds[i] === undefined ? sql`` : sql` and p.recipe_size <= ${bounds[i]}`;
    return sql`select distinct p.recipe_id, p.recipe_size
      from recipe_foods p${sameIngredient("p", food.others, bounds[i])}
      where p.word = ${food.lead}${size}`;
  });
  const unread = foods.flatMap((food, i) =>
    bounds[i] === undefined ? [] : [{ food, bound: bounds[i] }],
  );
  const could = unread.map(({ bound }) => sql` + case when c.size <= ${bound} then 0 else 1 end`);
  const uses = unread.map(
    ({ food, bound }) => sql` + case when c.size <= ${bound} then 0
      when exists (select 1 from recipe_foods x${sameIngredient("x", food.others)}
        where x.word = ${food.lead} and x.recipe_size = c.size and x.recipe_id = c.recipe_id)
      then 1 else 0 end`,
  );
  // Scored from the index alone (the size is in its key): only recipes that reach the
  // threshold are read from the recipes table.
  return sql`(select r.id, r.slug, r.title, r.summary, r.created_at, r.total_seconds,
      r.ingredient_count, r.visibility, r.owner_id, s.found
    from (select c.recipe_id, c.size, (c.counted${sql.join(uses, sql``)}) as found
      from (select recipe_id, recipe_size as size, count(*) as counted
        from (${sql.join(lists, sql` union all `)}) u group by recipe_id, recipe_size) c
      where (c.counted${sql.join(could, sql``)}) * ${den} >= ${num} * c.size) s
    cross join recipes r
    where s.found * ${den} >= ${num} * s.size and r.id = s.recipe_id)`;
}
