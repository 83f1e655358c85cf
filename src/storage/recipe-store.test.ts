import { type Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { migrateToLatest } from "./migrate.js";

const recipe = (title: string, slug: string) =>
  makeRecipe({
    title,
    slug,
    ingredientGroups: [
      { ingredients: [{ text: "1 egg", food: "egg", quantity: { kind: "exact", value: 1 } }] },
    ],
    stepGroups: [
      {
        steps: [
          { text: "Boil for 7 minutes.", timers: [{ text: "7 minutes", duration: { min: 420 } }] },
        ],
      },
    ],
  });

describe("RecipeStore on SQLite", () => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage();
  });
  afterEach(() => storage.close());

  it("keeps a recipe whole and finds it by slug and by content hash", async () => {
    const now = new Date("2026-03-04T05:06:07.000Z");
    const stored = await storage.store.insert({
      recipe: recipe("Eggs", "eggs"),
      contentHash: "h1",
      now,
    });
    expect(stored.recipe).toEqual(recipe("Eggs", "eggs"));
    expect(stored.createdAt).toEqual(now);
    expect((await storage.store.findBySlug("eggs"))?.id).toBe(stored.id);
    expect((await storage.store.findByContentHash("h1"))?.recipe.title).toBe("Eggs");
    expect(await storage.store.findBySlug("nope")).toBeUndefined();
    expect(await storage.store.isSlugTaken("eggs")).toBe(true);
    expect(await storage.store.count()).toBe(1);
  });

  it("refuses a second recipe with the same slug and leaves the first untouched", async () => {
    const now = new Date();
    await storage.store.insert({ recipe: recipe("Eggs", "eggs"), contentHash: "h1", now });
    await expect(
      storage.store.insert({ recipe: recipe("Other", "eggs"), contentHash: "h2", now }),
    ).rejects.toThrow();
    expect((await storage.store.findBySlug("eggs"))?.recipe.title).toBe("Eggs");
    expect(await storage.store.count()).toBe(1);
  });

  it("lists newest first in keyset pages", async () => {
    for (let i = 1; i <= 5; i++) {
      await storage.store.insert({
        recipe: recipe(`R${i}`, `r${i}`),
        contentHash: `h${i}`,
        now: new Date(),
      });
    }
    const first = await storage.store.list({ limit: 2 });
    expect(first.map((r) => r.slug)).toEqual(["r5", "r4"]);
    const second = await storage.store.list({ limit: 2, after: first.at(-1)!.id });
    expect(second.map((r) => r.slug)).toEqual(["r3", "r2"]);
  });

  it("writes a WAL-mode file and migrates only once", async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(storage.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    expect(await migrateToLatest(storage.db as Kysely<unknown>)).toEqual([]);
  });

  it("says loudly when a stored document no longer matches the model", async () => {
    const stored = await storage.store.insert({
      recipe: recipe("Eggs", "eggs"),
      contentHash: "h1",
      now: new Date(),
    });
    await storage.db
      .updateTable("recipes")
      .set({ document: '{"title":""}' })
      .where("id", "=", Number(stored.id))
      .execute();
    await expect(storage.store.findBySlug("eggs")).rejects.toThrow(/does not match the model/);
  });
});
