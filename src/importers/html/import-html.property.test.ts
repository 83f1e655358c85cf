import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectRecipeContract, fastestCpuMs } from "../../../test/support/importer-contract.js";
import { htmlImporter } from "./import-html.js";

/** Any text, and pages built from random tags and attributes around what the importer looks
 *  for: JSON-LD blocks (broken ones too), meta tags with values of any length, microdata, RDFa
 *  and h-recipe properties, plugin recipe cards and any theme's ingredient and instruction
 *  classes, unclosed and deeply nested elements. Every recipe read is one the model keeps or a
 *  coded failure; the importer never throws, and reads in time linear in the page's length. */

const TEXTS = [
  "Soup",
  "1 cup flour, sifted",
  "Stir 2 minutes until golden.",
  "For the sauce:",
  "&amp;#39; &nbsp; Â½",
  "w".repeat(600),
  "x ".repeat(1_100),
  `https://example.org/${"a".repeat(2_000)}`,
  "javascript:alert(1)",
  "P99999999999999999999D",
  `${"9".repeat(400)} servings`,
  "",
];

const TAGS = [
  "div",
  "p",
  "li",
  "ul",
  "ol",
  "span",
  "h2",
  "h3",
  "strong",
  "section",
  "article",
  "nav",
  "table",
  "td",
  "img",
  "a",
  "time",
  "meta",
  "br",
];
const CLASSES = [
  "wprm-recipe",
  "wprm-recipe-container",
  "wprm-recipe-name",
  "wprm-recipe-ingredient-group",
  "wprm-recipe-group-name",
  "wprm-recipe-ingredient",
  "wprm-recipe-instruction-group",
  "wprm-recipe-instruction-text",
  "wprm-recipe-servings-container",
  "wprm-recipe-servings",
  "tasty-recipes",
  "tasty-recipes-ingredients",
  "tasty-recipes-instructions",
  "mv-create-card",
  "mv-create-ingredients",
  "recipe-ingredients",
  "recipe-directions",
  "method",
  "steps",
  "h-recipe",
  "p-name",
  "p-ingredient",
  "e-instructions",
  "p-yield",
  "p-duration",
];
const ATTRIBUTES = [
  () => fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  () =>
    fc.constantFrom(
      "itemscope",
      'itemtype="https://schema.org/Recipe"',
      'typeof="Recipe"',
      'vocab="https://schema.org/"',
    ),
  () =>
    fc
      .constantFrom(
        "name",
        "recipeIngredient",
        "recipeInstructions",
        "recipeYield",
        "totalTime",
        "image",
        "author",
        "aggregateRating",
        "ratingValue",
        "ratingCount",
      )
      .map((p) => `itemprop="${p}"`),
  () =>
    fc.constantFrom("name", "recipeIngredient", "recipeInstructions").map((p) => `property="${p}"`),
  () => fc.constantFrom(...TEXTS).map((t) => `content="${t}"`),
  () =>
    fc
      .constantFrom("href", "src", "datetime", "value", "width")
      .chain((a) => fc.constantFrom(...TEXTS).map((t) => `${a}="${t}"`)),
];

const attribute = fc.oneof(...ATTRIBUTES.map((make) => make()));

const { element } = fc.letrec((tie) => ({
  element: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 3 }),
        fc.array(tie("element"), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, close]) =>
          `<${tag} ${attrs.join(" ")}>${children.join("")}${close ? `</${tag}>` : ""}`,
      ),
  ),
}));

