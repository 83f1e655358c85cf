import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import {
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { addExampleRecipe } from "../../app/add-example-recipe.js";
import type { RecipeInput } from "../../domain/recipe.js";

/** Shopping lists over HTTP: adding recipes merges their foods by aisle, forms work without
 *  JavaScript, and nobody but the owner (and, to read, their household or a link) gets at one. */
let storage: TempStorage;
let app: ReturnType<typeof createTestApp>;
let ann: TestClient;
let bob: TestClient;
let annId: string;
let founding: string;

type Line = [text: string, food: string, quantity?: number, unit?: string];
const ingredients = (lines: Line[]): RecipeInput["ingredientGroups"] => [
  {
    ingredients: lines.map(([text, food, value, unit]) => ({
      text,
      food,
      ...(value !== undefined && { quantity: { kind: "exact" as const, value } }),
      ...(unit !== undefined && { unit }),
    })),
  },
];

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage);
  ann = await signUpClient(app, { email: "ann@example.org" });
  bob = await signUpClient(app, { email: "bob@example.org" });
  annId = (await storage.accounts.users.findByEmail("ann@example.org"))!.id;
  const now = new Date();
  founding = await addExampleRecipe(
    { store: storage.store, clock: { now: () => now } },
    readExample(),
  );
  const add = (slug: string, extra: Partial<RecipeInput>, own?: { ownerId: string }) =>
    storage.store.insert({
      recipe: makeRecipe({ title: slug, slug, ...extra }),
      contentHash: slug,
      now,
      ...(own && { ...own, visibility: "private" as const }),
    });
  await add("pork-noodles", {
    yields: { quantity: { kind: "exact", value: 2 }, unit: "servings", text: "2 servings" },
    ingredientGroups: ingredients([
      ["250 g ground pork", "ground pork", 250, "g"],
      ["2 cloves garlic", "garlic", 2, "clove"],
      ["1 tbsp fish sauce", "fish sauce", 1, "tbsp"],
    ]),
  });
  await add("caramel-pork", {
    ingredientGroups: ingredients([
      ["Ground Pork", "Ground Pork"],
      ["Garlic", "Garlic"],
      ["Fish Sauce", "Fish Sauce"],
    ]),
  });
  await add(
    "anns-secret",
    { ingredientGroups: ingredients([["1 lime", "lime", 1]]) },
    {
      ownerId: annId,
    },
  );
});
afterAll(() => storage.close());

const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
interface ItemJson {
  id: string;
  food: string;
  text: string;
  aisle: string;
  checked: boolean;
  recipeIds: string[];
}
const makeList = async (client: TestClient, name = "Week") =>
  (await json<{ id: string }>(await client.json("POST", "/api/lists", { name }), 201)).id;

