import type { Kysely } from "kysely";
import type { DialectName } from "../storage-dialect.js";
import { generatedId } from "./generated-id.js";

/** Meal plans: a user's entries (a recipe on a day and meal, with servings and a note), and the
 *  hash of each user's calendar-feed secret (one live secret per user; rotating replaces it). */
export function createMealPlans(dialect: DialectName) {
  const id = generatedId(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("plan_entries")
        .addColumn("id", "integer", id)
        .addColumn("owner_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("meal", "text", (c) => c.notNull())
        .addColumn("recipe_id", "integer", (c) =>
          c.notNull().references("recipes.id").onDelete("cascade"),
        )
        .addColumn("servings", "integer")
        .addColumn("note", "text")
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("plan_entries_owner_day")
        .on("plan_entries")
        .columns(["owner_id", "day", "meal", "position"])
        .execute();
      await db.schema
        .createIndex("plan_entries_recipe")
        .on("plan_entries")
        .column("recipe_id")
        .execute();

      await db.schema
        .createTable("plan_feeds")
        .addColumn("owner_id", "integer", (c) =>
          c.primaryKey().references("users.id").onDelete("cascade"),
        )
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
