import { type Kysely, sql } from "kysely";
import type { DialectName } from "../storage-dialect.js";

/** The food-word index gains each recipe's ingredient count in its key, (word, recipe_size,
 *  recipe_id, ingredient): "what can I make with these" reads the recipes with few ingredients
 *  first and stops when no larger recipe can be covered better, instead of counting every
 *  recipe that uses garlic. The old table is copied and dropped in the same transaction. */
export function createFoodsByRecipeSize(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table recipe_foods (
        word text not null,
        recipe_size integer not null,
        recipe_id integer not null references recipes (id) on delete cascade,
        ingredient integer not null,
        constraint recipe_foods_pk primary key (word, recipe_size, recipe_id, ingredient)
      ) ${dialect === "sqlite" ? sql`without rowid` : sql``}`.execute(db);
      await sql`insert into recipe_foods (word, recipe_size, recipe_id, ingredient)
        select w.word, r.ingredient_count, w.recipe_id, w.ingredient
        from recipe_food_words w join recipes r on r.id = w.recipe_id`.execute(db);
      await sql`create index recipe_foods_recipe on recipe_foods (recipe_id)`.execute(db);
      await sql`drop table recipe_food_words`.execute(db);
      await sql`create table food_word_counts (
        word text not null primary key,
        recipes integer not null
      )`.execute(db);
      await sql`insert into food_word_counts (word, recipes)
        select word, count(distinct recipe_id) from recipe_foods group by word`.execute(db);
    },
  };
}
