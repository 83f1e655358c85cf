import { getElementsByTagName, textContent } from "domutils";
import { parseDocument, parseFeed } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient } from "../../../test/support/http-client.js";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import type { Visibility } from "../../app/ports.js";
import type { createHttpApp } from "../create-http-app.js";

const ORIGIN = "https://claypot.example";
let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let n = 0;

async function add(title: string, visibility: Visibility, extra = {}) {
  const slug = title.toLowerCase().replace(/\W+/g, "-");
  const now = new Date(Date.UTC(2026, 0, 1 + ++n));
  return storage.store.insert({
    recipe: makeRecipe({ title, slug, ...extra }),
    contentHash: slug,
    now,
    visibility,
  });
}

const get = (path: string) => createTestClient(app).request(path);
const xml = (body: string) => parseDocument(body, { xmlMode: true });

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage, { publicUrl: ORIGIN });
  await add("Old Pho", "public", { cuisine: ["Vietnamese"], keywords: ["Soup"] });
  await add("Secret Stew", "private", { cuisine: ["Vietnamese"], source: { author: "Linh" } });
  await add("Hidden Salad", "unlisted", { cuisine: ["Vietnamese"] });
  await add("Banh Mi & Co", "public", {
    cuisine: ["Vietnamese"],
    source: { author: "Linh" },
    story: ["A sandwich <with> everything."],
    images: [{ url: "/media/banh-mi.jpg", width: 1200, height: 800, alt: "A banh mi" }],
  });
});
afterAll(() => storage.close());

