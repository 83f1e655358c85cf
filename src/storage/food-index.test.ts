import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { BLOCK_ENTRIES, blockEntries, byEntry, sizeClass } from "./food-postings.js";
import { toSearchDocument } from "./search-document.js";

const FOODS = ["garlic", "fish sauce", "lime", "rice", "pork mince", "sugar"];

const dish = (slug: string, foods: string[]) =>
  makeRecipe({
    title: slug,
    slug,
    ingredientGroups: [{ ingredients: foods.map((food) => ({ text: food, food })) }],
  });

/** Foods for a recipe: garlic always (so its lists span many blocks), then 0-20 more. */
const draws = (n: number, seed: number) =>
  fc
    .sample(fc.array(fc.constantFrom(...FOODS), { maxLength: 20 }), { numRuns: n, seed })
    .map((more) => ["garlic", ...more]);

describe.each(DIALECTS)("the food index on %s", (dialect) => {
  let storage: TempStorage;
  const live = new Map<string, string[]>();
  let made = 0;
  const now = new Date("2026-01-01T00:00:00Z");

  beforeAll(async () => {
    storage = await openTempStorage(dialect);
  });
  afterAll(() => storage.close());

  const add = async (foodLists: string[][]) => {
    const stored = await storage.store.insertMany(
      foodLists.map((foods) => {
        made++;
        return { recipe: dish(`dish-${made}`, foods), contentHash: `h${made}`, now };
      }),
    );
    for (const [i, s] of stored.entries()) live.set(s.id, foodLists[i]!);
  };

  /** The postings the database holds, as (word, class, id, ingredient, size), checking each
   *  word and class's blocks: ordered, disjoint, each within its first id's range, none empty,
   *  none much past the cap. */
  const held = async () => {
    const rows = await storage.db
      .selectFrom("food_postings")
      .select(["word", "size_class", "first_id", "data"])
      .orderBy("word")
      .orderBy("size_class")
      .orderBy("first_id")
      .execute();
    const out: string[] = [];
    let last: { key: string; id: number } | undefined;
    for (const row of rows) {
      const key = `${row.word} ${row.size_class}`;
      const entries = blockEntries(row.data);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThan(BLOCK_ENTRIES + 25);
      expect(entries[0]![0]).toBeGreaterThanOrEqual(Number(row.first_id));
      if (last?.key === key) expect(Number(row.first_id)).toBeGreaterThan(last.id);
      for (const [id, ingredient, size] of entries) {
        expect(sizeClass(size)).toBe(Number(row.size_class));
        out.push(`${row.word} ${row.size_class} ${id} ${ingredient} ${size}`);
      }
      expect(entries).toEqual([...entries].sort(byEntry));
      last = { key, id: entries.at(-1)![0] };
    }
    return out.sort();
  };

  /** What the postings must be: every live recipe's food words, computed from its foods. */
  const expected = () =>
    [...live]
      .flatMap(([id, foods]) => {
        const doc = toSearchDocument(dish("x", foods));
        return doc.foodWords.map(
          ({ word, ingredient }) =>
            `${word} ${sizeClass(doc.ingredientCount)} ${id} ${ingredient} ${doc.ingredientCount}`,
        );
      })
      .sort();

  it("keeps exactly the live recipes' entries through batches, edits and deletes", async () => {
    for (let batch = 0; batch < 4; batch++) await add(draws(120, batch));
    expect(await held()).toEqual(expected());
    const garlicBlocks = await storage.db
      .selectFrom("food_postings")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("word", "=", "garlic")
      .executeTakeFirstOrThrow();
    expect(Number(garlicBlocks.n)).toBeGreaterThan(SIZE_CLASSES_WITH_GARLIC);

    // Edits move old ids between classes and into the middle of lists; deletes empty blocks.
    const ids = [...live.keys()];
    const edits = fc.sample(fc.tuple(fc.constantFrom(...ids), fc.boolean()), {
      numRuns: 40,
      seed: 7,
    });
    const newFoods = draws(edits.length, 99);
    for (const [[id, remove], foods] of edits.map((e, i) => [e, newFoods[i]!] as const)) {
      if (!live.has(id)) continue;
      if (remove) {
        await storage.store.delete(id);
        live.delete(id);
      } else {
        const kept = foods.filter((f) => f !== "garlic");
        await storage.store.update(id, {
          recipe: dish(`edit-${id}`, kept),
          contentHash: `e${id}`,
          now,
        });
        live.set(id, kept);
      }
    }
    await add(draws(30, 11));
    expect(await held()).toEqual(expected());

    const hits = await storage.store.search({ foods: ["garlic"], sort: "relevance", limit: 1000 });
    const withGarlic = [...live].filter(([, foods]) => foods.includes("garlic"));
    expect(hits.length).toBe(withGarlic.length);
  });
});

/** Garlic is in recipes of every class from 1 to 21 ingredients: more blocks than classes
 *  means its lists were cut. */
const SIZE_CLASSES_WITH_GARLIC = 7;
