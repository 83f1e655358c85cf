import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fixedClock,
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { addExampleRecipe } from "../../app/add-example-recipe.js";
import { createHttpApp } from "../create-http-app.js";

let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
beforeAll(async () => {
  storage = await openTempStorage();
  await addExampleRecipe({ store: storage.store, clock: fixedClock() }, readExample());
  app = createHttpApp({ store: storage.store, accounts: storage.accounts, logError: () => {} });
});
afterAll(() => storage.close());

describe("GET /api/search", () => {
  it("finds the founding post by words and by foods at hand", async () => {
    const byWords = (await (await app.request("/api/search?q=caramelized%20pork")).json()) as {
      items: { slug: string }[];
    };
    expect(byWords.items.map((h) => h.slug)).toEqual([
      "vietnamese-caramelised-pork-mince-stir-fry",
    ]);
    const byFoods = (await (
      await app.request("/api/search?ingredients=pork,garlic,shallots")
    ).json()) as {
      items: { coverage: number }[];
    };
    expect(byFoods.items[0]?.coverage).toBeCloseTo(3 / 7);
  });

  it("filters by cuisine", async () => {
    const res = (await (await app.request("/api/search?cuisine=Vietnamese")).json()) as {
      items: unknown[];
    };
    expect(res.items).toHaveLength(1);
    const none = (await (await app.request("/api/search?cuisine=French")).json()) as {
      items: unknown[];
    };
    expect(none.items).toHaveLength(0);
  });

  it.each([
    ["?sort=best", "BAD_REQUEST"],
    ["?limit=0", "BAD_REQUEST"],
    ["?after=nonsense", "SEARCH_CURSOR_INVALID"],
  ])("refuses %s with a problem document", async (query, code) => {
    const res = await app.request(`/api/search${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code });
  });
});

describe("GET /search", () => {
  it("shows results and keeps the query in the form", async () => {
    const html = await (await app.request("/search?q=pork&maxMinutes=")).text();
    expect(html).toContain('href="/recipes/vietnamese-caramelised-pork-mince-stir-fry"');
    expect(html).toContain('value="pork"');
  });

  it("says so when nothing matches", async () => {
    const html = await (await app.request("/search?q=lasagne")).text();
    expect(html).toContain("No recipe matches");
  });
});
