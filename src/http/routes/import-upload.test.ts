import { join } from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpClient, type TestClient } from "../../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { importRecipes } from "../../app/import-recipes.js";
import { createFileBlobStore } from "../../storage/blob-store.js";
import type { createHttpApp } from "../create-http-app.js";

/** Uploading files and archives over HTTP (the form and the JSON endpoint), with the pictures
 *  inside archives kept as images, and downloading recipes back in other apps' formats. */
let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let ann: TestClient;
let photo: Uint8Array;

const paprika = (name: string, value: unknown) =>
  [`${name}.paprikarecipe`, gzipSync(strToU8(JSON.stringify(value)))] as const;

const MEAL_MASTER = `MMMMM----- Recipe via Meal-Master (tm) v8.02
      Title: Tea
   Servings: 1
      1 ts tea leaves
  Steep for 3 minutes.
MMMMM
`;

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage, { blobs: createFileBlobStore(join(storage.dir, "blobs")) });
  ann = await signUpClient(app, { email: "ann@example.org" });
  photo = new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c84" } })
      .jpeg()
      .toBuffer(),
  );
});
afterAll(() => storage.close());

const upload = (client: TestClient, path: string, files: [string, Uint8Array | string][]) => {
  const form = new FormData();
  if (client.csrf) form.set("_csrf", client.csrf);
  for (const [name, bytes] of files)
    form.append(
      "files",
      new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]),
      name,
    );
  return client.request(path, { method: "POST", body: form });
};

interface Entry {
  file: string;
  label: string;
  outcome: string;
  slug?: string;
  code?: string;
  images: number;
}

describe("POST /api/imports/files", () => {
  it("keeps every recipe of a Paprika archive with its photo, and a broken file fails alone", async () => {
    const archive = zipSync(
      Object.fromEntries([
        paprika("Pancakes", {
          name: "Pancakes",
          ingredients: "2 cups flour\n1 cup milk",
          directions: "Whisk. Fry for 2 minutes a side.",
          photo: "pancakes.jpg",
          photo_data: Buffer.from(photo).toString("base64"),
        }),
        paprika("Broken", { ingredients: "no name" }),
      ]),
    );
    const res = await upload(ann, "/api/imports/files", [
      ["mine.paprikarecipes", archive],
      ["tea.mmf", MEAL_MASTER],
      ["junk.zip", new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])],
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { imported: number; failed: number; items: Entry[] };
    const by = (label: string) => body.items.find((i) => `${i.file}#${i.label}`.includes(label));
    expect(by("Pancakes")).toMatchObject({ outcome: "imported", slug: "pancakes", images: 1 });
    expect(by("Broken")).toMatchObject({ outcome: "failed", code: "PAPRIKA_INVALID" });
    expect(by("tea.mmf")).toMatchObject({ outcome: "imported", slug: "tea" });
    expect(by("junk.zip")?.outcome).toBe("failed");
    expect(body).toMatchObject({ imported: 2, failed: 2 });

    // The recipe is Ann's and private; its image is served from /media in the variants made.
    const recipe = await ann.request("/api/recipes/pancakes");
    const stored = (await recipe.json()) as {
      visibility: string;
      recipe: { images: { url: string; width: number }[] };
    };
    expect(stored.visibility).toBe("private");
    const [image] = stored.recipe.images;
    expect(image?.url).toMatch(/^\/media\/[0-9a-f]{64}\.jpg$/);
    const media = await app.request(image!.url);
    expect(media.status).toBe(200);
    expect((await sharp(new Uint8Array(await media.arrayBuffer())).metadata()).width).toBe(64);
    expect((await app.request("/api/recipes/pancakes")).status).toBe(404);

    // The same archive again: kept already, skipped.
    const again = await upload(ann, "/api/imports/files", [["mine.paprikarecipes", archive]]);
    const second = (await again.json()) as { items: Entry[] };
    expect(second.items.find((i) => i.label.includes("Pancakes"))).toMatchObject({
      outcome: "skipped",
      code: "ALREADY_KEPT",
    });
  });

  it("refuses visitors, a body without files, and an oversize body with INPUT_TOO_LARGE", async () => {
    const anonymous = await app.request("/api/imports/files", {
      method: "POST",
      body: new FormData(),
    });
    expect(anonymous.status).toBe(401);
    const empty = await upload(ann, "/api/imports/files", []);
    expect(((await empty.json()) as { code: string }).code).toBe("BAD_REQUEST");
    // Refused on its declared length, before a byte is read.
    const huge = await ann.request("/api/imports/files", {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(300 * 1024 * 1024),
        "x-csrf-token": ann.csrf!,
      },
      body: "--x--",
    });
    expect(huge.status).toBe(413);
    const problem = (await huge.json()) as { code: string; title: string };
    expect(problem.code).toBe("INPUT_TOO_LARGE");
    expect(problem.title).toMatch(/over 256 MB/);
  });
});

