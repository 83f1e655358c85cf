import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";

/** After 0010 a duplicate check by owner reads one index entry, not all the owner's recipes. */
describe.each(DIALECTS)("the hash-and-owner index on %s", (dialect) => {
  let storage: TempStorage;
  beforeAll(async () => {
    storage = await openTempStorage(dialect);
  });
  afterAll(() => storage.close());

  it("replaces the index on the hash alone", async () => {
    const { rows } =
      dialect === "sqlite"
        ? await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'recipes'`.execute(storage.db)
        : await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'recipes'`.execute(storage.db);
    const names = rows.map((r) => r.name);
    expect(names).toContain("recipes_hash_owner");
    expect(names).not.toContain("recipes_content_hash");
  });
});

// PostgreSQL plans on statistics, so an empty table proves nothing there; SQLite plans on shape.
describe("the hash-and-owner index in SQLite's plans", () => {
  it.each([
    ["one owner's", sql`owner_id = ${1}`],
    ["the site's", sql`owner_id is null`],
  ])("finds %s copy of a recipe through it", async (_, owner) => {
    const storage = await openTempStorage();
    try {
      const { rows } = await sql<{ detail: string }>`explain query plan
        select * from recipes where content_hash = ${"h"} and ${owner}`.execute(storage.db);
      expect(rows.map((r) => r.detail).join("; ")).toContain("USING INDEX recipes_hash_owner");
    } finally {
      await storage.close();
    }
  });
});
