import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { signUpInBrowser } from "../support/launch-browser.js";
import { screenshotPath } from "../support/screenshot-path.js";
import { useServerAndBrowser } from "../support/server-and-browser.js";

/** The meal plan in a real browser without JavaScript, on the built server: plan the founding
 *  recipe from its page, see it in the week, make the week's shopping list, and subscribe to
 *  the calendar feed (fetched with no cookies, read by ical.js). */
const FOUNDING = "vietnamese-caramelised-pork-mince-stir-fry";
const TITLE = "Vietnamese Caramelised Pork Mince Stir Fry";

const rig = useServerAndBrowser();

describe("meal plan in a browser", () => {
  it("plans the founding recipe for dinner, shops for the week and serves the feed", async () => {
    const context = await rig.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const base = rig.server.url;
    await signUpInBrowser(page, base);

    // The server's "this week" is the UTC one, as is this day.
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${base}/recipes/${FOUNDING}`);
    await page.getByLabel("Plan on").fill(today);
    await page.getByLabel("Meal").selectOption("dinner");
    await page.getByLabel("People").fill("4");
    await page.getByRole("button", { name: "Plan it" }).click();
    await page.waitForURL(/\/plan\?week=\d{4}-W\d{2}$/);
    const cell = page.locator(`tr[data-day="${today}"] td[data-meal="dinner"]`);
    expect(await cell.getByRole("link", { name: TITLE }).getAttribute("href")).toBe(
      `/recipes/${FOUNDING}?servings=4`,
    );
    // The week as the README shows it.
    await page.screenshot({ path: screenshotPath("meal-plan.png"), fullPage: true });

    await page.getByRole("button", { name: "Make the shopping list" }).click();
    await page.waitForURL(/\/lists\/\d+$/);
    const foods = await page.locator("ul.shopping-items .food").allTextContents();
    expect(foods.map((f) => f.toLowerCase())).toContain("ground pork");

    await page.goto(`${base}/plan`);
    await page.getByRole("button", { name: "Make a feed address" }).click();
    const url = await page.getByLabel("Feed address").inputValue();
    expect(url).toMatch(/\/plan\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(url);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const [vevent] = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent");
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe(`Dinner: ${TITLE}`);
    expect(event.startDate.toString()).toBe(`${today}T19:00:00`);
    await context.close();
  });
});
