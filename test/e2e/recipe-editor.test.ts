import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/create-http-app.js";
import { readWebAssets } from "../../src/main/web-assets.js";
import { createFileBlobStore } from "../../src/storage/blob-store.js";
import { launchBrowser, signUpInBrowser } from "../support/launch-browser.js";
import { openTempStorage, type TempStorage } from "../support/temp-storage.js";

/** The editor in a real browser with its built module (run `node scripts/build.mjs` first), the
 *  real CSP and cookies: parse as you type, reorder, upload, publish, and bad input. */
let storage: TempStorage;
let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  storage = await openTempStorage();
  const webAssets = readWebAssets();
  if (!webAssets) throw new Error("no dist/web: run 'node scripts/build.mjs'");
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => console.error(e),
    passwordCost: { N: 2 ** 10, r: 8, p: 1 },
    blobs: createFileBlobStore(join(storage.dir, "blobs")),
    webAssets,
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await storage?.close();
});

async function signedInPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await signUpInBrowser(page, base, { email: `ann${Math.random()}@example.org` });
  return { page, errors };
}

describe("the recipe editor in a browser", () => {
  it("parses as you type, reorders steps, uploads an image and publishes", async () => {
    const { page, errors } = await signedInPage();
    await page.goto(`${base}/recipes/new`);
    await page.waitForSelector("form.editor-form[data-enhanced]");
    await page.getByLabel("Title", { exact: true }).fill("Sticky Pork Mince");
    await page
      .getByLabel("Ingredients of group 1")
      .fill("500 g pork mince\n2 tbsp fish sauce, divided");
    await expect
      .poll(() => page.locator("#parsed-0 li").nth(1).locator(".unit").textContent())
      .toBe("tbsp");
    expect(await page.locator("#parsed-0 li").nth(1).locator(".food").textContent()).toBe(
      "fish sauce",
    );
    await expect
      .poll(() => page.locator("#preview .preview-title").textContent())
      .toBe("Sticky Pork Mince");

    await page.locator("#f-stepGroups-0-steps-0-text").fill("Brown the pork.");
    await page.getByRole("button", { name: "Add a step", exact: true }).click();
    await page.locator("#f-stepGroups-0-steps-1-text").fill("Caramelise the sugar for 3 minutes.");
    await page.waitForSelector("form.editor-form[data-enhanced]");
    const url = page.url();
    await page.locator("li.step").nth(1).getByRole("button", { name: "Move up" }).click();
    expect(page.url()).toBe(url);
    expect(await page.locator("#f-stepGroups-0-steps-0-text").inputValue()).toBe(
      "Caramelise the sugar for 3 minutes.",
    );

    const jpeg = await sharp({
      create: { width: 1800, height: 1200, channels: 3, background: "#a63" },
    })
      .jpeg()
      .toBuffer();
    await page.setInputFiles("#f-image", {
      name: "pork.jpg",
      mimeType: "image/jpeg",
      buffer: jpeg,
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForSelector(".image-list img");
    expect(await page.locator(".image-list img").getAttribute("src")).toMatch(
      /^\/media\/[0-9a-f]{64}\.jpg$/,
    );
    expect(await page.locator("#f-stepGroups-0-steps-0-text").inputValue()).toContain("Caramelise");

    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/\/recipes\/sticky-pork-mince$/);
    expect(await page.locator("h1").first().textContent()).toContain("Sticky Pork Mince");
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    ) as Record<string, unknown>;
    const recipe = (
      Array.isArray(ld["@graph"])
        ? (ld["@graph"] as Record<string, unknown>[]).find((d) => d["@type"] === "Recipe")
        : ld
    )!;
    expect(recipe.name).toBe("Sticky Pork Mince");
    expect(JSON.stringify(recipe.recipeIngredient)).toContain("2 tbsp fish sauce, divided");
    const steps = JSON.stringify(recipe.recipeInstructions);
    expect(steps.indexOf("Caramelise")).toBeLessThan(steps.indexOf("Brown the pork"));
    const shown = await page.locator("main img").first().getAttribute("src");
    expect(shown).toMatch(/\/media\//);
    const stored = await storage.store.findBySlug("sticky-pork-mince");
    const webp = stored!.recipe.images[0]!.variants!.find((v) => v.type === "image/webp")!;
    const res = await page.request.get(`${base}${webp.url}`);
    expect(res.headers()["content-type"]).toBe("image/webp");
    expect(res.headers()["cache-control"]).toContain("immutable");
    const script = await page.request.get(`${base}/assets/web/${readWebAssets()!.entries.editor}`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(script.headers()["content-encoding"]).toBe("gzip");
    expect(script.headers()["cache-control"]).toContain("immutable");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows bad input at its field and keeps what was typed", async () => {
    const { page, errors } = await signedInPage();
    const before = await storage.store.count();
    await page.goto(`${base}/recipes/new`);
    await page.waitForSelector("form.editor-form[data-enhanced]");
    await page.getByLabel("Ingredients of group 1").fill("1 onion");
    await page.getByLabel("Story").fill("A long story I would hate to lose.");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForSelector("#e-title");
    const title = page.getByLabel("Title", { exact: true });
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await title.getAttribute("aria-describedby")).toContain("e-title");
    expect(await page.locator("#e-title").textContent()).toBe("Give the recipe a title.");
    expect(await page.getByLabel("Story").inputValue()).toBe("A long story I would hate to lose.");

    await page.setInputFiles("#f-image", {
      name: "big.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.alloc(20 * 1024 * 1024),
    });
    expect(await page.locator("#f-image-size").textContent()).toContain("the limit is 10 MB");
    await page.setInputFiles("#f-image", {
      name: "notes.png",
      mimeType: "image/png",
      buffer: Buffer.from("not an image"),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForSelector("#e-image");
    expect(await page.locator("#e-image").textContent()).toContain("not an image we can read");
    expect(await page.getByLabel("Story").inputValue()).toBe("A long story I would hate to lose.");
    expect(await storage.store.count()).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
