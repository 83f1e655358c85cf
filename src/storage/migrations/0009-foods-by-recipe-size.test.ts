import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createFoodsByRecipeSize } from "./0009-foods-by-recipe-size.js";

describe.each(DIALECTS)("the foods-by-recipe-size migration on %s", (dialect) => {
  let storage: TempStorage;
  beforeAll(async () => {
    storage = await openTempStorage(dialect);
  });
  afterAll(() => storage.close());

  it("moves every food word of the recipes kept before it, with their recipe's size", async () => {
    const dish = (slug: string, foods: string[]) =>
      makeRecipe({
        title: slug,
        slug,
        ingredientGroups: [{ ingredients: foods.map((food) => ({ text: food, food })) }],
      });
    await storage.store.insertMany(
      [dish("pho", ["rice noodles", "star anise", "beef"]), dish("rice", ["rice"])].map(
        (recipe, i) => ({ recipe, contentHash: `h${i}`, now: new Date() }),
      ),
    );
    const db = storage.db as unknown as Kysely<unknown>;
    // As a database from before the migration: the old table, no recipe_size.
    await sql`create table recipe_food_words (recipe_id integer not null, ingredient integer not null,
      word text not null, primary key (word, recipe_id, ingredient))`.execute(db);
    await sql`insert into recipe_food_words select recipe_id, ingredient, word from recipe_foods`.execute(
      db,
    );
    const before = await sql`select word, recipe_size, recipe_id, ingredient from recipe_foods
      order by word, recipe_id, ingredient`.execute(db);
    await sql`drop table recipe_foods`.execute(db);
    await sql`drop table food_word_counts`.execute(db);

    await createFoodsByRecipeSize(dialect).up(db);
    const after = await sql`select word, recipe_size, recipe_id, ingredient from recipe_foods
      order by word, recipe_id, ingredient`.execute(db);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.length).toBeGreaterThan(4);
    const counts = await sql<{ word: string; recipes: number }>`select word, recipes
      from food_word_counts where word in ('rice', 'anise', 'beef') order by word`.execute(db);
    expect(counts.rows.map((r) => [r.word, Number(r.recipes)])).toEqual([
      ["anise", 1],
      ["beef", 1],
      ["rice", 2],
    ]);
    const hits = await storage.store.search({ foods: ["rice"], sort: "relevance", limit: 5 });
    expect(hits.map((h) => [h.slug, h.coverage])).toEqual([
      ["rice", 1],
      ["pho", 1 / 3],
    ]);
  });
});
