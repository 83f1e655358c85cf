import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { mealieImporter } from "./import-mealie.js";

const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
const json = (value: unknown) => strToU8(JSON.stringify(value));

const CURRY = {
  name: "Chickpea Curry",
  slug: "chickpea-curry",
  description: "Weeknight curry.",
  recipeYield: "4 servings",
  prepTime: "PT15M",
  performTime: "30 minutes",
  recipeCategory: [{ name: "Dinner", slug: "dinner" }],
  tags: [{ name: "vegan" }],
  tools: [{ name: "Dutch oven" }],
  recipeIngredient: [
    {
      title: "Base",
      note: "finely chopped",
      quantity: 1,
      unit: { name: "large" },
      food: { name: "onion" },
      originalText: "1 large onion, finely chopped",
    },
    { note: "2 cloves garlic", quantity: 0, unit: null, food: null },
    { title: "Finish", note: "", quantity: 400, unit: "ml", food: "coconut milk" },
  ],
  recipeInstructions: [
    { title: "", text: "Soften the onion for 5 minutes." },
    { title: "Simmer", text: "Add the rest and simmer 20 minutes." },
  ],
  notes: [{ title: "Tip", text: "Better the next day." }],
  nutrition: { calories: "420", fatContent: null },
  orgURL: "https://example.org/curry",
  rating: 5,
};

describe("mealieImporter", () => {
  const archive = zipSync({
    "recipes/chickpea-curry/chickpea-curry.json": json(CURRY),
    "recipes/chickpea-curry/images/original.webp": WEBP,
    "recipes/chickpea-curry/images/min-original.webp": WEBP,
    "recipes/bad/bad.json": strToU8("{ not json"),
    "recipes/readme.txt": strToU8("ignored"),
  });

  it("recognises a Mealie export by its layout", () => {
    expect(mealieImporter.sniff({ bytes: archive })).toBeGreaterThan(0.5);
    expect(mealieImporter.sniff({ bytes: zipSync({ "x/recipe.json": json({}) }) })).toBe(0);
  });

  it("reads every recipe folder and reports a broken one alone", () => {
    const all = mealieImporter.importArchive({ bytes: archive });
    if (!all.ok) throw new Error(JSON.stringify(all.issues));
    const [curry, bad] = all.value;
    expect(bad?.result.issues[0]?.code).toBe("MEALIE_INVALID");
    const recipe = curry?.result.ok ? curry.result.value : undefined;
    expect(recipe?.title).toBe("Chickpea Curry");
    expect(
      recipe?.ingredientGroups?.map((g) => [g.title, g.ingredients.map((i) => i.food)]),
    ).toEqual([
      ["Base", ["onion", "garlic"]],
      ["Finish", ["coconut milk"]],
    ]);
    expect(recipe?.ingredientGroups?.[0]?.ingredients[0]).toEqual({
      text: "1 large onion, finely chopped",
      quantity: { kind: "exact", value: 1 },
      unit: "large",
      food: "onion",
      note: "finely chopped",
      substitutes: [],
    });
    expect(recipe?.stepGroups?.map((g) => [g.title, g.steps.length])).toEqual([
      [undefined, 1],
      ["Simmer", 1],
    ]);
    expect(recipe?.times).toEqual({ prep: { min: 900 }, cook: { min: 1800 } });
    expect(recipe?.category).toEqual(["Dinner"]);
    expect(recipe?.keywords).toEqual(["vegan"]);
    expect(recipe?.equipment).toEqual(["Dutch oven"]);
    expect(recipe?.authorNotes).toEqual(["Tip: Better the next day."]);
    expect(recipe?.nutrition).toEqual({ calories: "420" });
    expect(recipe?.source).toEqual({ url: "https://example.org/curry" });
    expect(curry?.images?.map((i) => [i.name, i.mediaType])).toEqual([
      ["recipes/chickpea-curry/images/original.webp", "image/webp"],
    ]);
  });

  it("reads the older snake_case keys", () => {
    const old = zipSync({
      "recipes/toast/toast.json": json({
        name: "Toast",
        recipe_ingredient: [{ note: "2 slices bread" }],
        recipe_instructions: [{ text: "Toast." }],
        org_url: "https://example.org/toast",
        total_time: "5 minutes",
      }),
    });
    const all = mealieImporter.importArchive({ bytes: old });
    const toast = all.ok && all.value[0]?.result.ok ? all.value[0].result.value : undefined;
    expect(toast?.ingredientGroups?.[0]?.ingredients[0]?.food).toBe("bread");
    expect(toast?.source).toEqual({ url: "https://example.org/toast" });
    expect(toast?.times).toEqual({ total: { min: 300 } });
  });

  it("drops a time too long to count in whole seconds (found by fuzzing)", () => {
    const zip = zipSync({
      "recipes/x/x.json": json({
        name: "X",
        recipeInstructions: [{ text: "Wait." }],
        prepTime: 1e300,
        totalTime: "PT99999999999999999H",
        performTime: 30,
      }),
    });
    const all = mealieImporter.importArchive({ bytes: zip });
    const x = all.ok && all.value[0]?.result.ok ? all.value[0].result.value : undefined;
    expect(x?.times).toEqual({ cook: { min: 1800 } });
    expect(validateRecipe(x).ok).toBe(true);
  });
});