describe("shopping lists over HTTP", () => {
  it("merges two recipes' foods, scaled, and shows them by aisle", async () => {
    const id = await makeList(ann);
    const added = await json<{ items: ItemJson[]; warnings: unknown[] }>(
      await ann.json("POST", `/api/lists/${id}/recipes`, {
        items: [{ slug: "pork-noodles", servings: 4 }, { slug: "caramel-pork" }],
      }),
      200,
    );
    expect(added.items.map((i) => [i.food, i.text, i.aisle, i.recipeIds.length])).toEqual([
      ["ground pork", "500 g + some", "meat & fish", 2],
      ["garlic", "4 cloves + some", "produce", 2],
      ["fish sauce", "2 tbsp + some", "pantry", 2],
    ]);
    expect(added.warnings).toEqual([]);
    const page = await (await ann.request(`/lists/${id}`)).text();
    const at = (text: string) => page.indexOf(text);
    expect(at("<h2>produce</h2>")).toBeGreaterThan(0);
    expect(at("<h2>produce</h2>")).toBeLessThan(at("<h2>meat &amp; fish</h2>"));
    expect(at("<h2>meat &amp; fish</h2>")).toBeLessThan(at("<h2>pantry</h2>"));
  });

  it("applies the recipe's swaps as the recipe page does, and names swaps it does not offer", async () => {
    const id = await makeList(ann);
    const added = await json<{ items: ItemJson[]; warnings: { code: string }[] }>(
      await ann.json("POST", `/api/lists/${id}/recipes`, {
        items: [{ slug: founding, swaps: ["ground-chicken-for-ground-pork", "no-such-swap"] }],
      }),
      200,
    );
    expect(added.items.slice(0, 2).map((i) => [i.food, i.text, i.aisle])).toEqual([
      ["Ground chicken", "", "meat & fish"],
      ["oil", "1 tbsp", "pantry"],
    ]);
    expect(added.items.map((i) => i.food)).not.toContain("Ground Pork");
    expect(added.warnings.map((w) => w.code)).toEqual(["SWAP_UNKNOWN"]);
  });

  it("checks off, moves, adds a typed item and clears checked ones with plain forms", async () => {
    const id = await makeList(ann);
    const { items } = await json<{ items: ItemJson[] }>(
      await ann.json("POST", `/api/lists/${id}/recipes`, { items: [{ slug: "pork-noodles" }] }),
      200,
    );
    const garlic = items.find((i) => i.food === "garlic")!;
    const checked = await ann.form(`/lists/${id}/items/${garlic.id}/check`, { checked: "1" });
    expect([checked.status, checked.headers.get("location")]).toEqual([303, `/lists/${id}`]);
    expect(await (await ann.request(`/lists/${id}`)).text()).toMatch(
      /aria-pressed="true">☑ <s><span class="food">garlic<\/span>/,
    );
    expect((await ann.form(`/lists/${id}/items`, { text: "2 limes" })).status).toBe(303);
    expect((await ann.form(`/lists/${id}/items`, { text: "1 lime" })).status).toBe(303);
    expect((await ann.form(`/lists/${id}/clear`)).status).toBe(303);
    const after = await json<{ items: ItemJson[] }>(await ann.request(`/api/lists/${id}`), 200);
    expect(after.items.map((i) => `${i.food} ${i.text}`)).toEqual([
      "ground pork 250 g",
      "fish sauce 1 tbsp",
      "limes 3",
    ]);
    const limes = after.items[2]!;
    expect(
      (await ann.json("PUT", `/api/lists/${id}/items/${limes.id}/position`, { position: 1 }))
        .status,
    ).toBe(204);
    const moved = await json<{ items: ItemJson[] }>(await ann.request(`/api/lists/${id}`), 200);
    expect(moved.items.map((i) => i.food)).toEqual(["limes", "ground pork", "fish sauce"]);
  });

  it("adds from the recipe page's control, to the reader's latest list", async () => {
    const page = await (await bob.request("/recipes/pork-noodles")).text();
    expect(page).toContain('action="/recipes/pork-noodles/add-to-list"');
    const anonymous = await (await createTestClient(app).request("/recipes/pork-noodles")).text();
    expect(anonymous).not.toContain("add-to-list");
    const res = await bob.form("/recipes/pork-noodles/add-to-list", { servings: "1" });
    expect(res.status).toBe(303);
    const list = await json<{ items: ItemJson[] }>(
      await bob.request(`${res.headers.get("location")!.replace("/lists", "/api/lists")}`),
      200,
    );
    expect(list.items.map((i) => `${i.food} ${i.text}`)).toEqual([
      "ground pork 125 g",
      "garlic 1 clove",
      "fish sauce 1½ tsp",
    ]);
  });

  it("answers 404 for another's list and for a recipe the adder may not see", async () => {
    const id = await makeList(ann);
    const { items } = await json<{ items: ItemJson[] }>(
      await ann.json("POST", `/api/lists/${id}/recipes`, { items: [{ slug: "anns-secret" }] }),
      200,
    );
    const item = items[0]!;
    expect((await bob.request(`/api/lists/${id}`)).status).toBe(404);
    expect((await bob.request(`/lists/${id}`)).status).toBe(404);
    expect(
      (await bob.json("PUT", `/api/lists/${id}/items/${item.id}/checked`, { checked: true }))
        .status,
    ).toBe(404);
    expect((await bob.form(`/lists/${id}/delete`)).status).toBe(404);
    const bobs = await makeList(bob);
    const refused = await bob.json("POST", `/api/lists/${bobs}/recipes`, {
      items: [{ slug: "pork-noodles" }, { slug: "anns-secret" }],
    });
    expect([refused.status, (await refused.json()).code]).toEqual([404, "RECIPE_NOT_FOUND"]);
    // All or nothing: the visible recipe was not added either.
    expect(
      (await json<{ items: unknown[] }>(await bob.request(`/api/lists/${bobs}`), 200)).items,
    ).toEqual([]);
    // An item id of Ann's list is not an item of Bob's.
    expect(
      (await bob.json("PUT", `/api/lists/${bobs}/items/${item.id}/checked`, { checked: true }))
        .status,
    ).toBe(404);
    expect(
      await json<{ items: ItemJson[] }>(await ann.request(`/api/lists/${id}`), 200),
    ).toMatchObject({
      items: [{ checked: false }],
    });
  });

  it("shares read-only with a revocable link and with the household", async () => {
    const id = await makeList(ann, "Party");
    const link = await ann.form(`/lists/${id}/share-link`);
    expect(link.status).toBe(303);
    const owned = await (await ann.request(`/lists/${id}`)).text();
    const url = /value="(http:\/\/[^"]+\/lists\/shared\/[^"]+)"/.exec(owned)?.[1];
    expect(url).toBeDefined();
    const path = new URL(url!).pathname;
    const stranger = createTestClient(app);
    const shared = await stranger.request(path);
    expect(shared.status).toBe(200);
    const sharedPage = await shared.text();
    expect(sharedPage).toContain("<h1>Party</h1>");
    expect(sharedPage).not.toContain(`action="/lists/${id}`);
    expect((await ann.form(`/lists/${id}/share-link/revoke`)).status).toBe(303);
    expect((await stranger.request(path)).status).toBe(404);

    expect(
      (await ann.json("POST", "/api/household", { email: "bob@example.org", access: "edit" }))
        .status,
    ).toBe(201);
    const mine = await json<{ household: { id: string }[] }>(await bob.request("/api/lists"), 200);
    expect(mine.household.map((l) => l.id)).toContain(id);
    const seen = await json<{ mayChange: boolean; shareToken?: string }>(
      await bob.request(`/api/lists/${id}`),
      200,
    );
    expect(seen.mayChange).toBe(false);
    expect((await bob.json("PATCH", `/api/lists/${id}`, { name: "Mine now" })).status).toBe(403);
    expect((await bob.json("DELETE", `/api/lists/${id}`)).status).toBe(403);
  });
});
