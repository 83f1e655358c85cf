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
  ])("%s → none", (line) => {
    expect(readYields(line)).toBeUndefined();
  });
});