describe("POST /import (the form without JavaScript)", () => {
  it("answers with a results page naming each recipe and its outcome", async () => {
    const tea = MEAL_MASTER.replace("Tea", "Green tea");
    const res = await upload(ann, "/import", [
      ["green.mmf", tea],
      ["empty.txt", "   "],
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("1 imported, 0 skipped, 1 failed");
    expect(html).toMatch(/data-outcome="imported".*href="\/recipes\/green-tea"/s);
    expect(html).toMatch(/data-outcome="failed">.*empty\.txt.*<code>INPUT_EMPTY<\/code>/s);
    const page = await ann.request("/import");
    expect(await page.text()).toContain('action="/import"');
  });
});

describe("exports", () => {
  it("downloads one recipe in each format, each read back by the importers", async () => {
    for (const format of ["cooklang", "markdown", "jsonld", "paprika"]) {
      const res = await ann.request(`/api/recipes/pancakes/export?format=${format}`);
      expect(res.status, format).toBe(200);
      const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1];
      expect(name).toMatch(/^pancakes\./);
      if (format === "markdown") continue; // Markdown is written for people, not read back.
      const back = importRecipes({
        bytes: new Uint8Array(await res.arrayBuffer()),
        format: "auto",
        name: name!,
      });
      const recipe = back.ok ? back.value[0]?.result : undefined;
      expect(recipe?.ok && recipe.value.title, format).toBe("Pancakes");
    }
    expect((await app.request("/api/recipes/pancakes/export?format=cooklang")).status).toBe(404);
    expect((await ann.request("/api/recipes/pancakes/export?format=pdf")).status).toBe(400);
  });

  it("downloads all of one's own recipes as one file", async () => {
    const paprikaAll = await ann.request("/api/export?format=paprika");
    expect(paprikaAll.headers.get("content-type")).toBe("application/zip");
    const back = importRecipes({
      bytes: new Uint8Array(await paprikaAll.arrayBuffer()),
      format: "auto",
      name: "all.paprikarecipes",
    });
    const titles = back.ok ? back.value.map((e) => e.result.ok && e.result.value.title) : [];
    expect(titles.sort()).toEqual(["Green tea", "Pancakes", "Tea"]);
    const jsonld = await ann.request("/api/export?format=jsonld");
    const nodes = (await jsonld.json()) as { "@type": string }[];
    expect(nodes.filter((n) => n["@type"] === "Recipe")).toHaveLength(3);
    const cook = await ann.request("/api/export?format=cooklang");
    expect(cook.headers.get("content-disposition")).toContain("claypot-recipes-cook.zip");
    expect((await app.request("/api/export?format=jsonld")).status).toBe(401);
    const bob = await signUpClient(app, { email: "bob@example.org" });
    const none = await bob.request("/api/export?format=jsonld");
    expect(await none.json()).toEqual([]);
  });
});
