import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import type { createHttpApp } from "../create-http-app.js";

/** PUT and DELETE /api/recipes/:slug: a whole recipe replaced, or removed, by its keepers. */
let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let owner: TestClient;
let stranger: TestClient;

const TART =
  "Lemon Tart\n\nIngredients\n- 3 lemons\n- 100 g sugar\n\nMethod\n1. Bake for 25 minutes.\n";

async function importTart(): Promise<{ slug: string; recipe: Record<string, unknown> }> {
  const res = await owner.json("POST", "/api/imports", { text: TART, visibility: "public" });
  return (await res.json()) as { slug: string; recipe: Record<string, unknown> };
}

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage);
  await signUpClient(app, { email: "admin@example.org" });
  owner = await signUpClient(app, { email: "olga@example.org", name: "Olga" });
  stranger = await signUpClient(app, { email: "sam@example.org", name: "Sam" });
});
afterAll(() => storage.close());

describe("PUT /api/recipes/:slug", () => {
  it("replaces the recipe whole, keeps its slug, and search follows", async () => {
    const { slug, recipe } = await importTart();
    const res = await owner.json("PUT", `/api/recipes/${slug}`, {
      ...recipe,
      title: "Lime Tart",
      slug: "something-else",
      ingredientGroups: [{ ingredients: [{ text: "4 limes", food: "limes" }] }],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { recipe: { title: string; slug: string } };
    expect(body.recipe).toMatchObject({ title: "Lime Tart", slug });
    const read = (await (await createTestClient(app).request(`/api/recipes/${slug}`)).json()) as {
      recipe: { title: string };
    };
    expect(read.recipe.title).toBe("Lime Tart");
    const hits = (await (await owner.request("/api/search?q=lime")).json()) as {
      items: { slug: string }[];
    };
    expect(hits.items.map((h) => h.slug)).toContain(slug);
  });

  it("answers 400 with each issue at its field path and changes nothing", async () => {
    const { slug, recipe } = await importTart();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ text: `${i} g salt`, food: "salt" }));
    const res = await owner.json("PUT", `/api/recipes/${slug}`, {
      ...recipe,
      title: "  ",
      ingredientGroups: [{ ingredients: many }],
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; issues: { code: string; path: [] }[] };
    expect(problem.code).toBe("BAD_REQUEST");
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "RECIPE_TITLE_MISSING", path: ["body", "title"] }),
        expect.objectContaining({
          code: "RECIPE_TOO_LARGE",
          path: ["body", "ingredientGroups", 0, "ingredients"],
        }),
      ]),
    );
    const kept = (await (await owner.request(`/api/recipes/${slug}`)).json()) as {
      recipe: { title: string };
    };
    expect(kept.recipe.title).toBe("Lemon Tart");
    expect((await owner.json("PUT", `/api/recipes/${slug}`, "not a recipe")).status).toBe(400);
    const notJson = await owner.request(`/api/recipes/${slug}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-csrf-token": owner.csrf! },
      body: "{",
    });
    expect(notJson.status).toBe(400);
  });

  it("refuses strangers, and bodies over its bound unread", async () => {
    const { slug, recipe } = await importTart();
    expect((await stranger.json("PUT", `/api/recipes/${slug}`, recipe)).status).toBe(403);
    const huge = { ...recipe, description: "x".repeat(3 * 1024 * 1024) };
    expect((await owner.json("PUT", `/api/recipes/${slug}`, huge)).status).toBe(413);
  });
});

describe("DELETE /api/recipes/:slug", () => {
  it("removes the recipe for its owner only, then it is gone everywhere", async () => {
    const { slug } = await importTart();
    expect((await stranger.json("DELETE", `/api/recipes/${slug}`)).status).toBe(403);
    expect((await owner.json("DELETE", `/api/recipes/${slug}`)).status).toBe(204);
    expect((await owner.request(`/api/recipes/${slug}`)).status).toBe(404);
    expect((await owner.request(`/recipes/${slug}`)).status).toBe(404);
    expect((await owner.json("DELETE", `/api/recipes/${slug}`)).status).toBe(404);
  });
});
