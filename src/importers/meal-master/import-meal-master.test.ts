import { describe, expect, it } from "vitest";
import { mealMasterImporter } from "./import-meal-master.js";

const FILE = `MMMMM----- Recipe via Meal-Master (tm) v8.02
      Title: Pea Soup
 Categories: Soups
   Servings: 4

      1 lb split peas; rinsed
      2 qt water
MMMMM-------------------------GARNISH-------------------------
      1 ts mint -- chopped

  Simmer the peas in the water for 1 to 2 hours over low heat.
MMMMM

MMMMM----- Recipe via Meal-Master (tm) v8.02
 Categories: Breads
      Yield: 1 loaf
      3 c  flour
MMMMM
`;

describe("mealMasterImporter", () => {
  it("is sure of a Meal-Master header and not of a plain post", () => {
    expect(mealMasterImporter.sniff({ text: FILE })).toBe(1);
    expect(mealMasterImporter.sniff({ text: "Pea soup\n\nIngredients\n1 lb peas" })).toBe(0);
  });

  it("gives every recipe of the file", () => {
    const all = mealMasterImporter.importRecipes?.({ text: FILE });
    expect(all?.ok).toBe(true);
    if (!all?.ok) return;
    expect(all.value.map((e) => e.label)).toEqual(["1", "2"]);
    const [soup, bread] = all.value.map((e) => (e.result.ok ? e.result.value : undefined));
    expect(soup?.title).toBe("Pea Soup");
    expect(soup?.category).toEqual(["Soups"]);
    expect(soup?.yields).toEqual({ quantity: { kind: "exact", value: 4 }, text: "4" });
    expect(bread?.yields).toEqual({
      quantity: { kind: "exact", value: 1 },
      unit: "loaf",
      text: "1 loaf",
    });
    expect(all.value[1]?.result.issues.map((i) => i.code)).toEqual(["TITLE_GUESSED"]);
  });

  it("maps unit codes, preparations and sections", () => {
    const first = mealMasterImporter.importRecipe({ text: FILE });
    if (!first.ok) throw new Error("import failed");
    const groups = first.value.ingredientGroups ?? [];
    expect(groups.map((g) => g.title)).toEqual([undefined, "GARNISH"]);
    expect(groups[0]?.ingredients[0]).toEqual({
      text: "1 lb split peas; rinsed",
      quantity: { kind: "exact", value: 1 },
      unit: "lb",
      food: "split peas",
      preparation: "rinsed",
      substitutes: [],
    });
    expect(groups[0]?.ingredients[1]).toMatchObject({ unit: "qt", food: "water" });
    expect(groups[1]?.ingredients[0]).toMatchObject({
      unit: "tsp",
      food: "mint",
      preparation: "chopped",
    });
  });

  it("reads timers and heat from the directions", () => {
    const first = mealMasterImporter.importRecipe({ text: FILE });
    const step = first.ok ? first.value.stepGroups?.[0]?.steps[0] : undefined;
    expect(step?.text).toBe("Simmer the peas in the water for 1 to 2 hours over low heat.");
    expect(step?.timers?.[0]?.duration).toEqual({ min: 3600, max: 7200 });
    expect(step?.heat).toBe("low");
  });

  it("says when a text has no Meal-Master recipe", () => {
    const none = mealMasterImporter.importRecipes?.({ text: "just words" });
    expect(none?.ok).toBe(false);
    expect(none?.issues[0]?.code).toBe("NO_RECIPE_FOUND");
  });

  it("cuts a category or yield longer than the model keeps rather than fail the recipe", () => {
    // Found by fuzzing: a 600-character category failed the recipe as too large.
    const text = `MMMMM----- Recipe via Meal-Master\n  Categories: ${"w".repeat(600)}\n  Yield: 2 ${"x".repeat(600)}\n      1 c  flour\nMMMMM`;
    const first = mealMasterImporter.importRecipe({ text });
    if (!first.ok) throw new Error("import failed");
    expect(first.value.category?.[0]).toHaveLength(500);
    expect(first.value.yields?.text).toHaveLength(500);
  });
});
