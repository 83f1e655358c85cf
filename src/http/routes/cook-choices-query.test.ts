import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import {
  fixedClock,
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { addExampleRecipe } from "../../app/add-example-recipe.js";
import { addRecipe } from "../../app/add-recipe.js";

/** The recipe page adapts to ?servings, ?units, ?swap and ?spice (and a remembered units cookie),
 *  without any script, while its JSON-LD and canonical address stay the recipe as written. */
let storage: TempStorage;
let app: ReturnType<typeof createTestApp>;
let founding: string;

const pancakes = makeRecipe({
  title: "Pancakes",
  slug: "pancakes",
  yields: { quantity: { kind: "exact", value: 4 }, unit: "servings", text: "Serves 4" },
  ingredientGroups: [
    {
      ingredients: [
        { text: "2 cups milk", quantity: { kind: "exact", value: 2 }, unit: "cup", food: "milk" },
        {
          text: "2 eggs",
          quantity: { kind: "exact", value: 2 },
          food: "eggs",
          note: "</script><b>",
        },
      ],
    },
  ],
  stepGroups: [{ steps: [{ text: "Whisk 2 eggs into the milk. Fry at 180°C." }] }],
});

beforeAll(async () => {
  storage = await openTempStorage();
  const clock = fixedClock();
  founding = await addExampleRecipe({ store: storage.store, clock }, readExample());
  await addRecipe({ store: storage.store, clock }, pancakes);
  app = createTestApp(storage);
});
afterAll(() => storage.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { res, html: await res.text() };
};
const card = (html: string) => html.slice(html.indexOf('id="recipe"'));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]);

describe("GET /recipes/:slug with cook choices", () => {
  it("?servings=8 doubles the amounts, the step's and the yield, and says so", async () => {
    const { html } = await page("/recipes/pancakes?servings=8");
    expect(card(html)).toContain(
      '<span class="amount">4 cup </span><span class="food">milk</span>',
    );
    expect(card(html)).toContain("Whisk 4 eggs into the milk. Fry at 180°C.");
    expect(card(html)).toContain("<strong>Makes</strong> Serves 8");
    expect(html).toContain("<li>Scaled to 8 servings (×2): 3 amounts changed</li>");
    expect(html).toMatch(/<input id="cook-servings" name="servings"[^>]*value="8"/);
  });

  it("ignores what it cannot read and shows the recipe as written", async () => {
    const plain = card((await page("/recipes/pancakes")).html);
    const { res, html } = await page(
      "/recipes/pancakes?servings=abc&units=kelvin&spice=volcanic&swap=%3Cb%3E&swap=nope",
    );
    expect(res.status).toBe(200);
    expect(card(html)).toBe(plain);
    expect(html).toContain("<li>Nothing: the recipe as written.</li>");
  });

  it("keeps the JSON-LD and the canonical address of the recipe as written", async () => {
    const plain = (await page("/recipes/pancakes")).html;
    const adapted = (await page("/recipes/pancakes?servings=8&units=metric")).html;
    expect(jsonLd(adapted)).toEqual(jsonLd(plain));
    expect(jsonLd(adapted).join()).toContain('"2 cups milk"');
    expect(adapted).toContain('<link rel="canonical" href="http://localhost/recipes/pancakes"/>');
  });

  it("embeds the recipe for the browser module with < escaped", async () => {
    const { html } = await page("/recipes/pancakes");
    const data = /<script type="application\/json" id="recipe-data">(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    expect(data).toContain("\\u003c/script\\u003e\\u003cb\\u003e");
    expect(JSON.parse(data ?? "null").ingredientGroups[0].ingredients[1].note).toBe("</script><b>");
  });

  it("swaps chicken in on the founding recipe: oil in the list, chicken in the steps", async () => {
    const { html } = await page(
      `/recipes/${founding}?swap=ground-chicken-for-ground-pork&spice=mild&servings=2`,
    );
    expect(card(html)).toContain(
      '<span class="amount">2 tbsp </span><span class="food">oil</span>',
    );
    expect(card(html)).toContain("<h3>Brown the Chicken Perfectly</h3>");
    expect(card(html)).toContain(
      '<span class="amount">2 </span><span class="food">Red Chilies</span>',
    );
    expect(html).toMatch(/name="swap" value="ground-chicken-for-ground-pork" checked/);
    expect(html).toMatch(/name="spice" value="mild" checked/);
  });

  it("offers no heat control on a recipe without heat", async () => {
    expect((await page("/recipes/pancakes")).html).not.toContain('name="spice"');
  });
});

describe("units remembered per reader", () => {
  it("?units=metric remembers the choice in a cookie", async () => {
    const { res } = await page("/recipes/pancakes?units=metric");
    expect(res.headers.get("set-cookie")).toMatch(
      /^units=metric; Max-Age=31536000; Path=\/; SameSite=Lax$/,
    );
  });

  it("a units cookie bypasses the shared page cache, which it never pollutes", async () => {
    const first = await page("/recipes/pancakes");
    expect(first.res.headers.get("etag")).toBeTruthy();
    const metric = await page("/recipes/pancakes", { cookie: "units=metric" });
    expect(metric.res.headers.get("etag")).toBeNull();
    expect(card(metric.html)).toContain('<span class="amount">475 ml </span>');
    const again = await page("/recipes/pancakes");
    expect(card(again.html)).toContain('<span class="amount">2 cup </span>');
    expect(again.res.headers.get("etag")).toBe(first.res.headers.get("etag"));
    // The address wins over the cookie, and then the page is the shared one again.
    const asked = await page("/recipes/pancakes?units=us", { cookie: "units=metric" });
    expect(card(asked.html)).toContain('<span class="amount">2 cup </span>');
  });
});
