import type { Kysely } from "kysely";
import type { DialectName } from "../storage-dialect.js";
import { generatedId } from "./generated-id.js";

/** Shopping lists: each kept by one user, shared read-only by a revocable token; their items
 *  hold a merged food (amounts as JSON, checked by zod on the way out), its aisle and its place. */
export function createShoppingLists(dialect: DialectName) {
  const id = generatedId(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("shopping_lists")
        .addColumn("id", "integer", id)
        .addColumn("owner_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("share_token", "text", (c) => c.unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("shopping_lists_owner")
        .on("shopping_lists")
        .columns(["owner_id", "id"])
        .execute();

      await db.schema
        .createTable("shopping_list_items")
        .addColumn("id", "integer", id)
        .addColumn("list_id", "integer", (c) =>
          c.notNull().references("shopping_lists.id").onDelete("cascade"),
        )
        .addColumn("food_key", "text", (c) => c.notNull())
        .addColumn("food", "text", (c) => c.notNull())
        .addColumn("amounts", "text", (c) => c.notNull())
        .addColumn("aisle", "text", (c) => c.notNull())
        .addColumn("checked", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("recipe_ids", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("shopping_list_items_list")
        .on("shopping_list_items")
        .columns(["list_id", "position"])
        .execute();
    },
  };
}
