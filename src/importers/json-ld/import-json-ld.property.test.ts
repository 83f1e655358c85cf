import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectCollectionContract, fastestCpuMs } from "../../../test/support/importer-contract.js";
import { jsonLdImporter } from "./import-json-ld.js";

/** Any text, and schema.org Recipes of random shapes: every property with values of the wrong
 *  type (numbers past Infinity, markup in strings, objects, lists, "@id" references), steps
 *  nested in sections and lists, recipes inside "@graph", "mainEntity" and ItemLists, deep
 *  nesting, JSON Lines. Every recipe read is one the model keeps or a coded failure; the importer
 *  never throws, and reads in time linear in the text's length. */

const PROPERTIES = [
  "name",
  "headline",
  "description",
  "recipeIngredient",
  "ingredients",
  "recipeInstructions",
  "recipeYield",
  "prepTime",
  "cookTime",
  "totalTime",
  "image",
  "author",
  "publisher",
  "nutrition",
  "aggregateRating",
  "keywords",
  "recipeCategory",
  "recipeCuisine",
  "suitableForDiet",
  "tool",
  "inLanguage",
  "url",
];
const INNER = [
  "@type",
  "@id",
  "@value",
  "name",
  "text",
  "itemListElement",
  "item",
  "url",
  "ratingValue",
  "ratingCount",
  "bestRating",
  "width",
  "caption",
  "calories",
];

/** "__BIG__" is written as 1e999, which JSON.parse reads as Infinity. */
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "HowToStep",
    "HowToSection",
    "Recipe",
    "#ref",
    "PT1H30M",
    "P99999999999999999999D",
    "PT",
    "4 servings",
    `${"9".repeat(400)} servings`,
    "<p>Stir.</p><p>Bake 20 minutes at 180°C.</p>",
    "https://example.org/a.jpg",
    "javascript:alert(1)",
    "&amp;#39;",
    "Â½ cup",
    "__BIG__",
    "-5",
  ),
  fc.constantFrom("w".repeat(600), "x ".repeat(1_100), "y ".repeat(11_000)),
  fc.constantFrom(1e20, -1, 0.5, `https://example.org/${"a".repeat(2_000)}`),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...INNER), tie("node"), { maxKeys: 4 }),
  ),
}));

const number = fc.oneof(scalar, fc.constantFrom(1e20, 4.5, 0, 12));
/** Properties in the shapes schema.org gives them, with odd values in each place. */
const plausible = fc.record(
  {
    name: scalar,
    recipeIngredient: fc.array(scalar, { maxLength: 6 }),
    recipeInstructions: fc.array(
      fc.oneof(
        scalar,
        fc.record({ "@type": fc.constant("HowToStep"), name: scalar, text: scalar }),
        fc.record({
          "@type": fc.constant("HowToSection"),
          name: scalar,
          itemListElement: fc.array(fc.record({ "@type": fc.constant("HowToStep"), text: scalar })),
        }),
      ),
      { maxLength: 5 },
    ),
    image: fc.record({
      url: fc.oneof(scalar, fc.constant("/a.jpg")),
      width: number,
      height: number,
      caption: scalar,
    }),
    aggregateRating: fc.record({ ratingValue: number, ratingCount: number, bestRating: number }),
    author: fc.oneof(
      fc.record({ "@type": fc.constant("Person"), name: scalar }),
      fc.constant({ "@id": "#ref" }),
    ),
    nutrition: fc.dictionary(
      fc.oneof(fc.constantFrom("calories", "fatContent", "@type"), fc.string({ maxLength: 70 })),
      scalar,
      { maxKeys: 3 },
    ),
    recipeYield: fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })),
    totalTime: scalar,
    url: scalar,
  },
  { requiredKeys: [] },
);

const recipe = fc
  .tuple(
    fc
      .tuple(fc.dictionary(fc.constantFrom(...PROPERTIES), node, { maxKeys: 10 }), plausible)
      .map(([odd, usual]) => ({ ...odd, ...usual })),
    fc.constantFrom("Recipe", ["Recipe", "Thing"], "http://schema.org/Recipe"),
  )
  .map(([properties, type]) => ({ "@type": type, ...properties, "@id": "#ref" }));

/** One recipe in each of the shapes pages and files wrap it in. */
const wrapped = recipe.chain((r) =>
  fc.constantFrom<unknown>(
    r,
    [r, r],
    { "@graph": [{ "@id": "#ref", name: "Ref" }, r] },
    { "@type": "WebPage", mainEntity: r },
    { "@type": "ItemList", itemListElement: [{ item: r }, { item: { "@graph": [r] } }] },
    { "@graph": [{ "@graph": [{ "@graph": [r] }] }] },
  ),
);

const deep = fc
  .integer({ min: 1, max: 20_000 })
  .map((n) => `${'{"@graph":['.repeat(n)}{"@type":"Recipe","name":"x"}${"]}".repeat(n)}`);

const text = fc.oneof(
  wrapped.map((v) => JSON.stringify(v).replaceAll('"__BIG__"', "1e999")),
  fc
    .array(wrapped, { minLength: 2, maxLength: 3 })
    .map((vs) => vs.map((v) => JSON.stringify(v)).join("\n")),
  wrapped.map((v) => `${JSON.stringify(v).slice(0, -1)},}`),
  fc.string({ maxLength: 500 }),
  deep,
);

/** About 100 KB of one shape: many ingredients or steps, many recipes, nesting, many lines. */
const large = fc
  .constantFrom(
    (n: number) =>
      JSON.stringify({
        "@type": "Recipe",
        name: "x",
        recipeIngredient: Array(n).fill("1 cup flour, sifted"),
      }),
    (n: number) =>
      JSON.stringify({
        "@type": "Recipe",
        name: "x",
        recipeInstructions: Array(n).fill({
          "@type": "HowToStep",
          text: "Stir 2 minutes until golden.",
        }),
      }),
    (n: number) =>
      JSON.stringify(Array(n).fill({ "@type": "Recipe", name: "x", recipeIngredient: ["egg"] })),
    (n: number) =>
      Array(n).fill('{"@type":"Recipe","name":"x","recipeIngredient":["egg"]}').join("\n"),
    (n: number) => `${"[".repeat(n * 10)}${"]".repeat(n * 10)}`,
    (n: number) =>
      JSON.stringify({
        "@type": "Recipe",
        name: "x",
        recipeInstructions: "<p>Stir.</p>".repeat(n * 2),
      }),
  )
  .map((make) => make(2_000));

/** Lists an author writes may hold more than the model keeps: the recipe is then refused as too
 *  large, honestly. Any other way a draft falls short of the model is the importer's fault. */
const AUTHOR_LISTS = new Set(["ingredients", "steps", "stepGroups"]);

function expectContract(input: string) {
  expectCollectionContract(jsonLdImporter.importRecipes?.({ text: input }), AUTHOR_LISTS);
}

describe("jsonLdImporter on any input", () => {
  it("gives recipes the model keeps, or coded failures", () => {
    fc.assert(fc.property(text, expectContract), { numRuns: 400 });
  });

  it("reads 100 KB within 300 ms, and keeps the contract", () => {
    // A linear read of 100 KB takes 10–100 ms here; a quadratic one takes seconds.
    expectContract('{"@type":"Recipe","name":"x","recipeIngredient":["1 egg"]}');
    fc.assert(
      fc.property(large, (input) => {
        expect(fastestCpuMs(() => jsonLdImporter.importRecipes?.({ text: input }))).toBeLessThan(
          300,
        );
        expectContract(input);
      }),
      { numRuns: 12 },
    );
  });
});
