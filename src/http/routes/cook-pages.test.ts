import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import {
  fixedClock,
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { addExampleRecipe } from "../../app/add-example-recipe.js";
import { newSecretToken } from "../../lib/secret-token.js";
import type { WebAssets } from "../web-assets.js";
import { COOK_STYLESHEET_HREF, COOK_WORKER_PATH } from "./cook-pages.js";

/** The cook page in process: what it shows of the founding recipe, that it needs no inline
 *  script, that it reads as the recipe page does (share links, private headers), and its files. */
let storage: TempStorage;
let app: ReturnType<typeof createTestApp>;
let slug: string;
const shareToken = newSecretToken();
const WORKER = "self.addEventListener('fetch', () => {});";
const webAssets: WebAssets = {
  entries: { "cook-mode": "cook-mode-ABC.js", "cook-worker": "cook-worker-DEF.js" },
  files: new Map([
    ["cook-mode-ABC.js", new TextEncoder().encode("export {};")],
    ["cook-worker-DEF.js", new TextEncoder().encode(WORKER)],
  ]),
};

beforeAll(async () => {
  storage = await openTempStorage();
  const clock = fixedClock();
  slug = await addExampleRecipe({ store: storage.store, clock }, readExample());
  const hidden = await storage.store.insert({
    recipe: makeRecipe({ title: "Secret Broth", slug: "secret-broth" }),
    contentHash: "secret-broth",
    now: clock.now(),
    visibility: "unlisted",
  });
  await storage.store.setShareToken(hidden.id, shareToken, clock.now());
  app = createTestApp(storage, { webAssets });
});
afterAll(() => storage?.close());

describe("GET /recipes/:slug/cook", () => {
  it("shows the founding recipe's ingredients to tick off and its steps with cues and timers", async () => {
    const res = await app.request(`/recipes/${slug}/cook`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<input type="checkbox" id="have-0-\d+"/g)).toHaveLength(7);
    expect(html).toMatch(/<label for="have-0-1">.*Palm Sugar/);
    expect(html.match(/<section class="cook-panel cook-step"/g)).toHaveLength(4);
    expect(html).toContain("Step 1 of 4");
    expect(html).toContain("Create the Caramel Base");
    expect(html).toContain("<li>turns a rich amber color</li>");
    expect(html).toContain("<li>smell sweet and slightly toasty</li>");
    // The caramel's 3–4 minutes: a button carrying both bounds, in seconds.
    expect(html).toMatch(
      /<button type="button" class="cook-timer-start" data-min="180" data-max="240" data-label="3–4 min" data-step="1" aria-label="Start a 3–4 min timer for step 1">/,
    );
    expect(res.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("loads its module and stylesheet by address only: nothing inline for the CSP to refuse", async () => {
    const res = await app.request(`/recipes/${slug}/cook`);
    const html = await res.text();
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g) ?? [];
    expect(scripts).toEqual(['<script type="module" src="/assets/web/cook-mode-ABC.js"></script>']);
    expect(html).not.toMatch(/<style|\son[a-z]+=|style="/);
    expect(html).toContain(`<link rel="stylesheet" href="${COOK_STYLESHEET_HREF}"/>`);
    expect(html).toContain(`data-worker="${COOK_WORKER_PATH}"`);
  });

  it("cooks the recipe as the recipe page's choices adapt it, and the way back keeps them", async () => {
    const query = "?swap=ground-chicken-for-ground-pork&spice=mild";
    const html = await (await app.request(`/recipes/${slug}/cook${query}`)).text();
    // The FAQ's chicken swap: chicken for the pork, and the extra tablespoon of oil to tick off.
    expect(html.match(/<input type="checkbox" id="have-0-\d+"/g)).toHaveLength(8);
    expect(html).toMatch(/<span class="food">Ground chicken<\/span>/);
    expect(html).toMatch(/<span class="amount">1 tbsp <\/span><span class="food">oil<\/span>/);
    expect(html).not.toContain('<span class="food">Ground Pork</span>');
    expect(html).toContain("seeds and membranes removed");
    expect(html).toContain(
      `<a href="/recipes/${slug}?swap=ground-chicken-for-ground-pork&amp;spice=mild">Back to the recipe</a>`,
    );
  });

  it("is linked from the recipe page with that page's query", async () => {
    const html = await (await app.request(`/recipes/${slug}?spice=mild&servings=2`)).text();
    expect(html).toContain(`href="/recipes/${slug}/cook?spice=mild&amp;servings=2">Cook mode</a>`);
  });

  it("answers an unlisted recipe as its page does: not found, or by its share link unindexed and unstored", async () => {
    expect((await app.request("/recipes/secret-broth/cook")).status).toBe(404);
    expect((await app.request("/recipes/secret-broth")).status).toBe(404);
    expect((await app.request(`/recipes/secret-broth/cook?share=${"x".repeat(30)}`)).status).toBe(
      404,
    );
    const res = await app.request(`/recipes/secret-broth/cook?share=${shareToken}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Secret Broth");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect((await app.request("/recipes/no-such-dish/cook")).status).toBe(404);
  });

  it("serves its stylesheet for good and its worker for revalidation", async () => {
    const css = await app.request(COOK_STYLESHEET_HREF);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(css.headers.get("cache-control")).toContain("immutable");
    expect(await css.text()).toContain("prefers-reduced-motion");
    const worker = await app.request(COOK_WORKER_PATH);
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    expect(await worker.text()).toBe(WORKER);
  });

  it("works as a plain page without a build: no module, no worker", async () => {
    const bare = createTestApp(storage);
    const html = await (await bare.request(`/recipes/${slug}/cook`)).text();
    expect(html).not.toContain("<script");
    expect(html).not.toContain("data-worker");
    expect(html.match(/<section class="cook-panel cook-step"/g)).toHaveLength(4);
    expect((await bare.request(COOK_WORKER_PATH)).status).toBe(404);
  });
});
