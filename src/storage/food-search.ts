import type { Kysely } from "kysely";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";
import type { Database } from "./database.js";
import { classUpper, decodeBlocks, type Postings, SIZE_CLASSES } from "./food-postings.js";

const MAX_FOODS = 20;
const MAX_WORDS = 6;

/** Foods at hand → their stemmed words, duplicates and wordless ones dropped. */
export function foodsOf(foods: readonly string[]): string[][] {
  const unique = new Map<string, string[]>();
  for (const food of foods.slice(0, MAX_FOODS)) {
    const words = [...new Set(stemWords(foldText(food)))].slice(0, MAX_WORDS);
    if (words.length > 0) unique.set([...words].sort().join(" "), words);
  }
  return [...unique.values()];
}

/** Recipes in id order with how many of the foods each uses and its size. */
interface Counted {
  readonly ids: number[];
  readonly found: number[];
  readonly sizes: number[];
}

const NONE: Postings = {
  ids: new Uint32Array(0),
  ingredients: new Uint16Array(0),
  sizes: new Uint16Array(0),
};

/** Every word's postings in one size class, decoded. */
async function readClass(
  db: Kysely<Database>,
  words: readonly string[],
  cls: number,
): Promise<Map<string, Postings>> {
  const rows = await db
    .selectFrom("food_postings")
    .select(["word", "data"])
    .where("size_class", "=", cls)
    .where("word", "in", words)
    .orderBy("word")
    .orderBy("first_id")
    .execute();
  const blocks = new Map<string, Uint8Array[]>();
  for (const { word, data } of rows) {
    const list = blocks.get(word);
    if (list) list.push(data);
    else blocks.set(word, [data]);
  }
  return new Map([...blocks].map(([word, list]) => [word, decodeBlocks(list)]));
}

/** The recipes (ids ascending, with sizes) that use a food: all its words in one ingredient
 *  ("fish sauce" is not soy sauce), walked together in (id, ingredient) order. */
export function recipesUsing(lists: readonly Postings[]): { ids: number[]; sizes: number[] } {
  const ids: number[] = [];
  const sizes: number[] = [];
  const [lead, ...others] = [...lists].sort((a, b) => a.ids.length - b.ids.length);
  if (!lead) return { ids, sizes };
  const at = others.map(() => 0);
  for (let i = 0; i < lead.ids.length; i++) {
    const id = lead.ids[i]!;
    const ingredient = lead.ingredients[i]!;
    let all = true;
    for (let o = 0; o < others.length && all; o++) {
      const list = others[o]!;
      let j = at[o]!;
      while (
        j < list.ids.length &&
        (list.ids[j]! < id || (list.ids[j] === id && list.ingredients[j]! < ingredient))
      ) {
        j++;
      }
      at[o] = j;
      all = list.ids[j] === id && list.ingredients[j] === ingredient;
    }
    if (all && ids.at(-1) !== id) {
      ids.push(id);
      sizes.push(lead.sizes[i]!);
    }
  }
  return { ids, sizes };
}

/** Each food's recipes, merged: how many of the foods each recipe uses. */
export function countFoods(perFood: ReadonlyArray<{ ids: number[]; sizes: number[] }>): Counted {
  let acc: Counted = { ids: [], found: [], sizes: [] };
  for (const food of perFood) {
    const out: Counted = { ids: [], found: [], sizes: [] };
    let i = 0;
    let j = 0;
    while (i < acc.ids.length || j < food.ids.length) {
      const a = acc.ids[i] ?? Number.POSITIVE_INFINITY;
      const b = food.ids[j] ?? Number.POSITIVE_INFINITY;
      out.ids.push(Math.min(a, b));
      out.found.push((a <= b ? acc.found[i]! : 0) + (b <= a ? 1 : 0));
      out.sizes.push(a <= b ? acc.sizes[i]! : food.sizes[j]!);
      if (a <= b) i++;
      if (b <= a) j++;
    }
    acc = out;
  }
  return acc;
}

/** Recipes whose place in the ranking is settled, best first. */
export interface Ranked {
  readonly ids: number[];
  readonly coverage: number[];
}

/** The recipes that use any of the foods, by coverage (the share of a recipe's ingredients the
 *  foods use) and then id, in settled runs. Size classes are read smallest first: a recipe in
 *  a larger class uses at most all the foods, so once class c is read every recipe covered
 *  more than foods / (its largest size + 1) is known and placed; the caller stops reading when
 *  it has a page. Exact: the property test counts every recipe the slow way. */
export async function* rankByFoods(
  db: Kysely<Database>,
  foods: readonly string[][],
): AsyncGenerator<Ranked> {
  const words = [...new Set(foods.flat())];
  // Unsettled recipes by coverage, as runs in id order (one per class read).
  const pending = new Map<number, number[][]>();
  for (let cls = 0; cls < SIZE_CLASSES; cls++) {
    const lists = await readClass(db, words, cls);
    const counted = countFoods(
      foods.map((food) => recipesUsing(food.map((w) => lists.get(w) ?? NONE))),
    );
    // This class's recipes, by coverage: one run in id order for each coverage.
    const fresh = new Map<number, number[]>();
    for (let i = 0; i < counted.ids.length; i++) {
      const coverage = counted.found[i]! / counted.sizes[i]!;
      const run = fresh.get(coverage);
      if (run) run.push(counted.ids[i]!);
      else fresh.set(coverage, [counted.ids[i]!]);
    }
    for (const [coverage, run] of fresh) {
      const runs = pending.get(coverage);
      if (runs) runs.push(run);
      else pending.set(coverage, [run]);
    }
    const bound = foods.length / (classUpper(cls) + 1);
    const settled = [...pending.keys()].filter((c) => c > bound).sort((a, b) => b - a);
    const ranked: Ranked = { ids: [], coverage: [] };
    for (const coverage of settled) {
      const runs = pending.get(coverage)!;
      pending.delete(coverage);
      const ids = runs.length === 1 ? runs[0]! : runs.flat().sort((a, b) => a - b);
      for (const id of ids) {
        ranked.ids.push(id);
        ranked.coverage.push(coverage);
      }
    }
    if (ranked.ids.length > 0) yield ranked;
  }
}
