import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { textImporter } from "../importers/text/import-text.js";
import { adaptRecipe, type CookChoices, listSwaps, readCookChoices } from "./adapt-recipe.js";
import { listSteps, type Recipe } from "./recipe.js";
import { validateRecipe } from "./validate-recipe.js";

function foundingRecipe(): Recipe {
  const text = readFileSync(
    new URL("../../examples/caramelised-pork-mince.txt", import.meta.url),
    "utf8",
  );
  const imported = textImporter.importRecipe({ text });
  if (!imported.ok) throw new Error("the founding post no longer imports");
  const valid = validateRecipe(imported.value);
  if (!valid.ok) throw new Error("the founding post no longer validates");
  return valid.value;
}

const lines = (recipe: Recipe) =>
  recipe.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text));
const adapt = (recipe: Recipe, choices: CookChoices) => {
  const out = adaptRecipe(recipe, choices);
  expect(validateRecipe(out.recipe).ok).toBe(true);
  return out;
};

const CHICKEN = "ground-chicken-for-ground-pork";

describe("adaptRecipe on the founding recipe", () => {
  const recipe = foundingRecipe();

  it("offers the FAQ's swaps, its milder chilies and the table's, in ingredient order", () => {
    expect(listSwaps(recipe).map((s) => [s.id, s.source])).toEqual([
      [CHICKEN, "recipe"],
      ["ground-turkey-for-ground-pork", "recipe"],
      ["brown-sugar-for-palm-sugar", "recipe"],
      ["coconut-sugar-for-palm-sugar", "recipe"],
      ["white-sugar-for-palm-sugar", "recipe"],
      ["soy-sauce-for-fish-sauce", "table"],
      ["red-onion-for-shallots", "table"],
      ["garlic-powder-for-garlic", "table"],
      ["red-bell-peppers-for-red-chilies", "recipe"],
      ["chives-for-scallions", "table"],
    ]);
  });

  it("leaves lines without amounts alone when scaling, and says so", () => {
    const { recipe: out, changes } = adapt(recipe, { servings: 2 });
    expect(lines(out)).toEqual(lines(recipe));
    expect(changes).toEqual([
      { kind: "scaled", text: "Scaled to 2 batches of the recipe (×2): 0 amounts changed" },
    ]);
  });

  it("swaps in chicken: adds the oil, notes the milder flavour and rewrites the steps", () => {
    const { recipe: out, changes } = adapt(recipe, { swaps: [CHICKEN] });
    const ingredients = out.ingredientGroups[0]!.ingredients;
    expect(ingredients.slice(0, 2).map((i) => i.text)).toEqual(["Ground chicken", "1 tbsp oil"]);
    expect(ingredients[0]!.food).toBe("Ground chicken");
    expect(ingredients[0]!.note).toContain("The flavor will be milder");
    expect(ingredients[1]).toMatchObject({
      quantity: { kind: "exact", value: 1 },
      unit: "tbsp",
      food: "oil",
    });
    const steps = listSteps(out);
    expect(steps.map((s) => s.title)).toEqual([
      "Create the Caramel Base",
      "Brown the Chicken Perfectly",
      "Build Aromatic Layers",
      "Finish with Bold Flavors",
    ]);
    expect(steps[1]!.text).toMatch(/^Add your ground chicken to the bubbling caramel/);
    expect(steps[1]!.text).toMatch(
      /Let the chicken sit .* Add 1 tbsp oil with the ground chicken\.$/,
    );
    expect(steps.map((s) => s.text).join(" ")).not.toMatch(/pork/i);
    // The fish sauce moved down one line; its step still points at it.
    expect(steps[3]!.ingredientRefs).toContainEqual({ group: 0, index: 3 });
    expect(out.ingredientGroups[0]!.ingredients[3]!.food).toBe("Fish Sauce");
    expect(changes).toEqual([
      { kind: "swapped", text: "Ground Pork → ground chicken" },
      { kind: "swapped", text: "Added 1 tbsp oil" },
      { kind: "swapped", text: "Rewrote steps 1, 2 and 3 for ground chicken" },
    ]);
  });

  it("scales and converts what the swap added, after the swap", () => {
    const { recipe: out } = adapt(recipe, { swaps: [CHICKEN], servings: 3, units: "metric" });
    expect(lines(out)[1]).toBe("44 ml oil");
    expect(listSteps(out)[1]!.text).toMatch(/Add 3 tbsp oil with the ground chicken\.$/);
  });

  it("white sugar for palm sugar adds the molasses as words, not a number", () => {
    const { recipe: out } = adapt(recipe, { swaps: ["white-sugar-for-palm-sugar"] });
    expect(lines(out).slice(1, 3)).toEqual(["White sugar", "a tiny bit of molasses"]);
    expect(listSteps(out)[0]!.text).toMatch(/^Begin by melting white sugar with a touch of water/);
  });

  it("keeps the first of two swaps for one ingredient", () => {
    const { recipe: out, changes } = adapt(recipe, {
      swaps: [CHICKEN, "ground-turkey-for-ground-pork"],
    });
    expect(lines(out)[0]).toBe("Ground chicken");
    expect(changes.at(-1)).toEqual({
      kind: "swapped",
      text: "ground turkey skipped: Ground Pork is already ground chicken",
    });
  });

  it.each([
    [
      "mild",
      "1 Red Chilies, seeds and membranes removed",
      "Mild: Red Chilies, 1, seeds and membranes removed, more on the side",
    ],
    ["medium", "2–3 Red Chilies", "Medium: Red Chilies, 2–3"],
    ["hot", "3 Red Chilies", "Hot: Red Chilies, 3"],
  ] as const)("spice %s: the FAQ's chili count", (spice, line, change) => {
    const { recipe: out, changes } = adapt(recipe, { spice });
    expect(lines(out)[5]).toBe(line);
    expect(changes).toEqual([{ kind: "spice", text: change }]);
  });

  it("mild, then twice the recipe: two chilies", () => {
    expect(lines(adapt(recipe, { spice: "mild", servings: 2 }).recipe)[5]).toBe(
      "2 Red Chilies, seeds and membranes removed",
    );
  });
});

