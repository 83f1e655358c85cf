import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("recipes")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("source_url", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("recipes_content_hash")
    .on("recipes")
    .column("content_hash")
    .execute();
  await db.schema.createIndex("recipes_source_url").on("recipes").column("source_url").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("recipes").execute();
}
