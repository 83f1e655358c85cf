import { describe, expect, it } from "vitest";
import { signUpInBrowser } from "../support/launch-browser.js";
import { useServerAndBrowser } from "../support/server-and-browser.js";

/** A shopping list in a real browser without JavaScript, on the built server: the founding post
 *  and a second recipe sharing its pork, garlic and fish sauce go on one list, merged by food,
 *  grouped by aisle, and an item is checked off. */

const FOUNDING = "vietnamese-caramelised-pork-mince-stir-fry";
const NOODLES = `Garlic Pork Noodles

Serves 2

Ingredients
- 250 g ground pork
- 3 cloves garlic
- 2 tbsp fish sauce
- 200 g rice noodles

Method
1. Fry the pork until brown.
2. Toss with the noodles.
`;

const rig = useServerAndBrowser();

describe("shopping list in a browser", () => {
  it("merges two recipes by food, groups them by aisle, and checks an item off", async () => {
    const context = await rig.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signUpInBrowser(page, rig.server.url);

    // The second recipe comes in through the JSON API, with the browser's own session.
    const session = await (await page.request.get(`${rig.server.url}/api/session`)).json();
    const imported = await page.request.post(`${rig.server.url}/api/imports`, {
      headers: { "x-csrf-token": session.csrfToken },
      data: { text: NOODLES },
    });
    expect(imported.status()).toBe(201);
    const { slug } = (await imported.json()) as { slug: string };

    await page.goto(`${rig.server.url}/recipes/${FOUNDING}`);
    await page.getByRole("button", { name: "Add to list" }).click();
    await page.waitForURL(/\/lists\/\d+$/);
    const listUrl = page.url();
    await page.goto(`${rig.server.url}/recipes/${slug}`);
    await page.getByLabel("Servings on the list").fill("4");
    await page.getByRole("button", { name: "Add to list" }).click();
    await page.waitForURL(listUrl);

    const aisles = await page.locator("section.aisle h2").allTextContents();
    expect(aisles).toEqual(["produce", "meat & fish", "pantry"]);
    const itemsOf = (aisle: string) =>
      page.locator(`section.aisle[data-aisle="${aisle}"] li .check`).allInnerTexts();
    expect(await itemsOf("meat & fish")).toEqual(["☐ Ground Pork 500 g + some"]);
    expect(await itemsOf("produce")).toEqual([
      "☐ Shallots",
      "☐ Garlic 6 cloves + some",
      "☐ Red Chilies",
      "☐ Scallions",
    ]);
    expect(await itemsOf("pantry")).toEqual([
      "☐ Palm Sugar",
      "☐ Fish Sauce ¼ cup + some",
      "☐ rice noodles 400 g",
    ]);

    const pork = page.locator('li[data-food="pork"]');
    // The form posts, and the list comes back by GET (post/redirect/get).
    await Promise.all([
      page.waitForResponse((r) => r.url() === listUrl && r.request().method() === "GET"),
      pork.locator("button.check").click(),
    ]);
    await page.waitForLoadState("load");
    expect(await pork.getAttribute("class")).toBe("item checked");
    expect(await pork.locator("button.check").getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });
});