const cake = makeRecipe({
  yields: { quantity: { kind: "exact", value: 4 }, unit: "servings", text: "Serves 4" },
  ingredientGroups: [
    {
      ingredients: [
        {
          text: "2 cups flour",
          quantity: { kind: "exact", value: 2 },
          unit: "cup",
          food: "all-purpose flour",
        },
        { text: "1 cup milk", quantity: { kind: "exact", value: 1 }, unit: "cup", food: "milk" },
        { text: "2 large eggs", quantity: { kind: "exact", value: 2 }, food: "large eggs" },
        { text: "2-3 jalapeños", quantity: { kind: "range", min: 2, max: 3 }, food: "jalapeños" },
        { text: "salt to taste", quantity: { kind: "text", text: "to taste" }, food: "salt" },
        {
          text: "4 tbsp butter",
          quantity: { kind: "exact", value: 4 },
          unit: "tbsp",
          food: "unsalted butter",
        },
      ],
    },
  ],
  stepGroups: [
    {
      steps: [
        {
          text: "Heat the oven to 350°F. Grease a 9x13-inch pan.",
          temperatures: [{ text: "350°F", value: 350, unit: "F" }],
        },
        {
          text: "Whisk 2 eggs with 1 cup of milk and 2 tablespoons of the butter; bake 25-30 minutes.",
        },
      ],
    },
  ],
});

