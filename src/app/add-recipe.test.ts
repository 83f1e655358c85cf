import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { fixedClock, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { addRecipe } from "./add-recipe.js";

const recipe = (title: string, step = "Boil.") =>
  makeRecipe({ title, stepGroups: [{ steps: [{ text: step }] }] });

describe("addRecipe", () => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage();
  });
  afterEach(() => storage.close());

  it("keeps the same recipe once, however often it is added", async () => {
    const deps = { store: storage.store, clock: fixedClock() };
    const first = await addRecipe(deps, recipe("Soup"));
    const again = await addRecipe(deps, recipe("Soup"));
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.stored.id).toBe(first.stored.id);
    expect(await storage.store.count()).toBe(1);
  });

  it("gives a different recipe with the same slug a free one", async () => {
    const deps = { store: storage.store, clock: fixedClock() };
    await addRecipe(deps, recipe("Soup"));
    const second = await addRecipe(deps, recipe("Soup", "Simmer."));
    const third = await addRecipe(deps, recipe("Soup", "Stir."));
    expect(second.stored.recipe.slug).toBe("soup-2");
    expect(third.stored.recipe.slug).toBe("soup-3");
  });

  it("stamps the clock's time and a summary for listings", async () => {
    const deps = { store: storage.store, clock: fixedClock("2026-05-06T07:08:09.000Z") };
    const long = "A story. ".repeat(60);
    const { stored } = await addRecipe(deps, { ...recipe("Soup"), story: [long] });
    expect(stored.createdAt.toISOString()).toBe("2026-05-06T07:08:09.000Z");
    const [summary] = await storage.store.list({ limit: 1 });
    expect(summary?.summary?.length).toBeLessThanOrEqual(300);
    expect(summary?.summary).toMatch(/^A story\./);
  });
});

describe("addRecipe with a date", () => {
  it("keeps the date it is given, as a restore does", async () => {
    const storage = await openTempStorage();
    try {
      const when = new Date("2024-02-03T04:05:06.000Z");
      const { stored } = await addRecipe(
        { store: storage.store, clock: fixedClock() },
        recipe("Soup"),
        when,
      );
      expect(stored.createdAt).toEqual(when);
      expect((await storage.store.findBySlug(stored.recipe.slug))?.createdAt).toEqual(when);
    } finally {
      await storage.close();
    }
  });
});
