import { describe, expect, it } from "vitest";
import { readYields } from "./read-yields.js";

describe("readYields", () => {
  it.each([
    ["Serves 4", { quantity: { kind: "exact", value: 4 }, text: "Serves 4" }],
    ["Serves: 4-6", { quantity: { kind: "range", min: 4, max: 6 }, text: "Serves: 4-6" }],
    [
      "Makes 12 cookies",
      { quantity: { kind: "exact", value: 12 }, unit: "cookies", text: "Makes 12 cookies" },
    ],
    [
      "Yield: 1 loaf",
      { quantity: { kind: "exact", value: 1 }, unit: "loaf", text: "Yield: 1 loaf" },
    ],
    [
      "Serving Size: 4-6",
      { quantity: { kind: "range", min: 4, max: 6 }, text: "Serving Size: 4-6" },
    ],
    [
      "Servings: 2 servings",
      { quantity: { kind: "exact", value: 2 }, unit: "servings", text: "Servings: 2 servings" },
    ],
    ["Serve 4", { quantity: { kind: "exact", value: 4 }, text: "Serve 4" }],
    ["Serving: 2", { quantity: { kind: "exact", value: 2 }, text: "Serving: 2" }],
    ["Até 4 porções", { quantity: { kind: "exact", value: 4 }, text: "Até 4 porções" }],
    [
      "Rende 6 porções",
      { quantity: { kind: "exact", value: 6 }, unit: "porções", text: "Rende 6 porções" },
    ],
    ["1 porção", { quantity: { kind: "exact", value: 1 }, text: "1 porção" }],
    ["Up to 8 servings", { quantity: { kind: "exact", value: 8 }, text: "Up to 8 servings" }],
    ["3 (large) portions", { quantity: { kind: "exact", value: 3 }, text: "3 (large) portions" }],
    [
      "Ingredients for 5 (small) servings",
      {
        quantity: { kind: "exact", value: 5 },
        unit: "(small) servings",
        text: "Ingredients for 5 (small) servings",
      },
    ],
    [
      "Ingredientes para 2 personas",
      {
        quantity: { kind: "exact", value: 2 },
        unit: "personas",
        text: "Ingredientes para 2 personas",
      },
    ],
    ["Makes 2 cups", { quantity: { kind: "exact", value: 2 }, unit: "cups", text: "Makes 2 cups" }],
  ])("%s", (line, yields) => {
    expect(readYields(line)).toEqual(yields);
  });

  it.each([
    "Makes a great lunch.",
    "Serves everyone well at parties and picnics all summer long",
    "Bake 20 minutes",
    // A nutrition label's portion, not the recipe's yield.
    "Serving size: 1 cookie",
    "Serving Size 2 slices",
    "Serving size: 1",
    // "Serve" opens a step as often as a yield: a measure after it is a food's.
    "Serve 2 tablespoons on top",
    "Serve with rice",
    "Ingredients for the sauce",
  ])("%s → none", (line) => {
    expect(readYields(line)).toBeUndefined();
  });
});
