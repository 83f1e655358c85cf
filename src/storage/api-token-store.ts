import type { Kysely, Selectable } from "kysely";
import type { ApiToken, ApiTokenStore } from "../app/account-ports.js";
import type { ApiTokensTable, Database } from "./database.js";
import { isWriteRefusal } from "./storage-failure.js";

const toToken = (row: Selectable<ApiTokensTable>): ApiToken => ({
  id: String(row.id),
  userId: String(row.user_id),
  name: row.name,
  createdAt: new Date(row.created_at),
  ...(row.last_used_at !== null && { lastUsedAt: new Date(row.last_used_at) }),
  ...(row.revoked_at !== null && { revokedAt: new Date(row.revoked_at) }),
});

export function createApiTokenStore(db: Kysely<Database>): ApiTokenStore {
  return {
    async create({ userId, name, tokenHash, now }) {
      const row = await db
        .insertInto("api_tokens")
        .values({
          user_id: Number(userId),
          name,
          token_hash: tokenHash,
          created_at: now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },
    async useActive(tokenHash, now) {
      try {
        const row = await db
          .updateTable("api_tokens")
          .set({ last_used_at: now.toISOString() })
          .where("token_hash", "=", tokenHash)
          .where("revoked_at", "is", null)
          .returningAll()
          .executeTakeFirst();
        return row ? toToken(row) : undefined;
      } catch (error) {
        // "Last used" is bookkeeping: a full or read-only database still lets a token read.
        if (!isWriteRefusal(error)) throw error;
        const row = await db
          .selectFrom("api_tokens")
          .selectAll()
          .where("token_hash", "=", tokenHash)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        return row ? toToken(row) : undefined;
      }
    },
    async listOf(userId) {
      const rows = await db
        .selectFrom("api_tokens")
        .selectAll()
        .where("user_id", "=", Number(userId))
        .orderBy("id")
        .execute();
      return rows.map(toToken);
    },
    async revoke(id, userId, now) {
      if (!/^\d{1,15}$/.test(id)) return false;
      const result = await db
        .updateTable("api_tokens")
        .set({ revoked_at: now.toISOString() })
        .where("id", "=", Number(id))
        .where("user_id", "=", Number(userId))
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
