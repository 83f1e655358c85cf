import type { Kysely } from "kysely";

/** Ratings and comments: one per user and recipe, which the recipe's keepers may hide. */
export function createRatings() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("recipe_ratings")
        .addColumn("recipe_id", "integer", (c) =>
          c.notNull().references("recipes.id").onDelete("cascade"),
        )
        .addColumn("user_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("stars", "integer", (c) => c.notNull())
        .addColumn("comment", "text")
        .addColumn("hidden", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("recipe_ratings_pk", ["recipe_id", "user_id"])
        .execute();
    },
  };
}
