import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { createSafeFetch } from "../../lib/safe-fetch.js";
import { createFileBlobStore } from "../../storage/blob-store.js";
import type { createHttpApp } from "../create-http-app.js";
import { EDITOR_STYLESHEET_FILE } from "../web-assets.js";

/** The editor's forms as a browser without JavaScript posts them (multipart, every button a
 *  submit): publish, drafts, reshaping, prefill, images and the bad inputs of issue 8. */
let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let ann: TestClient;
let bob: TestClient;

type Fields = Record<string, string>;
const FULL: Fields = {
  title: "Caramelised Pork Mince",
  description: "Sweet, salty and sticky.",
  story: "My grandmother made this.\n\nEvery Sunday.",
  notes: "Use fatty mince.",
  yields: "4 servings",
  prep: "10 minutes",
  cook: "20 minutes",
  cuisine: "Vietnamese",
  category: "Main course",
  keywords: "weeknight, stir fry",
  "ingredientGroups.0.title": "Pork",
  "ingredientGroups.0.lines": "500 g pork mince\n2 tbsp fish sauce, divided",
  "stepGroups.0.title": "",
  "stepGroups.0.steps.0.title": "Caramelise",
  "stepGroups.0.steps.0.text": "Melt the sugar for 3-4 minutes until amber.",
  "stepGroups.0.steps.1.title": "Brown",
  "stepGroups.0.steps.1.text": "Brown the pork over high heat.",
  equipment: "Wok",
  variations: "Use chicken instead.",
  "faq.0.question": "Can I freeze it?",
  "faq.0.answer": "Yes, for 3 months.",
  visibility: "public",
};

function post(client: TestClient, path: string, fields: Fields, image?: File) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  if (image) body.set("image", image);
  return client.request(path, {
    method: "POST",
    headers: { "x-csrf-token": client.csrf! },
    body,
  });
}

const slugOf = (res: Response) =>
  /^\/recipes\/([^/?]+)$/.exec(res.headers.get("location") ?? "")?.[1];

/** A recipe page as a blog serves it, for prefill from pasted HTML and from its address. */
const BLOG_PAGE = `<!doctype html><html><head><title>Lemon Rice | A Blog</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe",
"name":"Lemon Rice","recipeIngredient":["200 g basmati rice","1 lemon, juiced"],
"recipeInstructions":[{"@type":"HowToStep","text":"Cook the rice for 12 minutes."}]}</script>
</head><body><h1>Lemon Rice</h1></body></html>`;
let blog: Server;
let blogPort: number;

beforeAll(async () => {
  storage = await openTempStorage();
  blog = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(BLOG_PAGE);
  });
  await new Promise<void>((resolve) => blog.listen(0, "127.0.0.1", resolve));
  blogPort = (blog.address() as AddressInfo).port;
  app = createTestApp(storage, {
    blobs: createFileBlobStore(join(storage.dir, "blobs")),
    fetchPage: createSafeFetch({
      resolve: async (name) => (name === "blog.test" ? ["127.0.0.1"] : []),
      allowHosts: ["blog.test"],
    }),
  });
  ann = await signUpClient(app, { email: "ann@example.org", name: "Ann" });
  bob = await signUpClient(app, { email: "bob@example.org", name: "Bob" });
});
afterAll(async () => {
  await new Promise((resolve) => blog.close(resolve));
  await storage.close();
});

