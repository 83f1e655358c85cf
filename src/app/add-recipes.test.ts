import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { fixedClock, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { addRecipes } from "./add-recipes.js";

describe("addRecipes", () => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage();
  });
  afterEach(() => storage.close());
  const deps = () => ({ store: storage.store, clock: fixedClock() });
  const soup = (step: string, url?: string) =>
    makeRecipe({
      stepGroups: [{ steps: [{ text: step }] }],
      ...(url !== undefined && { source: { url } }),
    });

  it("keeps a batch, freeing slugs taken in the store and within the batch", async () => {
    await addRecipes(deps(), [soup("Boil.")]);
    const outcomes = await addRecipes(deps(), [soup("Simmer."), soup("Stir.")]);
    expect(outcomes.map((o) => (o.kind === "created" ? o.stored.recipe.slug : o.kind))).toEqual([
      "soup-2",
      "soup-3",
    ]);
  });

  it("skips what is kept already, by content or by source URL, and repeats in the batch", async () => {
    await addRecipes(deps(), [soup("Boil.", "https://example.org/soup")]);
    const outcomes = await addRecipes(deps(), [
      soup("Boil.", "https://example.org/soup"),
      soup("A new method.", "https://example.org/soup"),
      soup("Fresh."),
      soup("Fresh."),
    ]);
    expect(outcomes.map((o) => (o.kind === "skipped" ? o.reason : o.kind))).toEqual([
      "same-content",
      "same-source-url",
      "created",
      "same-content",
    ]);
    expect(await storage.store.count()).toBe(2);
  });
});
