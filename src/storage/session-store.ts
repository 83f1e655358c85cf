import type { Kysely } from "kysely";
import type { SessionStore } from "../app/account-ports.js";
import type { Database } from "./database.js";

export function createSessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create({ tokenHash, userId, csrfToken, now, expiresAt }) {
      await db
        .insertInto("sessions")
        .values({
          token_hash: tokenHash,
          user_id: Number(userId),
          csrf_token: csrfToken,
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
        })
        .execute();
    },
    async find(tokenHash, now) {
      const row = await db
        .selectFrom("sessions")
        .select(["user_id", "csrf_token", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now.toISOString())
        .executeTakeFirst();
      return row
        ? {
            userId: String(row.user_id),
            csrfToken: row.csrf_token,
            expiresAt: new Date(row.expires_at),
          }
        : undefined;
    },
    async revoke(tokenHash, now) {
      await db
        .updateTable("sessions")
        .set({ revoked_at: now.toISOString() })
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .execute();
    },
    async revokeAllOf(userId, now) {
      await db
        .updateTable("sessions")
        .set({ revoked_at: now.toISOString() })
        .where("user_id", "=", Number(userId))
        .where("revoked_at", "is", null)
        .execute();
    },
  };
}
