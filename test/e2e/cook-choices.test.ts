import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshotPath } from "../support/screenshot-path.js";
import { useServerAndBrowser } from "../support/server-and-browser.js";

/** The founding recipe's cook choices in a real browser on the built server (run
 *  `node scripts/build.mjs` first): every change redraws the card at once, with no page load,
 *  through the same adaptRecipe the server runs; and the screenshot for the README. */
const SLUG = "vietnamese-caramelised-pork-mince-stir-fry";

const rig = useServerAndBrowser();

const ingredients = (page: Page) => page.locator("#recipe ul.ingredients").innerText();
const steps = (page: Page) => page.locator("#recipe ol.steps").innerText();

describe("cook choices on the founding recipe", () => {
  it("scale, units, the chicken swap and mild heat redraw the card without a page load", async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    let loads = 0;
    page.on("load", () => loads++);
    await page.goto(`${rig.server.url}/recipes/${SLUG}`);
    await page.waitForFunction(() => document.querySelector("script[type=module]") !== null);
    expect(loads).toBe(1);

    await page.getByLabel("ground chicken").check();
    await expect.poll(() => ingredients(page)).toContain("1 tbsp oil");
    expect(await steps(page)).toContain("Brown the Chicken Perfectly");
    expect(await steps(page)).toContain("Add your ground chicken");
    expect(await steps(page)).not.toMatch(/pork/i);
    expect(page.url()).toContain("swap=ground-chicken-for-ground-pork");

    await page.getByLabel("Batches of the recipe").fill("3");
    await expect.poll(() => ingredients(page)).toContain("3 tbsp oil");
    expect(await steps(page)).toContain("Add 3 tbsp oil with the ground chicken.");
    expect(page.url()).toContain("servings=3");

    await page.getByLabel("Metric").check();
    await expect.poll(() => ingredients(page)).toContain("44 ml oil");
    await page.getByLabel("US", { exact: true }).check();
    await expect.poll(() => ingredients(page)).toContain("3 tbsp oil");
    expect((await page.context().cookies()).find((c) => c.name === "units")?.value).toBe("us");

    await page.getByLabel("Mild").check();
    await expect
      .poll(() => ingredients(page))
      .toContain("3 Red Chilies, seeds and membranes removed");
    const changes = await page.locator("#cook-changes").innerText();
    expect(changes).toContain("Ground Pork → ground chicken");
    expect(changes).toContain("Mild: Red Chilies, 1, seeds and membranes removed");

    await page.getByRole("link", { name: "2×" }).click();
    await expect.poll(() => ingredients(page)).toContain("2 tbsp oil");
    expect(loads).toBe(1);
    expect(errors).toEqual([]);

    // The address the script wrote is one the server renders the same way, without the script.
    const url = page.url();
    const plain = await rig.browser.newPage({ javaScriptEnabled: false });
    await plain.goto(url);
    expect(await ingredients(plain)).toBe(await ingredients(page));
    expect(await steps(plain)).toBe(await steps(page));
    await plain.close();

    // Page coordinates: the form and the top of the card, as the README shows them.
    const top = await page
      .locator("#cook-choices")
      .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await page.screenshot({
      path: screenshotPath("cooking.png"),
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 16), width: 1100, height: 1150 },
    });
    await page.close();
  });

  it("works as a plain form without JavaScript", async () => {
    const page = await rig.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${rig.server.url}/recipes/${SLUG}`);
    await page.getByLabel("ground chicken").check();
    await page.getByLabel("Hot").check();
    await page.getByRole("button", { name: "Update recipe" }).click();
    await page.waitForURL(/swap=ground-chicken-for-ground-pork/);
    expect(await ingredients(page)).toContain("1 tbsp oil");
    expect(await ingredients(page)).toContain("3 Red Chilies");
    await page.close();
  });
});
