import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fixedClock,
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../test/support/temp-storage.js";
import { addExampleRecipe } from "../app/add-example-recipe.js";
import { addRecipe } from "../app/add-recipe.js";
import { validateRecipe } from "../domain/validate-recipe.js";
import { createHttpApp } from "./create-http-app.js";

let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let slug: string;
const errors: unknown[] = [];

/** A hostile title: it must come out as text, never as markup or a closed script element. */
const HOSTILE = `Tom's </script><script>alert(1)</script> Soup`;

beforeAll(async () => {
  storage = await openTempStorage();
  const deps = { store: storage.store, clock: fixedClock() };
  slug = await addExampleRecipe(deps, readExample());
  const hostile = validateRecipe({
    title: HOSTILE,
    slug: "hostile-soup",
    ingredientGroups: [
      { ingredients: [{ text: "<img src=x onerror=alert(1)>", food: "<b>bold</b>" }] },
    ],
    stepGroups: [{ steps: [{ text: "Stir <em>well</em>." }] }],
  });
  if (!hostile.ok) throw new Error("bad fixture");
  await addRecipe(deps, hostile.value);
  app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => errors.push(e),
  });
});
afterAll(() => storage.close());

const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );

describe("JSON API", () => {
  it("lists recipes newest first", async () => {
    const res = await app.request("/api/recipes");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { slug: string; title: string }[] };
    expect(body.items.map((r) => r.slug)).toEqual(["hostile-soup", slug]);
  });

  it("pages with limit and after", async () => {
    const first = (await (await app.request("/api/recipes?limit=1")).json()) as {
      items: unknown[];
      next: string;
    };
    expect(first.items).toHaveLength(1);
    const second = (await (
      await app.request(`/api/recipes?limit=1&after=${first.next}`)
    ).json()) as {
      items: { slug: string }[];
      next?: string;
    };
    expect(second.items.map((r) => r.slug)).toEqual([slug]);
    expect(second.next).toBeUndefined();
  });

  it("refuses a bad query with a problem document", async () => {
    const res = await app.request("/api/recipes?limit=9999");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ code: "BAD_REQUEST", status: 400 });
  });

  it("gives one recipe as JSON", async () => {
    const res = await app.request(`/api/recipes/${slug}`);
    const body = (await res.json()) as { recipe: { title: string; faq: unknown[] } };
    expect(body.recipe.title).toBe("Vietnamese Caramelised Pork Mince Stir Fry");
    expect(body.recipe.faq).toHaveLength(6);
  });

  it.each([
    ["?format=jsonld", {}],
    ["", { Accept: "application/ld+json" }],
  ])("gives schema.org JSON-LD for %s %o", async (query, headers) => {
    const res = await app.request(`/api/recipes/${slug}${query}`, { headers });
    expect(res.headers.get("content-type")).toContain("application/ld+json");
    const [recipe, faq] = (await res.json()) as [Record<string, unknown>, Record<string, unknown>];
    expect(recipe["@type"]).toBe("Recipe");
    expect(recipe.recipeIngredient).toHaveLength(7);
    expect(faq["@type"]).toBe("FAQPage");
  });

  it("answers an unknown recipe and an unknown route with 404 problems", async () => {
    const missing = await app.request("/api/recipes/no-such-dish");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "RECIPE_NOT_FOUND" });
    const route = await app.request("/api/nothing-here");
    expect(route.status).toBe(404);
    expect(await route.json()).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("pages", () => {
  it("lists the recipes on the home page", async () => {
    const html = await (await app.request("/")).text();
    expect(html).toContain(`href="/recipes/${slug}"`);
    expect(html).toContain("Vietnamese Caramelised Pork Mince Stir Fry");
  });

  it("renders every section of the founding post with a jump link", async () => {
    const res = await app.request(`/recipes/${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<a[^>]*href="#recipe"[^>]*>Jump to recipe<\/a>/);
    expect(html).toContain('id="recipe"');
    for (const id of [
      "variations",
      "pairings",
      "faq",
      "storage",
      "substitutions",
      "spice",
      "conclusion",
    ]) {
      expect(html, id).toContain(`id="${id}"`);
    }
    for (const title of [
      "Create the Caramel Base",
      "Brown the Pork Perfectly",
      "Build Aromatic Layers",
      "Finish with Bold Flavors",
    ]) {
      expect(html).toContain(title);
    }
    expect(html).toContain("Palm Sugar");
    expect(html).toContain("3–4 min");
    expect(html.toLowerCase()).not.toContain("pin it");
  });

  it("embeds Recipe and FAQPage JSON-LD that validate as the issue asks", async () => {
    const html = await (await app.request(`/recipes/${slug}`)).text();
    const [recipe, faq] = jsonLdOf(html);
    expect(recipe).toMatchObject({
      "@type": "Recipe",
      name: "Vietnamese Caramelised Pork Mince Stir Fry",
      recipeCuisine: "Vietnamese",
    });
    expect(recipe.recipeIngredient).toHaveLength(7);
    expect(recipe.recipeInstructions).toHaveLength(4);
    for (const [i, step] of (recipe.recipeInstructions as Record<string, string>[]).entries()) {
      expect(step["@type"]).toBe("HowToStep");
      expect(step.name).toBeTruthy();
      expect(step.text?.length).toBeGreaterThan(40);
      expect(step.url).toBe(`http://localhost/recipes/${slug}#step-${i + 1}`);
      expect(html).toContain(`id="step-${i + 1}"`);
    }
    expect(faq["@type"]).toBe("FAQPage");
    expect(faq.mainEntity).toHaveLength(6);
  });

  it("escapes what recipes say, in markup and in JSON-LD", async () => {
    const html = await (await app.request("/recipes/hostile-soup")).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;/script&gt;");
    expect(jsonLdOf(html)[0].name).toBe(HOSTILE);
  });

  it("sends a strict content security policy", async () => {
    const res = await app.request(`/recipes/${slug}`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves the stylesheet under a versioned, long-cached address", async () => {
    const html = await (await app.request("/")).text();
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/^\/assets\/claypot-[0-9a-f]{12}\.css$/);
    const css = await app.request(href!);
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(css.headers.get("cache-control")).toContain("immutable");
  });

  it("shows a 404 page for an unknown recipe", async () => {
    const res = await app.request("/recipes/no-such-dish");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Not found");
  });

  it("logs an unexpected failure and shows a 500 without its details", async () => {
    const broken = createHttpApp({
      store: { ...storage.store, findBySlug: () => Promise.reject(new Error("disk on fire")) },
      accounts: storage.accounts,
      logError: (e) => errors.push(e),
    });
    const res = await broken.request("/api/recipes/anything");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("disk on fire");
    expect(JSON.parse(text)).toMatchObject({ code: "INTERNAL" });
    expect(String(errors.at(-1))).toContain("disk on fire");
  });
});
