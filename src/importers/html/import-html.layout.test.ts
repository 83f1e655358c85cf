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
});