describe("adaptRecipe on a recipe with amounts", () => {
  it.each([
    [
      { servings: 8 },
      [
        "4 cups all-purpose flour",
        "2 cups milk",
        "4 large eggs",
        "4–6 jalapeños",
        "salt to taste",
        "½ cup unsalted butter",
      ],
      "Whisk 4 eggs with 2 cups of milk and 4 tablespoons of the butter; bake 25-30 minutes.",
    ],
    [
      { servings: 2 },
      [
        "1 cup all-purpose flour",
        "½ cup milk",
        "1 large eggs",
        "1–1½ jalapeños",
        "salt to taste",
        "2 tbsp unsalted butter",
      ],
      "Whisk 1 egg with ½ cup of milk and 1 tablespoon of the butter; bake 25-30 minutes.",
    ],
    [
      { units: "metric" },
      [
        "240 g all-purpose flour",
        "235 ml milk",
        "2 large eggs",
        "2-3 jalapeños",
        "salt to taste",
        "57 g unsalted butter",
      ],
      "Whisk 2 eggs with 1 cup of milk and 2 tablespoons of the butter; bake 25-30 minutes.",
    ],
    [
      { swaps: ["vegetable-oil-for-butter"] },
      [
        "2 cups flour",
        "1 cup milk",
        "2 large eggs",
        "2-3 jalapeños",
        "salt to taste",
        "3 tbsp vegetable oil",
      ],
      "Whisk 2 eggs with 1 cup of milk and 2 tablespoons of the vegetable oil; bake 25-30 minutes.",
    ],
  ] as const)("%j", (choices, expectedLines, step2) => {
    const { recipe: out } = adapt(cake, choices);
    expect(lines(out)).toEqual(expectedLines);
    expect(listSteps(out)[1]!.text).toBe(step2);
  });

  it("scales the yield, never the oven or the pan", () => {
    const { recipe: out } = adapt(cake, { servings: 6 });
    expect(out.yields).toEqual({
      quantity: { kind: "exact", value: 6 },
      unit: "servings",
      text: "Serves 6",
    });
    expect(listSteps(out)[0]).toMatchObject({
      text: "Heat the oven to 350°F. Grease a 9x13-inch pan.",
    });
  });

  it("converts the oven, the pan and the step's temperature data to metric", () => {
    const step = listSteps(adapt(cake, { units: "metric" }).recipe)[0]!;
    expect(step.text).toBe("Heat the oven to 180°C. Grease a 23×33 cm pan.");
    expect(step.temperatures).toEqual([{ text: "180°C", value: 180, unit: "C" }]);
  });

  it("converts metric amounts to US, through the density only where it is known", () => {
    const metric = makeRecipe({
      ingredientGroups: [
        {
          ingredients: [
            {
              text: "240 g flour",
              quantity: { kind: "exact", value: 240 },
              unit: "g",
              food: "flour",
            },
            {
              text: "500 g pork",
              quantity: { kind: "exact", value: 500 },
              unit: "g",
              food: "pork",
            },
            { text: "15 ml oil", quantity: { kind: "exact", value: 15 }, unit: "ml", food: "oil" },
            { text: "1 l stock", quantity: { kind: "exact", value: 1 }, unit: "l", food: "stock" },
          ],
        },
      ],
    });
    expect(lines(adapt(metric, { units: "us" }).recipe)).toEqual([
      "2 cups flour",
      "1⅛ lb pork",
      "1 tbsp oil",
      "4¼ cups stock",
    ]);
  });

  it("spice levels follow the built-in table when the recipe says nothing", () => {
    expect(lines(adapt(cake, { spice: "mild" }).recipe)[3]).toBe(
      "2 jalapeños, seeds and membranes removed",
    );
    expect(lines(adapt(cake, { spice: "hot" }).recipe)[3]).toBe("3 jalapeños");
    const plain = makeRecipe({
      ingredientGroups: [{ ingredients: [{ text: "salt", food: "salt" }] }],
    });
    expect(adapt(plain, { spice: "hot" }).changes).toEqual([]);
  });
});

describe("readCookChoices", () => {
  it.each([
    [
      { servings: "6", units: "metric", swap: "a,b-c", spice: "mild" },
      { servings: 6, units: "metric", swaps: ["a", "b-c"], spice: "mild" },
    ],
    [{ servings: "0" }, {}],
    [{ servings: "1001" }, {}],
    [{ servings: "2.5" }, { servings: 2.5 }],
    [{ servings: "1e3", units: "imperial", spice: "volcanic", swap: "<b>,Bad ID" }, {}],
    [{ swap: "a,a,b" }, { swaps: ["a", "b"] }],
    [
      { swap: Array.from({ length: 12 }, (_, i) => `s${i}`).join(",") },
      { swaps: Array.from({ length: 10 }, (_, i) => `s${i}`) },
    ],
  ])("%j → %j", (query, expected) => {
    expect(readCookChoices(query)).toEqual(expected);
  });
});
