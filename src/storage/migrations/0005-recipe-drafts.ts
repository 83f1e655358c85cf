import type { Kysely } from "kysely";
import type { DialectName } from "../storage-dialect.js";
import { generatedId } from "./generated-id.js";

/** Drafts live in their own table, never in `recipes`: so no listing, search, feed or sitemap
 *  can show one by forgetting a filter, and a draft of a published recipe leaves the published
 *  version as it is until the draft is published. Only their owner reads them. */
export function createRecipeDrafts(dialect: DialectName) {
  const id = generatedId(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("recipe_drafts")
        .addColumn("id", "integer", id)
        .addColumn("owner_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("recipe_id", "integer", (c) => c.references("recipes.id").onDelete("cascade"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("recipe_drafts_owner")
        .on("recipe_drafts")
        .columns(["owner_id", "id"])
        .execute();
    },
  };
}
