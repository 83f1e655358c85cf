import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addExampleRecipe } from "../../src/app/add-example-recipe.js";
import { signUp } from "../../src/app/sign-up.js";
import { createHttpApp } from "../../src/http/create-http-app.js";
import { launchBrowser } from "../support/launch-browser.js";
import { makeRecipe } from "../support/make-recipe.js";
import { openTempStorage, readExample, type TempStorage } from "../support/temp-storage.js";

/** The published recipe page in a real browser: its JSON-LD against Google's list, jumping to
 *  the recipe by keyboard, printing the card alone, and the Pinterest Save link. */
let storage: TempStorage;
let server: ServerType;
let base: string;
let browser: Browser;
let founding: string;
const clock = { now: () => new Date("2026-03-01T10:00:00.000Z") };

const FULL = makeRecipe({
  title: "Garlic Noodles",
  slug: "garlic-noodles",
  story: ["Butter, garlic and noodles: a San Francisco classic."],
  images: [
    { url: "/media/garlic-noodles.jpg", width: 1200, height: 900, alt: "A bowl of noodles" },
  ],
  source: { author: "Mai" },
  times: { prep: { min: 300 }, cook: { min: 600, max: 900 }, total: { min: 1200 } },
  yields: { quantity: { kind: "exact", value: 2 }, unit: "servings", text: "Serves 2" },
  category: ["Main course"],
  cuisine: ["Vietnamese-American"],
  keywords: ["weeknight"],
  nutrition: { calories: "640 kcal" },
  ingredientGroups: [{ ingredients: [{ text: "200 g egg noodles", food: "egg noodles" }] }],
  stepGroups: [{ title: "Sauce", steps: [{ title: "Melt", text: "Melt the butter." }] }],
});

