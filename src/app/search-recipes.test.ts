import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { fixedClock, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { addRecipe } from "./add-recipe.js";
import { searchRecipes } from "./search-recipes.js";

let storage: TempStorage;
beforeAll(async () => {
  storage = await openTempStorage();
  const deps = { store: storage.store, clock: fixedClock() };
  for (let i = 1; i <= 5; i++) {
    await addRecipe(
      deps,
      makeRecipe({
        title: `Pork dish ${i}`,
        slug: `pork-${i}`,
        times: { total: { min: i * 600 } },
        stepGroups: [{ steps: [{ text: `Cook the pork ${i} times.` }] }],
      }),
    );
  }
});
afterAll(() => storage.close());

describe("searchRecipes", () => {
  it("walks every page with the opaque cursor it hands out", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await searchRecipes(storage, {
        text: "pork",
        limit: 2,
        ...(after && { after }),
      });
      if (!page.ok) throw new Error("search failed");
      seen.push(...page.value.items.map((h) => h.slug));
      after = page.value.next;
    } while (after);
    expect(seen.sort()).toEqual(["pork-1", "pork-2", "pork-3", "pork-4", "pork-5"]);
  });

  it("sorts newest first when there is nothing to rank by", async () => {
    const page = await searchRecipes(storage, {});
    expect(page.ok && page.value.items[0]?.slug).toBe("pork-5");
  });

  it("filters by ready-in minutes", async () => {
    const page = await searchRecipes(storage, { maxMinutes: 20, sort: "quickest" });
    expect(page.ok && page.value.items.map((h) => h.slug)).toEqual(["pork-1", "pork-2"]);
  });

  it("refuses a cursor it did not give", async () => {
    for (const after of ["garbage", Buffer.from('["x", 1]').toString("base64url"), ""]) {
      const page = await searchRecipes(storage, { after });
      expect(page.ok ? "ok" : page.issues[0]?.code, after).toBe("SEARCH_CURSOR_INVALID");
    }
  });
});
