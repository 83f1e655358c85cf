import { describe, expect, it } from "vitest";
import type { RecipeInput } from "../../domain/recipe.js";
import { importHtml } from "./import-html.js";

/** Pages whose structured data leaves parts out, or that have none: the page's layout gives
 *  what is missing, and what the structured data does say stays. */

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

function read(html: string) {
  const result = importHtml({ text: html });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const lines = (r: RecipeInput) =>
  (r.ingredientGroups ?? []).flatMap((g) => g.ingredients.map((i) => i.text));
const steps = (r: RecipeInput) => (r.stepGroups ?? []).flatMap((g) => g.steps.map((s) => s.text));

const lists =
  `<ul><li>2 slices bread</li><li>1 tbsp butter</li></ul>` +
  `<ol><li>Toast the bread until golden.</li><li>Spread the butter on it.</li></ol>`;

describe("importHtml on pages that leave parts out", () => {
  it("keeps the JSON-LD's title, times and yields and takes the ingredients and steps from the page", () => {
    const { value } = read(
      page(
        ld({ "@type": "Recipe", name: "Butter Toast", totalTime: "PT5M", recipeYield: "2" }),
        `<article><h1>Toast</h1>${lists}<p>Serves 4</p></article>`,
      ),
    );
    expect(value.title).toBe("Butter Toast");
    expect(value.times?.total).toEqual({ min: 300 });
    expect(value.yields?.quantity).toEqual({ kind: "exact", value: 2 });
    expect(lines(value)).toEqual(["2 slices bread", "1 tbsp butter"]);
    expect(steps(value)).toEqual(["Toast the bread until golden.", "Spread the butter on it."]);
  });

  it("takes the page's whole lines where the JSON-LD split them at each comma", () => {
    const recipeIngredient = ["200 g beef", " diced", " 1", "5 tsp mustard", " salt"];
    const { value } = read(
      page(
        ld({ "@type": "Recipe", name: "Stew", recipeIngredient, recipeInstructions: ["Stew."] }),
        `<ul class="ingredients"><li>200 g beef, diced</li><li>1,5 tsp mustard</li><li>salt</li></ul>`,
      ),
    );
    expect(lines(value)).toEqual(["200 g beef, diced", "1,5 tsp mustard", "salt"]);
  });

  it("reads a page without structured data from its lists, its dish's h1 and its labelled facts", () => {
    const { value, issues } = read(
      page(
        "<title>Recipe - Butter Toast | Crumbs</title>",
        `<h1>Crumbs</h1><article><h1>Butter Toast</h1><p>Prep Time: 5 minutes</p><p>Servings: 2</p>${lists}</article>`,
      ),
    );
    expect(value.title).toBe("Butter Toast");
    expect(value.times?.prep).toEqual({ min: 300 });
    expect(value.yields?.quantity).toEqual({ kind: "exact", value: 2 });
    expect(lines(value)).toEqual(["2 slices bread", "1 tbsp butter"]);
    expect(issues.map((i) => i.code)).toContain("NO_STRUCTURED_RECIPE");
  });

  it("reads hrecipe markup, a step per list item", () => {
    const { value } = read(
      page(
        "",
        `<div class="hrecipe"><h2 class="fn">Toast</h2><ul><li class="ingredient">2 slices bread</li></ul>` +
          `<ol class="instructions"><li>Toast the bread.</li><li>Butter it.</li></ol></div>`,
      ),
    );
    expect(steps(value)).toEqual(["Toast the bread.", "Butter it."]);
  });

  it("reads a plugin card without the text only screen readers get", () => {
    const item = (text: string) =>
      `<li class="wprm-recipe-ingredient"><span class="sr-only">▢ </span>${text}</li>`;
    const { value } = read(
      page(
        "",
        `<div class="wprm-recipe-container"><div class="wprm-recipe"><h2 class="wprm-recipe-name">Toast</h2>` +
          `<div class="wprm-recipe-ingredient-group"><ul>${item("2 slices bread")}${item("1 tbsp butter")}</ul></div>` +
          `<div class="wprm-recipe-instruction-group"><ul><li><div class="wprm-recipe-instruction-text">Toast.</div></li></ul></div></div></div>`,
      ),
    );
    expect(lines(value)).toEqual(["2 slices bread", "1 tbsp butter"]);
  });

  it("takes the page's lines where the JSON-LD names the foods without their amounts", () => {
    const { value } = read(
      page(
        ld({
          "@type": "Recipe",
          name: "Toast",
          recipeIngredient: ["bread", "butter", "salt"],
          recipeInstructions: ["Toast the bread and butter it."],
        }),
        `<article><div class="ingredients"><ul><li>2 slices bread</li><li>1 tbsp butter</li>` +
          `<li>1 pinch salt</li></ul></div></article>`,
      ),
    );
    expect(lines(value)).toEqual(["2 slices bread", "1 tbsp butter", "1 pinch salt"]);
    expect(value.ingredientGroups?.[0]?.ingredients[0]?.quantity).toEqual({
      kind: "exact",
      value: 2,
    });
  });

  const gluedToast = ld({
    "@type": "Recipe",
    name: "Toast",
    recipeIngredient: ["2 slices bread", "1 tbsp butter"],
    recipeInstructions: "Toast the bread until golden.Spread the butter on it while warm.",
  });
  const TOAST_STEPS = ["Toast the bread until golden.", "Spread the butter on it while warm."];

  it("takes the page's steps where the JSON-LD glues the method into one string", () => {
    const { value } = read(
      page(
        gluedToast,
        `<article><div class="method"><ol><li>Toast the bread until golden.</li>` +
          `<li>Spread the butter on it while warm.</li></ol></div></article>`,
      ),
    );
    expect(steps(value)).toEqual(TOAST_STEPS);
  });

  it("splits a glued method at the page's paragraphs when no box names the method", () => {
    const { value } = read(
      page(
        gluedToast,
        `<article><h2>Toast</h2><ul><li>2 slices bread</li></ul><p>Toast the bread until golden.</p>` +
          `<h2>Butter</h2><ul><li>1 tbsp butter</li></ul><p>Spread the butter on it while warm.</p></article>`,
      ),
    );
    expect(steps(value)).toEqual(TOAST_STEPS);
  });

  it("keeps the JSON-LD's lines where the page's say something else", () => {
    const { value } = read(
      page(
        ld({
          "@type": "Recipe",
          name: "Toast",
          recipeIngredient: ["bread", "butter", "salt"],
          recipeInstructions: "Toast the bread. Butter it.",
        }),
        `<article><ul><li>2 slices rye</li><li>1 tbsp oil</li><li>1 pinch pepper</li></ul>` +
          `<ol><li>Grill the rye until it is golden.</li><li>Drizzle the oil over it.</li></ol></article>`,
      ),
    );
    expect(lines(value)).toEqual(["bread", "butter", "salt"]);
    expect(steps(value)).toEqual(["Toast the bread. Butter it."]);
  });

  it("reads a microdata method whose markup wraps its lines as one step per list item", () => {
    const { value } = read(
      page(
        "",
        `<div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Toast</h1>` +
          `<ul><li itemprop="recipeIngredient">2 slices bread</li></ul><div itemprop="recipeInstructions"><ol>` +
          `<li>\n  Toast the bread until\ngolden, then let it cool.\n</li><li>Butter\nit.</li></ol></div></div>`,
      ),
    );
    expect(steps(value)).toEqual(["Toast the bread until golden, then let it cool.", "Butter it."]);
  });

  it("leaves what a theme's method box prints after the last step out of the steps", () => {
    const { value } = read(
      page(
        "<title>Eggplant dip</title>",
        `<article><h1>Eggplant dip</h1><ul class="ingredients"><li>2 eggplants</li><li>1 tbsp tahini</li></ul>` +
          `<ol class="method"><li>Char the eggplants over a flame until soft.</li>` +
          `<li>Mash the flesh with the tahini. <b>Serves 4</b></li><li>Photo credit: © Example.com</li></ol></article>`,
      ),
    );
    expect(steps(value)).toEqual([
      "Char the eggplants over a flame until soft.",
      "Mash the flesh with the tahini.",
    ]);
    expect(value.yields?.quantity).toEqual({ kind: "exact", value: 4 });
  });

  it("leaves a nutrition box and a list of the site's pages beside the recipe out of its groups", () => {
    const { value } = read(
      page(
        "<title>Butter Toast</title>",
        `<h1>Butter Toast</h1><div><ul><li>2 slices bread</li><li>1 tbsp butter</li></ul></div>` +
          `<div><h3>Nutrition per serving</h3></div><div><ul><li>320 kcal</li><li>12 g fat</li></ul></div>` +
          `<div><ol><li>Toast the bread until golden.</li><li>Spread the butter on it.</li></ol></div>` +
          `<div><p>Popular this week</p><ul><li>The 10 best dinners for busy weeknights</li>` +
          `<li>Our 5 favourite cookie recipes for the holidays</li></ul></div>`,
      ),
    );
    expect(lines(value)).toEqual(["2 slices bread", "1 tbsp butter"]);
    expect(steps(value)).toEqual(["Toast the bread until golden.", "Spread the butter on it."]);
  });
});
