import { describe, expect, it } from "vitest";
import type { RecipeInput } from "../../domain/recipe.js";
import { toIngredient } from "../read-schema-recipe.js";
import {
  findShownIngredients,
  findShownSteps,
  findShownWholes,
  isCommaSplit,
  isGluedMethod,
  lacksAmounts,
  preferShownLines,
} from "./prefer-shown-lines.js";

const recipe = (ingredients: string[], steps: string[]): RecipeInput => ({
  title: "Toast",
  slug: "toast",
  ingredientGroups: [{ ingredients: ingredients.map(toIngredient) }],
  stepGroups: [
    {
      steps: steps.map((text) => ({
        text,
        timers: [],
        temperatures: [],
        cues: [],
        ingredientRefs: [],
      })),
    },
  ],
});

describe("findShownIngredients", () => {
  it("takes the shown run that holds each line, amounts and groups included", () => {
    const shown = [
      { title: "Toast", lines: ["2 slices bread", "1 tbsp butter"] },
      { title: "Topping", lines: ["a pinch of salt"] },
      { title: "Tips", lines: ["Use stale bread"] },
    ];
    expect(findShownIngredients(["bread", "butter", "salt"], shown)).toEqual(shown.slice(0, 2));
  });

  it("takes the whole shown group, with a line the structured data lost", () => {
    const shown = [{ lines: ["2 eggs", "100 g flour", "1 can biscuits"] }, { lines: ["Tip"] }];
    expect(findShownIngredients(["eggs", "flour"], shown)).toEqual([
      { lines: ["2 eggs", "100 g flour", "1 can biscuits"] },
    ]);
  });

  it("finds foods the structured data lists in another order, and drops a lone group's title", () => {
    const shown = [{ title: "Ingredients", lines: ["2 eggs", "100 g flour", "1 cup milk"] }];
    expect(findShownIngredients(["milk", "eggs", "flour"], shown)).toEqual([
      { lines: ["2 eggs", "100 g flour", "1 cup milk"] },
    ]);
  });

  it("gives nothing when a line is missing, nothing is added, or the run is far longer", () => {
    const shown = [{ lines: ["2 eggs", "100 g flour"] }];
    expect(findShownIngredients(["eggs", "sugar"], shown)).toBeUndefined();
    expect(findShownIngredients(["2 eggs", "100 g flour"], shown)).toBeUndefined();
    const long = [{ lines: ["eggs", ...Array.from({ length: 10 }, (_, i) => `${i} x`), "flour"] }];
    expect(findShownIngredients(["eggs", "flour"], long)).toBeUndefined();
  });
});

describe("isCommaSplit and findShownWholes", () => {
  const pieces = ["200 g beef", " diced", " 1", "5 tsp mustard", " salt", " pepper"];

  it("tells a list split at each comma by the space that opens its later pieces", () => {
    expect(isCommaSplit(pieces)).toBe(true);
    expect(isCommaSplit(["200 g beef", "1 tsp mustard ", " salt", "pepper"])).toBe(false);
    expect(isCommaSplit(["  3 cups rice", "  1 tsp salt", "  2 eggs", "  1 onion"])).toBe(false);
  });

  it("takes the shown lines the pieces join into, past the page's other lines", () => {
    const shown = [
      { title: "Tools", lines: ["1 large pan"] },
      { title: "Stew", lines: ["200 g beef, diced", "1,5 tsp mustard"] },
      { title: "To serve", lines: ["salt, pepper"] },
    ];
    const lines = pieces.map((p) => p.trim());
    expect(findShownWholes(lines, shown)).toEqual(shown.slice(1));
    // Other text, or as many lines as the pieces: nothing to take.
    expect(findShownWholes(lines, [{ lines: ["200 g beef, diced", "1,5 tsp honey"] }])).toBe(
      undefined,
    );
    expect(findShownWholes(["2 eggs", "1 cup milk"], [{ lines: ["2 eggs", "1 cup milk"] }])).toBe(
      undefined,
    );
  });
});

describe("findShownSteps", () => {
  it("splits a glued method where the shown steps join to the same text", () => {
    const shown = [{ title: "Method", lines: ["Mix the flour.", "Bake it for 20 minutes."] }];
    expect(findShownSteps(["Mix the flour.Bake it for 20 minutes."], shown)).toEqual([
      { lines: ["Mix the flour.", "Bake it for 20 minutes."] },
    ]);
  });

  it("keeps the shown section names the structured text also holds, and drops printed numbers", () => {
    const shown = [
      { title: "Dough:", lines: ["1 Mix the flour.", "2 Knead it."] },
      { title: "Bake:", lines: ["3 Bake it."] },
    ];
    expect(findShownSteps(["Dough: Mix the flour. Knead it. Bake: Bake it."], shown)).toEqual([
      { title: "Dough:", lines: ["Mix the flour.", "Knead it."] },
      { title: "Bake:", lines: ["Bake it."] },
    ]);
  });

  it("gives nothing for other text or no more steps", () => {
    expect(findShownSteps(["Mix. Bake."], [{ lines: ["Stir.", "Fry."] }])).toBeUndefined();
    expect(findShownSteps(["Mix. Bake."], [{ lines: ["Mix. Bake."] }])).toBeUndefined();
  });
});

describe("preferShownLines", () => {
  it("asks only lines without amounts and one-step methods, and returns the recipe as it was otherwise", () => {
    const plain = recipe(["2 eggs", "1 cup milk", "salt"], ["Mix.", "Bake."]);
    expect(lacksAmounts(plain) || isGluedMethod(plain)).toBe(false);
    // One step of sentences set apart as written is one step the author wrote.
    expect(isGluedMethod(recipe(["2 eggs"], ["Whisk the eggs. Fry them."]))).toBe(false);
    expect(isGluedMethod(recipe(["2 eggs"], ["1. Whisk the eggs. 2. Fry them."]))).toBe(true);
    const shown = {
      ingredients: [{ lines: ["2 large eggs", "1 cup milk", "salt"] }],
      instructions: [],
    };
    expect(preferShownLines(plain, shown)).toBe(plain);
  });

  it("replaces bare lines and a glued method with the page's", () => {
    const bare = recipe(["eggs", "milk", "salt"], ["Whisk the eggs.Fry them."]);
    const out = preferShownLines(bare, {
      ingredients: [{ lines: ["2 eggs", "100 ml milk", "1 pinch salt"] }],
      instructions: [{ lines: ["Whisk the eggs.", "Fry them."] }],
    });
    expect(out.ingredientGroups?.[0]?.ingredients.map((i) => i.text)).toEqual([
      "2 eggs",
      "100 ml milk",
      "1 pinch salt",
    ]);
    expect(out.stepGroups?.flatMap((g) => g.steps.map((s) => s.text))).toEqual([
      "Whisk the eggs.",
      "Fry them.",
    ]);
  });
});
