import type { Kysely } from "kysely";
import type { PasswordResetStore } from "../app/account-ports.js";
import type { Database } from "./database.js";

export function createPasswordResetStore(db: Kysely<Database>): PasswordResetStore {
  return {
    async create({ tokenHash, userId, now, expiresAt }) {
      await db
        .insertInto("password_resets")
        .values({
          token_hash: tokenHash,
          user_id: Number(userId),
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
        })
        .execute();
    },
    async isUsable(tokenHash, now) {
      const row = await db
        .selectFrom("password_resets")
        .select("user_id")
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now.toISOString())
        .executeTakeFirst();
      return row !== undefined;
    },
    async consume(tokenHash, now) {
      // One UPDATE that checks and spends: two requests with one link cannot both succeed.
      const row = await db
        .updateTable("password_resets")
        .set({ used_at: now.toISOString() })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now.toISOString())
        .returning("user_id")
        .executeTakeFirst();
      return row ? String(row.user_id) : undefined;
    },
  };
}
