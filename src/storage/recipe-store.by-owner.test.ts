import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import type { OwnerKey } from "../app/ports.js";

/** RecipeStore.listStoredOf, the contract on both databases: one owner's whole recipes in id
 *  pages, read through the (owner_id, id) index rather than by walking everyone's. */
describe.each(DIALECTS)("listStoredOf on %s", (dialect) => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage(dialect);
  });
  afterEach(() => storage.close());

  const pagesOf = async (owner: OwnerKey) => {
    const slugs: string[][] = [];
    for (let afterId: string | undefined; ; ) {
      const page = await storage.store.listStoredOf(owner, {
        limit: 2,
        ...(afterId && { afterId }),
      });
      if (page.length > 0) slugs.push(page.map((s) => s.recipe.slug));
      if (page.length < 2) return slugs;
      afterId = page.at(-1)!.id;
    }
  };

  it("pages through one owner's recipes in id order and no one else's", async () => {
    const now = new Date("2026-01-01T00:00:00.000Z");
    const make = (email: string) =>
      storage.accounts.users.create({ email, name: email, passwordHash: "x", role: "user", now });
    const ann = (await make("ann@example.org"))!.id;
    const ben = (await make("ben@example.org"))!.id;
    const owners = [ann, ben, undefined, ann, ben, ann];
    await storage.store.insertMany(
      owners.map((ownerId, i) => ({
        recipe: makeRecipe({ title: `R${i}`, slug: `r${i}` }),
        contentHash: `h${i}`,
        now,
        ...(ownerId && { ownerId, visibility: "private" as const }),
      })),
    );
    expect(await pagesOf(ann)).toEqual([["r0", "r3"], ["r5"]]);
    expect(await pagesOf(ben)).toEqual([["r1", "r4"]]);
    expect(await pagesOf(null)).toEqual([["r2"]]);
    const [first] = await storage.store.listStoredOf(ann, { limit: 1 });
    expect(first).toMatchObject({ ownerId: ann, visibility: "private", recipe: { title: "R0" } });
    expect(await storage.store.listStoredOf(String(Number(ben) + 99), { limit: 5 })).toEqual([]);
  });
});

describe("listStoredOf's query on SQLite", () => {
  it("reads the owner index, not the whole table", async () => {
    const storage = await openTempStorage();
    try {
      // The statement the store sends (owner, then the keyset cursor), as SQLite plans it.
      const plan = await sql<{ detail: string }>`explain query plan
        select * from recipes where owner_id = ${1} and id > ${0} order by id asc limit 100`.execute(
        storage.db,
      );
      expect(plan.rows.map((r) => r.detail).join("; ")).toMatch(/USING INDEX recipes_owner/);
    } finally {
      await storage.close();
    }
  });
});
