import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/launch-browser.js";
import { type RunningClaypot, startClaypot } from "../support/start-claypot.js";

/** What a newcomer sees after `npm install && npm start`: a fresh database with the founding
 *  post in it, served over real HTTP and read in a real browser. */
let dir: string;
let server: RunningClaypot;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claypot-e2e-"));
  server = await startClaypot({ DATABASE_PATH: join(dir, "data", "claypot.db") });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("first start", () => {
  it("creates the database file with the founding post in it", async () => {
    expect(existsSync(join(dir, "data", "claypot.db"))).toBe(true);
    const res = await fetch(`${server.url}/api/recipes`);
    const body = (await res.json()) as { items: { title: string }[] };
    expect(body.items.map((r) => r.title)).toEqual(["Vietnamese Caramelised Pork Mince Stir Fry"]);
  });

  it("shows the recipe in a browser: jump to recipe, steps and FAQ", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url);
    await page.getByRole("link", { name: "Vietnamese Caramelised Pork Mince Stir Fry" }).click();
    await page.waitForURL(/\/recipes\//);
    expect(await page.locator("h1").textContent()).toBe(
      "Vietnamese Caramelised Pork Mince Stir Fry",
    );

    const card = page.locator("#recipe");
    expect(await card.isVisible()).toBe(true);
    expect(await card.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(844);
    await page.getByRole("link", { name: "Jump to recipe" }).click();
    await page.waitForURL(/#recipe$/);
    const top = await card.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);

    const stepTitles = await page.locator("ol.steps > li h3").allTextContents();
    expect(stepTitles).toEqual([
      "Create the Caramel Base",
      "Brown the Pork Perfectly",
      "Build Aromatic Layers",
      "Finish with Bold Flavors",
    ]);
    await expect(page.locator("#step-1 .chip.timer").first().textContent()).resolves.toBe(
      "3–4 min",
    );
    const questions = await page.locator("details.faq summary").allTextContents();
    expect(questions).toHaveLength(6);
    expect(questions[0]).toBe("Can I use ground chicken or turkey instead of pork?");
    // innerText: what a reader sees rendered, not the DOM's raw text.
    const text = (await page.locator("body").innerText()).toLowerCase();
    expect(text).not.toContain("pin it");
    await page.close();
  });

  it("loads no script and breaks no rule of its own content security policy", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.url}/recipes/vietnamese-caramelised-pork-mince-stir-fry`);
    const styled = await page
      .locator("#recipe")
      .evaluate((el) => getComputedStyle(el).borderRadius);
    expect(styled).not.toBe("0px");
    expect(problems).toEqual([]);
    await page.close();
  });
});