describe("the editor without JavaScript", () => {
  it("publishes every section, and the page and its JSON-LD show them", async () => {
    const res = await post(ann, "/recipes/new", { ...FULL, action: "publish" });
    expect(res.status).toBe(303);
    const slug = slugOf(res)!;
    const page = await (await createTestClient(app).request(`/recipes/${slug}`)).text();
    for (const shown of [
      "Caramelised Pork Mince",
      "Every Sunday.",
      "Can I freeze it?",
      "Wok",
      "Use chicken instead.",
    ])
      expect(page).toContain(shown);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(ld).toContain("2 tbsp fish sauce, divided");
    expect(ld).toContain("Melt the sugar");
    const { recipe } = (await (await ann.request(`/api/recipes/${slug}`)).json()) as {
      recipe: {
        ingredientGroups: { ingredients: { food: string; unit?: string }[] }[];
        stepGroups: { steps: { timers: unknown[] }[] }[];
      };
    };
    expect(recipe.ingredientGroups[0]!.ingredients[1]).toMatchObject({
      food: "fish sauce",
      unit: "tbsp",
    });
    expect(recipe.stepGroups[0]!.steps[0]!.timers).toHaveLength(1);
  });

  it("moves, adds and removes steps by posting the form, keeping what was typed", async () => {
    const res = await post(ann, "/recipes/new", { ...FULL, action: "up.0.1" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.indexOf("Brown the pork")).toBeLessThan(html.indexOf("Melt the sugar"));
    expect(html).toContain('name="stepGroups.0.steps.0.text"');
    expect(html).toContain("500 g pork mince");
    const added = await (await post(ann, "/recipes/new", { ...FULL, action: "add-step.0" })).text();
    expect(added).toContain('name="stepGroups.0.steps.2.text"');
  });

  it("keeps drafts to their owner, out of listings and search, until published", async () => {
    const saved = await post(ann, "/recipes/new", {
      ...FULL,
      title: "Zanzibar draft stew",
      action: "save",
    });
    expect(saved.status).toBe(303);
    const at = saved.headers.get("location")!.replace(/\?.*$/, "");
    expect(at).toMatch(/^\/drafts\/\d+$/);
    expect(await (await ann.request(at)).text()).toContain("Zanzibar draft stew");
    expect((await bob.request(at)).status).toBe(404);
    expect((await createTestClient(app).request(at)).status).toBe(401);
    expect(await (await ann.request("/api/search?q=zanzibar")).text()).not.toContain("Zanzibar");
    expect(await (await ann.request("/")).text()).not.toContain("Zanzibar");
    expect((await post(bob, at, { ...FULL, action: "publish" })).status).toBe(404);
    const published = await post(ann, at, {
      ...FULL,
      title: "Zanzibar draft stew",
      action: "publish",
    });
    expect(published.status).toBe(303);
    expect((await ann.request(at)).status).toBe(404);
    expect((await createTestClient(app).request(published.headers.get("location")!)).status).toBe(
      200,
    );
  });

  it("edits a published recipe in place, keeping what the editor does not show", async () => {
    const slug = slugOf(await post(ann, "/recipes/new", { ...FULL, action: "publish" }))!;
    await storage.db
      .updateTable("recipes")
      .set({
        document: JSON.stringify({
          ...(await storage.store.findBySlug(slug))!.recipe,
          nutrition: { calories: "420 kcal" },
        }),
      })
      .where("slug", "=", slug)
      .execute();
    // The recipe page leads its author (and only its author) to the editor.
    expect(await (await ann.request(`/recipes/${slug}`)).text()).toContain(
      `href="/recipes/${slug}/edit"`,
    );
    expect(await (await bob.request(`/recipes/${slug}`)).text()).not.toContain("/edit");
    const form = await (await ann.request(`/recipes/${slug}/edit`)).text();
    expect(form).toContain("2 tbsp fish sauce, divided");
    expect(form).toContain('href="/recipes/new"');
    expect((await bob.request(`/recipes/${slug}/edit`)).status).toBe(403);
    const res = await post(ann, `/recipes/${slug}/edit`, {
      ...FULL,
      title: "Sticky Pork",
      action: "publish",
    });
    expect(res.headers.get("location")).toBe(`/recipes/${slug}`);
    const stored = await storage.store.findBySlug(slug);
    expect(stored?.recipe).toMatchObject({
      title: "Sticky Pork",
      nutrition: { calories: "420 kcal" },
    });
  });

  it.each([
    ["pasted HTML", () => ({ importText: BLOG_PAGE, action: "import-text" })],
    [
      "a URL",
      () => ({ importUrl: `http://blog.test:${blogPort}/lemon-rice`, action: "import-url" }),
    ],
  ])("fills the form from %s through the importers", async (_, fields) => {
    const html = await (await post(ann, "/recipes/new", fields())).text();
    expect(html).toContain('value="Lemon Rice"');
    expect(html).toContain("200 g basmati rice");
    expect(html).toContain("Cook the rice for 12 minutes.");
  });

  it("says why a URL it may not fetch fills nothing", async () => {
    const res = await post(ann, "/recipes/new", {
      importUrl: "http://127.0.0.1:9/",
      action: "import-url",
    });
    const html = await res.text();
    expect(html).not.toContain('value="Lemon Rice"');
    expect(html).toContain("127.0.0.1 points at 127.0.0.1, which is not a public address");
  });

  it("fills the form from pasted text through the importers", async () => {
    const text = "Pea Soup\n\nIngredients\n- 500 g peas\n\nMethod\n1. Simmer for 20 minutes.\n";
    const html = await (
      await post(ann, "/recipes/new", { importText: text, action: "import-text" })
    ).text();
    expect(html).toContain('value="Pea Soup"');
    expect(html).toContain("500 g peas");
    expect(html).toContain("Simmer for 20 minutes.");
  });
});

describe("bad input in the editor", () => {
  const count = () => storage.store.count();

  it("says an empty title at the title field, keeps the rest, stores nothing", async () => {
    const before = await count();
    const res = await post(ann, "/recipes/new", { ...FULL, title: " ", action: "publish" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(
      /id="f-title"[^>]*aria-describedby="e-title"|aria-describedby="e-title"[^>]*id="f-title"/,
    );
    expect(html).toContain('id="e-title">Give the recipe a title.');
    expect(html).toContain("Melt the sugar for 3-4 minutes until amber.");
    expect(await count()).toBe(before);
  });

  it("says 10,000 ingredients are too many at their field, and keeps every line", async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i + 1} g salt`).join("\n");
    const res = await post(ann, "/recipes/new", {
      ...FULL,
      "ingredientGroups.0.lines": lines,
      action: "publish",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="e-ingredientGroups-0-lines"');
    expect(html).toContain("this one has 10000");
    expect(html).toContain("10000 g salt");
  });

  it("refuses a 20 MB image and a non-image at the image field, losing nothing", async () => {
    const slug = slugOf(await post(ann, "/recipes/new", { ...FULL, action: "publish" }))!;
    const big = new File([new Uint8Array(20 * 1024 * 1024)], "huge.jpg", { type: "image/jpeg" });
    const res = await post(
      ann,
      `/recipes/${slug}/edit`,
      { ...FULL, title: "Changed", action: "publish" },
      big,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="e-image"');
    expect(html).toContain("the limit is 10 MB");
    expect(html).toContain('value="Changed"');
    expect((await storage.store.findBySlug(slug))?.recipe.title).toBe(FULL.title);
    const fake = new File([new TextEncoder().encode("<svg onload=alert(1)>")], "cat.png", {
      type: "image/png",
    });
    const refused = await (
      await post(ann, "/recipes/new", { ...FULL, action: "upload" }, fake)
    ).text();
    expect(refused).toContain("not an image we can read");
    expect(refused).toContain("500 g pork mince");
  });
});

describe("images and assets", () => {
  it("resizes an upload into WebP and JPEG sizes and crops, served as immutable", async () => {
    const png = await sharp({
      create: { width: 2000, height: 1500, channels: 3, background: "#c86" },
    })
      .withMetadata({ exif: { IFD0: { Artist: "Secret Person" } } })
      .png()
      .toBuffer();
    const res = await post(
      ann,
      "/recipes/new",
      { ...FULL, action: "upload" },
      new File([png], "p.png"),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    const images = JSON.parse(
      /name="images" value="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"'),
    ) as {
      url: string;
      width: number;
      variants: { url: string; width: number; height: number; type: string }[];
    }[];
    const image = images[0]!;
    expect(image.width).toBe(1600);
    const sizes = image.variants.map((v) => `${v.type} ${v.width}x${v.height}`);
    expect(sizes).toEqual(
      expect.arrayContaining([
        "image/webp 480x360",
        "image/jpeg 960x720",
        "image/webp 1600x1200",
        "image/jpeg 1200x675",
        "image/jpeg 1200x900",
        "image/jpeg 1200x1200",
      ]),
    );
    const webp = image.variants.find((v) => v.type === "image/webp")!;
    const served = await createTestClient(app).request(webp.url);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toContain("immutable");
    const meta = await sharp(new Uint8Array(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 480 });
    expect(meta.exif).toBeUndefined();
    expect((await createTestClient(app).request("/media/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });

  it("serves the editor stylesheet with a content-hashed name", async () => {
    const res = await createTestClient(app).request(`/assets/web/${EDITOR_STYLESHEET_FILE}`);
    expect(res.headers.get("content-type")).toContain("text/css");
    expect(res.headers.get("cache-control")).toContain("immutable");
  });
});