describe("feeds", () => {
  it("RSS lists public recipes newest first, as well-formed XML, and no private ones", async () => {
    const res = await get("/feed.xml");
    expect(res.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    const body = await res.text();
    const doc = xml(body);
    expect(getElementsByTagName("rss", doc)).toHaveLength(1);
    const feed = parseFeed(body, { xmlMode: true });
    expect(feed?.type).toBe("rss");
    expect(feed?.items.map((i) => i.title)).toEqual(["Banh Mi & Co", "Old Pho"]);
    expect(feed?.items[0]?.link).toBe(`${ORIGIN}/recipes/banh-mi-co`);
    expect(feed?.items[0]?.description).toBe("A sandwich <with> everything.");
    expect(body).not.toMatch(/Secret Stew|secret-stew|Hidden Salad|hidden-salad/);
  });

  it("Atom gives each entry an id, dates and the feed an author, and no private ones", async () => {
    const res = await get("/feed.atom");
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const body = await res.text();
    const feed = parseFeed(body, { xmlMode: true });
    expect(feed?.type).toBe("atom");
    expect(feed?.items.map((i) => i.title)).toEqual(["Banh Mi & Co", "Old Pho"]);
    const entries = getElementsByTagName("entry", xml(body));
    for (const entry of entries) {
      for (const tag of ["id", "updated", "published"]) {
        expect(getElementsByTagName(tag, entry)).toHaveLength(1);
      }
    }
    expect(body).not.toMatch(/Secret Stew|Hidden Salad/);
  });
});

describe("sitemap and robots", () => {
  it("names public recipes and listing pages with their last change, and no private ones", async () => {
    const body = await (await get("/sitemap.xml")).text();
    const urls = getElementsByTagName("url", xml(body)).map((u) => ({
      loc: textContent(getElementsByTagName("loc", u)[0]!),
      lastmod: textContent(getElementsByTagName("lastmod", u)[0]!),
    }));
    expect(urls.map((u) => u.loc).sort()).toEqual(
      [
        `${ORIGIN}/`,
        `${ORIGIN}/recipes/old-pho`,
        `${ORIGIN}/recipes/banh-mi-co`,
        `${ORIGIN}/cuisines/vietnamese`,
        `${ORIGIN}/tags/soup`,
        `${ORIGIN}/authors/linh`,
      ].sort(),
    );
    for (const u of urls) expect(new Date(u.lastmod).toISOString()).toBe(u.lastmod);
  });

  it("robots.txt allows all, points to the sitemap and keeps accounts out", async () => {
    const body = await (await get("/robots.txt")).text();
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).toMatch(/^Allow: \/$/m);
    expect(body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    for (const path of ["/account", "/boards$", "/api/"])
      expect(body).toContain(`Disallow: ${path}`);
  });
});

describe("recipe page metadata", () => {
  it("gives a public recipe a canonical address, OpenGraph, a card, breadcrumbs and Save", async () => {
    const html = await (await get("/recipes/banh-mi-co")).text();
    const doc = parseDocument(html);
    const meta = (key: string) =>
      getElementsByTagName("meta", doc).find(
        (m) => m.attribs.property === key || m.attribs.name === key,
      )?.attribs.content;
    const canonical = getElementsByTagName("link", doc).find((l) => l.attribs.rel === "canonical");
    expect(canonical?.attribs.href).toBe(`${ORIGIN}/recipes/banh-mi-co`);
    expect(meta("og:type")).toBe("article");
    expect(meta("og:site_name")).toBe("Claypot");
    expect(meta("og:title")).toBe("Banh Mi & Co");
    expect(meta("og:url")).toBe(`${ORIGIN}/recipes/banh-mi-co`);
    expect(meta("og:image")).toBe(`${ORIGIN}/media/banh-mi.jpg`);
    expect(meta("og:description")).toBe("A sandwich <with> everything.");
    expect(meta("twitter:card")).toBe("summary_large_image");
    const types = getElementsByTagName("script", doc)
      .filter((s) => s.attribs.type === "application/ld+json")
      .map((s) => (JSON.parse(textContent(s)) as { "@type": string })["@type"]);
    expect(types).toEqual(["Recipe", "BreadcrumbList"]);
    const img = getElementsByTagName("img", doc)[0]!;
    expect([img.attribs.width, img.attribs.height]).toEqual(["1200", "800"]);
  });

  it("gives a shared (unlisted) recipe no metadata for search engines or Pinterest", async () => {
    const stored = await add("Shared Curry", "unlisted", { images: [{ url: "/media/c.jpg" }] });
    await storage.store.setShareToken(stored.id, "t".repeat(43), new Date());
    const res = await get(`/recipes/shared-curry?share=${"t".repeat(43)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toMatch(/og:|application\/ld\+json|rel="canonical"|pinterest\.com/);
  });
});

describe("listing pages", () => {
  it("a cuisine page lists its public recipes and no private ones", async () => {
    const html = await (await get("/cuisines/vietnamese")).text();
    expect(html).toContain("Vietnamese cuisine");
    expect(html).toContain("Banh Mi &amp; Co");
    expect(html).toContain("Old Pho");
    expect(html).not.toMatch(/Secret Stew|Hidden Salad/);
    expect((await get("/tags/soup")).status).toBe(200);
    expect(await (await get("/tags/soup")).text()).toContain("Old Pho");
  });

  it("an author page lists the author's public recipes, linked from each recipe's byline", async () => {
    const page = await (await get("/recipes/banh-mi-co")).text();
    expect(page).toContain('By <a href="/authors/linh">Linh</a>');
    const html = await (await get("/authors/linh")).text();
    expect(html).toContain("Recipes by Linh");
    expect(html).toContain("Banh Mi &amp; Co");
    expect(html).not.toMatch(/Old Pho|Secret Stew/);
  });
});

describe("the print view", () => {
  it("keeps the page's share link and the reader's servings", async () => {
    const stored = await add("Shared Rice", "unlisted", {
      yields: { quantity: { kind: "exact", value: 2 }, unit: "servings", text: "Serves 2" },
      ingredientGroups: [
        {
          ingredients: [
            {
              text: "100 g rice",
              quantity: { kind: "exact", value: 100 },
              unit: "gram",
              food: "rice",
            },
          ],
        },
      ],
    });
    const token = "a".repeat(43);
    await storage.store.setShareToken(stored.id, token, new Date());
    const page = await (await get(`/recipes/shared-rice?share=${token}&servings=4`)).text();
    expect(page).toContain(`href="/recipes/shared-rice/print?share=${token}&amp;servings=4"`);
    expect((await get("/recipes/shared-rice/print")).status).toBe(404);
    const print = await (await get(`/recipes/shared-rice/print?share=${token}&servings=4`)).text();
    expect(print).toContain("200 g");
    expect(print).not.toContain("100 g");
  });
});
