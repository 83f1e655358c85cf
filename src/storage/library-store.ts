import type { Kysely } from "kysely";
import type { LibraryStore } from "../app/account-ports.js";
import type { Database } from "./database.js";

export function createLibraryStore(db: Kysely<Database>): LibraryStore {
  return {
    async share({ ownerId, memberId, access, now }) {
      await db
        .insertInto("library_members")
        .values({
          owner_id: Number(ownerId),
          member_id: Number(memberId),
          access,
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(["owner_id", "member_id"]).doUpdateSet({ access }))
        .execute();
    },
    async unshare(ownerId, memberId) {
      if (!/^\d{1,15}$/.test(memberId)) return false;
      const result = await db
        .deleteFrom("library_members")
        .where("owner_id", "=", Number(ownerId))
        .where("member_id", "=", Number(memberId))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async librariesOf(memberId) {
      const rows = await db
        .selectFrom("library_members")
        .select(["owner_id", "access"])
        .where("member_id", "=", Number(memberId))
        .orderBy("owner_id")
        .execute();
      return rows.map((r) => ({ ownerId: String(r.owner_id), access: r.access }));
    },
    async membersOf(ownerId) {
      const rows = await db
        .selectFrom("library_members as m")
        .innerJoin("users as u", "u.id", "m.member_id")
        .select(["m.member_id", "m.access", "u.name", "u.email"])
        .where("m.owner_id", "=", Number(ownerId))
        .orderBy("u.name")
        .execute();
      return rows.map((r) => ({
        memberId: String(r.member_id),
        name: r.name,
        email: r.email,
        access: r.access,
      }));
    },
  };
}
