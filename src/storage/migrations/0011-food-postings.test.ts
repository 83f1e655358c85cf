import { type Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import type { StoredRecipe } from "../../app/ports.js";
import { toSearchDocument } from "../search-document.js";
import { createFoodsByRecipeSize } from "./0009-foods-by-recipe-size.js";
import { createFoodPostings } from "./0011-food-postings.js";

const dish = (slug: string, foods: string[]) =>
  makeRecipe({
    title: slug,
    slug,
    ingredientGroups: [{ ingredients: foods.map((food) => ({ text: food, food })) }],
  });

/** Recipes of several size classes, sharing foods: rice noodles and rice, star anise twice. */
const DISHES = [
  dish("pho", ["rice noodles", "star anise", "beef", "fish sauce", "lime", "basil", "onion"]),
  dish("rice", ["rice"]),
  dish("mulled-wine", ["red wine", "star anise", "orange"]),
  dish(
    "big-stew",
    Array.from({ length: 30 }, (_, i) => (i === 0 ? "beef" : `spice ${i}`)),
  ),
];

/** (word, recipe size, recipe, ingredient) rows, as the food index held them before 0011. */
const foodRows = (stored: readonly StoredRecipe[]) =>
  stored.flatMap((s) => {
    const doc = toSearchDocument(s.recipe);
    return doc.foodWords.map((f) => ({
      word: f.word,
      size: doc.ingredientCount,
      id: Number(s.id),
      ingredient: f.ingredient,
    }));
  });

describe.each(DIALECTS)("the food index migrations on %s", (dialect) => {
  let storage: TempStorage;
  let db: Kysely<unknown>;
  let stored: StoredRecipe[];
  beforeEach(async () => {
    storage = await openTempStorage(dialect);
    db = storage.db as unknown as Kysely<unknown>;
    stored = await storage.store.insertMany(
      DISHES.map((recipe, i) => ({ recipe, contentHash: `h${i}`, now: new Date() })),
    );
  });
  afterEach(() => storage.close());

  const postings = async () =>
    (
      await sql<{ word: string; size_class: number; first_id: number; data: Uint8Array }>`
        select word, size_class, first_id, data from food_postings
        order by word, size_class, first_id`.execute(db)
    ).rows.map((r) => [r.word, Number(r.size_class), Number(r.first_id), Buffer.from(r.data)]);
  const foodWords = async () =>
    (
      await sql<{ food_words: string }>`select food_words from recipes order by id`.execute(db)
    ).rows.map((r) => r.food_words.split(" ").sort().join(" "));

  /** Back to the schema before 0011, with the same recipes: the index as rows again. */
  const before0011 = async () => {
    await sql`drop table food_postings`.execute(db);
    await sql`alter table recipes drop column food_words`.execute(db);
    await sql`create table recipe_foods (word text not null, recipe_size integer not null,
      recipe_id integer not null, ingredient integer not null,
      primary key (word, recipe_size, recipe_id, ingredient))`.execute(db);
    await sql`create table food_word_counts (word text primary key, recipes integer not null)`.execute(
      db,
    );
    for (const r of foodRows(stored)) {
      await sql`insert into recipe_foods values (${r.word}, ${r.size}, ${r.id}, ${r.ingredient})`.execute(
        db,
      );
    }
  };

  it("turns the index rows of 0009 into the postings the store writes, and search reads them", async () => {
    const written = await postings();
    const words = await foodWords();
    const hits = await storage.store.search({
      foods: ["beef", "star anise"],
      sort: "relevance",
      limit: 9,
    });
    expect(hits.map((h) => [h.slug, h.coverage])).toEqual([
      ["mulled-wine", 1 / 3],
      ["pho", 2 / 7],
      ["big-stew", 1 / 30],
    ]);
    await before0011();
    await createFoodPostings(dialect).up(db);
    expect(await postings()).toEqual(written);
    expect(await foodWords()).toEqual(words);
    expect(words[0]).toContain("anis");
    expect(
      await storage.store.search({ foods: ["beef", "star anise"], sort: "relevance", limit: 9 }),
    ).toEqual(hits);
    // Taking a migrated recipe out uses the words the migration kept for it.
    await storage.store.delete(stored[0]!.id);
    expect(
      (await storage.store.search({ foods: ["star anise"], sort: "relevance", limit: 9 })).map(
        (h) => h.slug,
      ),
    ).toEqual(["mulled-wine"]);
  });

  it("carries a database from before 0009 through 0009 and 0011", async () => {
    const written = await postings();
    await before0011();
    // Before 0009: no recipe size in the key, no counts.
    await sql`create table recipe_food_words (recipe_id integer not null, ingredient integer not null,
      word text not null, primary key (word, recipe_id, ingredient))`.execute(db);
    await sql`insert into recipe_food_words select recipe_id, ingredient, word from recipe_foods`.execute(
      db,
    );
    await sql`drop table recipe_foods`.execute(db);
    await sql`drop table food_word_counts`.execute(db);

    await createFoodsByRecipeSize(dialect).up(db);
    const rows = await sql<{
      word: string;
      recipe_size: number;
      recipe_id: number;
      ingredient: number;
    }>`
      select word, recipe_size, recipe_id, ingredient from recipe_foods
      order by word, recipe_id, ingredient`.execute(db);
    const want = foodRows(stored).sort((a, b) =>
      a.word < b.word ? -1 : a.word > b.word ? 1 : a.id - b.id || a.ingredient - b.ingredient,
    );
    expect(
      rows.rows.map((r) => [
        r.word,
        Number(r.recipe_size),
        Number(r.recipe_id),
        Number(r.ingredient),
      ]),
    ).toEqual(want.map((r) => [r.word, r.size, r.id, r.ingredient]));
    await createFoodPostings(dialect).up(db);
    expect(await postings()).toEqual(written);
  });
});