beforeAll(async () => {
  storage = await openTempStorage();
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    clock,
    logError: (e) => console.error(e),
    passwordCost: { N: 2 ** 10, r: 8, p: 1 },
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  founding = await addExampleRecipe({ store: storage.store, clock }, readExample());
  const full = await storage.store.insert({ recipe: FULL, contentHash: "full", now: clock.now() });
  const rater = await signUp(
    { ...storage.accounts, clock, passwordCost: { N: 2 ** 10, r: 8, p: 1 } },
    { email: "rater@example.org", name: "Rater", password: "a long enough password" },
  );
  if (!rater.ok) throw new Error(JSON.stringify(rater.issues));
  await storage.accounts.ratings.rate({
    recipeId: full.id,
    userId: rater.value.id,
    stars: 5,
    now: clock.now(),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await storage?.close();
});

type Ld = Record<string, unknown>;
const isIsoDuration = (v: unknown) =>
  typeof v === "string" && /^PT(?=\d)(\d+H)?(\d+M)?(\d+S)?$/.test(v);
const isText = (v: unknown) => typeof v === "string" && v.trim().length > 0;

/** Google's Recipe rich result: required (name, image) and recommended properties, each with
 *  the shape Google accepts. A property may be absent only when the recipe has no such data. */
const CHECKS: Record<string, (v: unknown, ld: Ld, pageUrl: string) => boolean> = {
  name: isText,
  image: (v) =>
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((u) => typeof u === "string" && /^https?:\/\//.test(u)),
  author: (v) => {
    const a = v as Ld;
    return ["Person", "Organization"].includes(a["@type"] as string) && isText(a.name);
  },
  datePublished: (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
  description: isText,
  prepTime: isIsoDuration,
  cookTime: isIsoDuration,
  totalTime: isIsoDuration,
  recipeYield: (v) => isText(v) || (Array.isArray(v) && v.every(isText)),
  recipeCategory: isText,
  recipeCuisine: isText,
  keywords: isText,
  recipeIngredient: (v) => Array.isArray(v) && v.length > 0 && v.every(isText),
  recipeInstructions: (v, _ld, pageUrl) => {
    const step = (s: Ld) =>
      s["@type"] === "HowToStep" &&
      isText(s.text) &&
      typeof s.url === "string" &&
      s.url.startsWith(`${pageUrl}#step-`);
    return (
      Array.isArray(v) &&
      v.length > 0 &&
      (v as Ld[]).every((s) =>
        s["@type"] === "HowToSection"
          ? isText(s.name) && (s.itemListElement as Ld[]).every(step)
          : step(s),
      )
    );
  },
  nutrition: (v, ld) =>
    (v as Ld)["@type"] === "NutritionInformation" && ld.recipeYield !== undefined,
  aggregateRating: (v) => {
    const r = v as Ld;
    return (r.ratingCount as number) > 0 && typeof r.ratingValue === "number";
  },
};

async function jsonLdOf(page: Page): Promise<Ld[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((s) => JSON.parse(s) as Ld);
}

function audit(ld: Ld, pageUrl: string) {
  const absent = Object.keys(CHECKS).filter((key) => ld[key] === undefined);
  const invalid = Object.keys(CHECKS).filter(
    (key) => ld[key] !== undefined && !CHECKS[key]!(ld[key], ld, pageUrl),
  );
  return { absent, invalid };
}

describe("JSON-LD", () => {
  it("the founding recipe meets Google's list for everything the post states", async () => {
    const page = await browser.newPage();
    const pageUrl = `${base}/recipes/${founding}`;
    await page.goto(pageUrl);
    const documents = await jsonLdOf(page);
    expect(documents.map((d) => d["@type"])).toEqual(["Recipe", "FAQPage", "BreadcrumbList"]);
    const recipe = documents[0]!;
    // The post has no picture, byline, times, yield, category, tags, nutrition or ratings:
    // nothing is invented, so exactly these are absent.
    expect(audit(recipe, pageUrl)).toEqual({
      absent: [
        "image",
        "author",
        "prepTime",
        "cookTime",
        "totalTime",
        "recipeYield",
        "recipeCategory",
        "keywords",
        "nutrition",
        "aggregateRating",
      ],
      invalid: [],
    });
    expect(recipe.recipeCuisine).toBe("Vietnamese");
    expect(recipe.recipeInstructions).toHaveLength(4);
    const crumbs = (documents[2]!.itemListElement as Ld[]).map((c) => c.name);
    expect(crumbs).toEqual(["Home", "Vietnamese", "Vietnamese Caramelised Pork Mince Stir Fry"]);
    expect((documents[1]!.mainEntity as unknown[]).length).toBe(6);
    await page.close();
  });

  it("a complete recipe has every required and recommended property, well formed", async () => {
    const page = await browser.newPage();
    const pageUrl = `${base}/recipes/garlic-noodles`;
    await page.goto(pageUrl);
    const recipe = (await jsonLdOf(page))[0]!;
    expect(audit(recipe, pageUrl)).toEqual({ absent: [], invalid: [] });
    expect(recipe.cookTime).toBe("PT15M");
    // The card shows what the metadata says: nutrition per serving, since there is a yield.
    expect(await page.locator("#recipe dl.nutrition").innerText()).toMatch(/Calories\s+640 kcal/);
    await page.close();
  });
});

describe("reading", () => {
  it("jumps from the top of the page to the recipe card by keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/recipes/${founding}`);
    const card = page.locator("#recipe");
    expect(await card.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(844);
    await page.getByRole("link", { name: "Jump to recipe" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/#recipe$/);
    expect(Math.abs(await card.evaluate((el) => el.getBoundingClientRect().top))).toBeLessThan(5);
    await page.close();
  });
});

describe("printing", () => {
  it("shows the card alone, on one or two pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/recipes/${founding}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#recipe").isVisible()).toBe(true);
    expect(await page.locator("ol.steps > li").first().isVisible()).toBe(true);
    for (const hidden of [
      "header.site",
      "footer.site",
      ".story",
      "#faq",
      "#variations",
      ".jump, .actions",
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe("Pinterest Save", () => {
  it("links each picture to Pinterest with the page, the picture and a description", async () => {
    const page = await browser.newPage();
    const pageUrl = `${base}/recipes/garlic-noodles`;
    await page.goto(pageUrl);
    const img = page.locator("figure.photo img").first();
    expect([await img.getAttribute("width"), await img.getAttribute("height")]).toEqual([
      "1200",
      "900",
    ]);
    const href = (await page.locator("figure.photo a.save").first().getAttribute("href"))!;
    expect(href.startsWith("https://www.pinterest.com/pin/create/button/?url=http%3A%2F%2F")).toBe(
      true,
    );
    const params = new URL(href).searchParams;
    expect(params.get("url")).toBe(pageUrl);
    expect(params.get("media")).toBe(`${base}/media/garlic-noodles.jpg`);
    expect(params.get("description")).toBe("Garlic Noodles");
    // No script of Pinterest's (or anyone's) is loaded.
    expect(await page.locator("script[src]").count()).toBe(0);
    await page.close();
  });
});