const jsonLd = fc
  .record(
    {
      "@type": fc.constantFrom("Recipe", "WebPage"),
      name: fc.constantFrom(...TEXTS),
      recipeIngredient: fc.array(fc.constantFrom(...TEXTS), { maxLength: 4 }),
      recipeInstructions: fc.constantFrom(...TEXTS),
      image: fc.record({ url: fc.constantFrom(...TEXTS), width: fc.constantFrom(1e20, 400) }),
      totalTime: fc.constantFrom(...TEXTS),
    },
    { requiredKeys: ["@type"] },
  )
  .chain((data) =>
    fc.constantFrom(
      JSON.stringify(data),
      `${JSON.stringify(data).slice(0, -1)},}`,
      `<!--${JSON.stringify(data)}-->`,
      "{broken",
    ),
  )
  .map((json) => `<script type="application/ld+json">${json}</script>`);

const head = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(
            "og:title",
            "description",
            "author",
            "og:site_name",
            "og:url",
            "og:image",
            "og:locale",
            "twitter:creator",
          ),
          fc.constantFrom(...TEXTS),
        )
        .map(([name, value]) => `<meta property="${name}" name="${name}" content="${value}">`),
      fc.constantFrom(...TEXTS).map((t) => `<link rel="canonical" href="${t}">`),
      fc.constantFrom(...TEXTS).map((t) => `<title>${t}</title>`),
      jsonLd,
    ),
    { maxLength: 6 },
  )
  .map((tags) => tags.join(""));

const page = fc
  .tuple(head, fc.array(fc.oneof(element, jsonLd), { maxLength: 6 }), fc.constantFrom(...TEXTS))
  .map(
    ([h, body, lang]) =>
      `<!doctype html><html lang="${lang}"><head>${h}</head><body>${body.join("")}</body></html>`,
  );

const text = fc.oneof(page, page, page, fc.string({ maxLength: 500 }), element);

/** About 100 KB of one shape: long cards, many JSON-LD blocks, deep or unclosed nesting. */
const large = fc
  .constantFrom(
    '<li class="wprm-recipe-ingredient">1 cup flour</li>',
    '<div class="wprm-recipe-instruction-text">Stir 2 minutes.</div>',
    '<script type="application/ld+json">{"@type":"Recipe","name":"x","recipeIngredient":["egg"]}</script>',
    "<div>",
    "<div>x</div>",
    '<p itemprop="recipeIngredient">1 egg</p>',
    "<li>Stir</li>",
    '<p><input type="checkbox"> 1 egg</p>',
    '<div><label><input type="checkbox">x',
    // One unclosed JSON-LD block to the page's end, invalid, with raw line breaks in strings.
    '<script type="application/ld+json">{"@type":"Recipe","recipeIngredient":["1 egg\n2 \\"',
    "&amp;",
    "<",
  )
  .map((piece) => {
    const body = piece.repeat(Math.ceil(100_000 / piece.length));
    return `<!doctype html><html><body><div class="wprm-recipe"><ul class="recipe-ingredients"><li>1 egg</li></ul><div class="steps"><p>Stir.</p></div>${body}</div></body></html>`;
  });

/** Lists an author writes may hold more than the model keeps: the recipe is then refused as too
 *  large, honestly. Any other way a draft falls short of the model is the importer's fault. */
const AUTHOR_LISTS = new Set(["ingredientGroups", "ingredients", "stepGroups", "steps"]);

function expectContract(input: string) {
  expectRecipeContract(htmlImporter.importRecipe({ text: input }), AUTHOR_LISTS);
}

describe("htmlImporter on any page", () => {
  it("gives a recipe the model keeps, or a coded failure", () => {
    fc.assert(fc.property(text, expectContract), { numRuns: 400 });
  });

  it("reads 100 KB within 400 ms, and keeps the contract", () => {
    // Parsing a 100 KB page into a tree takes 20–150 ms here; a quadratic step takes seconds.
    expectContract('<div class="wprm-recipe"><li class="wprm-recipe-ingredient">1 egg</li></div>');
    fc.assert(
      fc.property(large, (input) => {
        expect(fastestCpuMs(() => htmlImporter.importRecipe({ text: input }))).toBeLessThan(400);
        expectContract(input);
      }),
      { numRuns: 12 },
    );
  });
});
