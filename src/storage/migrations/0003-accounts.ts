import { type Kysely, sql } from "kysely";
import type { DialectName } from "../storage-dialect.js";
import { generatedId } from "./generated-id.js";

/** Accounts and who may see what: users, sessions and API tokens (only hashes of their secrets
 *  are kept), password resets, shared libraries (households), boards of pins, and each recipe's
 *  owner, visibility and share token. Rows written before this migration belong to the site
 *  (owner_id null) and stay public, so a first start still shows the founding post. */
export function createAccounts(dialect: DialectName) {
  const id = generatedId(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("users")
        .addColumn("id", "integer", id)
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull().defaultTo("user"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

      await db.schema
        .createTable("api_tokens")
        .addColumn("id", "integer", id)
        .addColumn("user_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text")
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("api_tokens_user").on("api_tokens").column("user_id").execute();

      await db.schema
        .createTable("password_resets")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("used_at", "text")
        .execute();

      await db.schema
        .createTable("library_members")
        .addColumn("owner_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("member_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("access", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("library_members_pk", ["owner_id", "member_id"])
        .execute();
      await db.schema
        .createIndex("library_members_member")
        .on("library_members")
        .column("member_id")
        .execute();

      // One column per statement: SQLite's ALTER TABLE adds one at a time.
      await db.schema
        .alterTable("recipes")
        .addColumn("owner_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      await db.schema
        .alterTable("recipes")
        .addColumn("visibility", "text", (c) => c.notNull().defaultTo("public"))
        .execute();
      await db.schema.alterTable("recipes").addColumn("share_token", "text").execute();
      await db.schema
        .createIndex("recipes_owner")
        .on("recipes")
        .columns(["owner_id", "id"])
        .execute();
      await db.schema
        .createIndex("recipes_share_token")
        .unique()
        .on("recipes")
        .column("share_token")
        .execute();
      await sql`create index recipes_visibility on recipes (visibility, id)`.execute(db);

      await db.schema
        .createTable("boards")
        .addColumn("id", "integer", id)
        .addColumn("owner_id", "integer", (c) =>
          c.notNull().references("users.id").onDelete("cascade"),
        )
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull().defaultTo("private"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("boards_owner").on("boards").column("owner_id").execute();

      await db.schema
        .createTable("pins")
        .addColumn("board_id", "integer", (c) =>
          c.notNull().references("boards.id").onDelete("cascade"),
        )
        .addColumn("recipe_id", "integer", (c) =>
          c.notNull().references("recipes.id").onDelete("cascade"),
        )
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("pins_pk", ["board_id", "recipe_id"])
        .execute();
      await db.schema.createIndex("pins_recipe").on("pins").column("recipe_id").execute();
    },
  };
}
