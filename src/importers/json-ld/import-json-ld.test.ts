import { describe, expect, it } from "vitest";
import { jsonLdImporter } from "./import-json-ld.js";

const recipe = (name: string, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "Recipe",
  name,
  recipeIngredient: ["2 cups rice", "1 tbsp butter"],
  recipeInstructions: [
    {
      "@type": "HowToSection",
      name: "Cook",
      itemListElement: [{ "@type": "HowToStep", text: "Simmer <b>20 minutes</b>." }],
    },
  ],
  ...extra,
});

describe("jsonLdImporter", () => {
  it("reads one Recipe with the html importer's schema.org reading", () => {
    const text = JSON.stringify(
      recipe("Rice", {
        author: { "@id": "#ana" },
        recipeYield: "4 servings",
        totalTime: "PT25M",
        keywords: "rice, easy",
        "@graph": [{ "@id": "#ana", "@type": "Person", name: "Ana" }],
      }),
    );
    const result = jsonLdImporter.importRecipe({ text, name: "rice.jsonld" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.title).toBe("Rice");
    expect(result.value.source).toEqual({ author: "Ana" });
    expect(result.value.times).toEqual({ total: { min: 1500 } });
    expect(result.value.keywords).toEqual(["rice", "easy"]);
    expect(result.value.ingredientGroups?.[0]?.ingredients[0]).toMatchObject({
      quantity: { kind: "exact", value: 2 },
      unit: "cup",
      food: "rice",
    });
    expect(result.value.stepGroups).toEqual([
      { title: "Cook", steps: [expect.objectContaining({ text: "Simmer 20 minutes." })] },
    ]);
  });

  it("gives every Recipe of an array, a @graph or JSON Lines", () => {
    const array = JSON.stringify([recipe("A"), { "@type": "Person", name: "x" }, recipe("B")]);
    const graph = JSON.stringify({ "@graph": [recipe("A"), recipe("B")] });
    const lines = `${JSON.stringify(recipe("A"))}\n${JSON.stringify(recipe("B"))}\n`;
    for (const text of [array, graph, lines]) {
      const all = jsonLdImporter.importRecipes?.({ text });
      expect(all?.ok && all.value.map((e) => e.result.ok && e.result.value.title)).toEqual([
        "A",
        "B",
      ]);
    }
  });

  it("fails an entry without a name but keeps the others", () => {
    const all = jsonLdImporter.importRecipes?.({ text: JSON.stringify([recipe(""), recipe("B")]) });
    if (!all?.ok) throw new Error("import failed");
    expect(all.value.map((e) => e.result.ok)).toEqual([false, true]);
    expect(all.value[0]?.result.issues[0]?.code).toBe("NO_RECIPE_FOUND");
  });

  it("says when the JSON is broken or holds no Recipe", () => {
    expect(jsonLdImporter.importRecipe({ text: '{"@type": "Recipe", ' }).issues[0]?.code).toBe(
      "JSONLD_INVALID",
    );
    expect(jsonLdImporter.importRecipe({ text: '{"@type": "Person"}' }).issues[0]?.code).toBe(
      "NO_RECIPE_FOUND",
    );
  });

  it("is sure of JSON naming a schema.org Recipe and not of other text", () => {
    expect(jsonLdImporter.sniff({ text: JSON.stringify(recipe("A")) })).toBe(1);
    expect(jsonLdImporter.sniff({ text: '{"@type": ["Thing", "Recipe"]}' })).toBe(1);
    expect(jsonLdImporter.sniff({ text: "Rice\n\n2 cups rice" })).toBe(0);
  });
});

describe("jsonLdImporter on numbers and addresses past the model's bounds", () => {
  // Found by fuzzing: each of these failed the whole recipe as too large.
  const read = (fields: object) => {
    const text = JSON.stringify({
      "@type": "Recipe",
      name: "x",
      recipeIngredient: ["1 egg"],
      ...fields,
    });
    const result = jsonLdImporter.importRecipe({ text });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  };

  it("leaves out what it cannot keep, and keeps the rest", () => {
    expect(read({ prepTime: "P99999999999999999999D" }).times).toEqual({});
    expect(read({ image: { url: "https://x.org/a.jpg", width: 1e20 } }).images).toEqual([
      { url: "https://x.org/a.jpg" },
    ]);
    expect(read({ aggregateRating: { ratingValue: 4, ratingCount: 1e20 } }).rating).toEqual({
      value: 4,
    });
    expect(read({ url: `https://x.org/${"a".repeat(2_000)}` }).source).toEqual({});
    expect(read({ recipeYield: `about ${"9".repeat(400)}` }).yields).toBeUndefined();
  });
});
