import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/create-http-app.js";
import { launchBrowser, signUpInBrowser } from "../support/launch-browser.js";
import { makeRecipe } from "../support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../support/temp-storage.js";

/** The account forms in a real browser, over real HTTP, with the real CSP and cookies: sign up,
 *  pin a recipe to a new board, make a private recipe's share link, sign out. */
let storage: TempStorage;
let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  storage = await openTempStorage();
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => console.error(e),
    passwordCost: { N: 2 ** 10, r: 8, p: 1 },
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await storage.store.insert({
    recipe: makeRecipe({ title: "Garlic Noodles", slug: "garlic-noodles" }),
    contentHash: "noodles",
    now: new Date(),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await storage?.close();
});

describe("accounts in a browser", () => {
  it("signs up, pins to a new board, shares a private recipe, and signs out", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors: string[] = [];
    // A CSP violation would show here; the browser's own favicon request (404) is no error of ours.
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
        errors.push(m.text());
    });

    await signUpInBrowser(page, base);
    expect(await page.locator("nav.account").innerText()).toContain("Ann");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "claypot_session")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    });

    await page.getByRole("link", { name: "Garlic Noodles" }).click();
    await page.getByLabel("New board name").fill("Weeknight");
    await page.getByRole("button", { name: "Pin" }).click();
    await page.waitForURL(/\/boards\/\d+$/);
    expect(await page.locator("h1").innerText()).toBe("Weeknight");
    expect(await page.getByRole("link", { name: "Garlic Noodles" }).count()).toBe(1);

    // Ann is the first account, so the admin: she keeps the site's recipes.
    await page.goto(`${base}/recipes/garlic-noodles`);
    await page.getByLabel("Who sees it").selectOption("private");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Make a share link" }).click();
    const link = await page.locator("input.share-url").inputValue();
    expect(link).toMatch(/\/recipes\/garlic-noodles\?share=/);

    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    expect((await other.goto(`${base}/recipes/garlic-noodles`))?.status()).toBe(404);
    expect((await other.goto(link.replace(/^https?:\/\/[^/]+/, base)))?.status()).toBe(200);
    await stranger.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator("nav.account").innerText()).toContain("Sign in");
    expect(errors).toEqual([]);
    await context.close();
  });
});
