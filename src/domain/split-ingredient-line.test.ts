import { describe, expect, it } from "vitest";
import { splitIngredientLine } from "./split-ingredient-line.js";

describe("splitIngredientLine", () => {
  it.each([
    [
      "2 tbsp fish sauce",
      { quantity: { kind: "exact", value: 2 }, unit: "tbsp", food: "fish sauce" },
    ],
    [
      "2 cups flour, sifted",
      { quantity: { kind: "exact", value: 2 }, unit: "cup", food: "flour", preparation: "sifted" },
    ],
    ["1 1/2 tsp salt", { quantity: { kind: "exact", value: 1.5 }, unit: "tsp", food: "salt" }],
    ["250g butter", { quantity: { kind: "exact", value: 250 }, unit: "g", food: "butter" }],
    ["3 eggs", { quantity: { kind: "exact", value: 3 }, food: "eggs" }],
    [
      "2-3 red chilies, thinly sliced",
      {
        quantity: { kind: "range", min: 2, max: 3 },
        food: "red chilies",
        preparation: "thinly sliced",
      },
    ],
    ["a pinch of salt", { quantity: { kind: "exact", value: 1 }, unit: "pinch", food: "salt" }],
    ["a little oil", { food: "a little oil" }],
    [
      "Salt and pepper to taste",
      { quantity: { kind: "text", text: "to taste" }, food: "Salt and pepper" },
    ],
    [
      "1 can (400 g) coconut milk",
      { quantity: { kind: "exact", value: 1 }, unit: "can", food: "coconut milk", note: "400 g" },
    ],
    [
      "½ cup sugar (optional)",
      { quantity: { kind: "exact", value: 0.5 }, unit: "cup", food: "sugar", optional: true },
    ],
    ["Ground Pork", { food: "Ground Pork" }],
  ])("%s", (line, parts) => {
    expect(splitIngredientLine(line)).toEqual(parts);
  });
});
