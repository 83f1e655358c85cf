import { describe, expect, it } from "vitest";
import { signUpInBrowser } from "../support/launch-browser.js";
import { useServerAndBrowser } from "../support/server-and-browser.js";

/** The /import page in a real browser against the built server (`node scripts/build.mjs`
 *  first): two files sent by the page's script, its progress bar, then the results in place. */

const rig = useServerAndBrowser();

const TEA = `MMMMM----- Recipe via Meal-Master (tm) v8.02
      Title: Tea
   Servings: 1
      1 ts tea leaves
  Steep for 3 minutes.
MMMMM
`;
const SOUP = "Pea Soup\n\nIngredients\n- 500 g peas\n\nMethod\n1. Simmer for 20 minutes.\n";

describe("importing files in the browser", () => {
  it("uploads two files with progress to 100% and lists what became of each", async () => {
    const page = await rig.browser.newPage();
    await signUpInBrowser(page, rig.server.url);
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.waitForURL(/\/import$/);

    await page.getByLabel("Files").setInputFiles([
      { name: "tea.mmf", mimeType: "text/plain", buffer: Buffer.from(TEA) },
      { name: "soup.txt", mimeType: "text/plain", buffer: Buffer.from(SOUP) },
    ]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const results = page.locator("#import-results");
    await expect
      .poll(() => results.locator("h2").textContent())
      .toBe("2 imported, 0 skipped, 0 failed");
    // The script's bar (the plain form's results page keeps it hidden), and no page load.
    expect(await page.locator(".import-progress output").textContent()).toBe("100%");
    expect(await page.locator(".import-progress progress").getAttribute("value")).toBe("100");
    expect(await page.locator(".import-progress").isVisible()).toBe(true);
    await results.getByRole("link", { name: "Pea Soup" }).click();
    await page.waitForURL(/\/recipes\/pea-soup$/);
    expect(await page.locator("h1").textContent()).toBe("Pea Soup");
    expect(await page.getByRole("link", { name: "Cooklang" }).getAttribute("href")).toBe(
      "/api/recipes/pea-soup/export?format=cooklang",
    );
  }, 30_000);
});
