import type { Kysely, Selectable } from "kysely";
import type { User, UserStore } from "../app/account-ports.js";
import type { Database, UsersTable } from "./database.js";

const toUser = (row: Selectable<UsersTable>): User => ({
  id: String(row.id),
  email: row.email,
  name: row.name,
  role: row.role === "admin" ? "admin" : "user",
  createdAt: new Date(row.created_at),
});

const toId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : -1);

export function createUserStore(db: Kysely<Database>): UserStore {
  return {
    async create({ email, name, passwordHash, role, now }) {
      const row = await db
        .insertInto("users")
        .values({ email, name, password_hash: passwordHash, role, created_at: now.toISOString() })
        .onConflict((oc) => oc.column("email").doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async findByEmail(email) {
      const row = await db
        .selectFrom("users")
        .selectAll()
        .where("email", "=", email)
        .executeTakeFirst();
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    async findById(id) {
      const row = await db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async setPasswordHash(id, passwordHash) {
      await db
        .updateTable("users")
        .set({ password_hash: passwordHash })
        .where("id", "=", toId(id))
        .execute();
    },
    async setRole(id, role) {
      await db.updateTable("users").set({ role }).where("id", "=", toId(id)).execute();
    },
    async list() {
      return (await db.selectFrom("users").selectAll().orderBy("id").execute()).map(toUser);
    },
    async count() {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
