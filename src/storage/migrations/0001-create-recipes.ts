import { type Kysely, sql } from "kysely";
import type { DialectName } from "../storage-dialect.js";
import { generatedId } from "./generated-id.js";

export function createRecipes(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("recipes")
        .addColumn("id", "integer", generatedId(dialect))
        .addColumn("slug", "text", (c) => c.notNull().unique())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("summary", "text")
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("source_url", "text")
        .addColumn("total_seconds", "integer")
        .addColumn("ingredient_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("recipes_content_hash")
        .on("recipes")
        .column("content_hash")
        .execute();
      await db.schema
        .createIndex("recipes_source_url")
        .on("recipes")
        .column("source_url")
        .execute();
      // The "quickest" sort key of recipe-search.ts, indexed as the very same expression.
      await sql`create index recipes_quickest on recipes
        ((coalesce(total_seconds, 1000000000000)), id)`.execute(db);

      await db.schema
        .createTable("recipe_terms")
        .addColumn("recipe_id", "integer", (c) =>
          c.notNull().references("recipes.id").onDelete("cascade"),
        )
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("recipe_terms_pk", ["kind", "value", "recipe_id"])
        .execute();
      await db.schema
        .createIndex("recipe_terms_recipe")
        .on("recipe_terms")
        .column("recipe_id")
        .execute();

      await db.schema
        .createTable("recipe_food_words")
        .addColumn("recipe_id", "integer", (c) =>
          c.notNull().references("recipes.id").onDelete("cascade"),
        )
        .addColumn("ingredient", "integer", (c) => c.notNull())
        .addColumn("word", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("recipe_food_words_pk", ["word", "recipe_id", "ingredient"])
        .execute();
      await db.schema
        .createIndex("recipe_food_words_recipe")
        .on("recipe_food_words")
        .column("recipe_id")
        .execute();
    },
  };
}
