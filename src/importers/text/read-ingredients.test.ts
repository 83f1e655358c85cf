import { describe, expect, it } from "vitest";
import { readIngredientLine, readIngredients } from "./read-ingredients.js";
import { splitLines } from "./split-lines.js";

describe("readIngredientLine", () => {
  it("reads a Name: note line", () => {
    expect(
      readIngredientLine("Palm Sugar: Deeper than white sugar, or substitute with brown sugar."),
    ).toEqual({
      text: "Palm Sugar: Deeper than white sugar, or substitute with brown sugar.",
      food: "Palm Sugar",
      note: "Deeper than white sugar, or substitute with brown sugar.",
      substitutes: [{ food: "brown sugar" }],
    });
  });

  it("reads a quantity line", () => {
    expect(readIngredientLine("2 tbsp fish sauce")).toEqual({
      text: "2 tbsp fish sauce",
      quantity: { kind: "exact", value: 2 },
      unit: "tbsp",
      food: "fish sauce",
      substitutes: [],
    });
  });
});

describe("readIngredients", () => {
  it("reads group headers and keeps prose as notes", () => {
    const section = readIngredients(
      splitLines(
        "You only need a handful of things for this, and most of them are in your pantry.\nFor the sauce:\n- 2 tbsp soy sauce\nSauce notes follow here and they go on for quite a few words in total.\nTopping:\n- 1 tbsp sesame seeds",
      ),
    );
    expect(section.notes).toEqual([
      "You only need a handful of things for this, and most of them are in your pantry.",
    ]);
    expect(section.groups.map((g) => [g.title, g.ingredients.map((i) => i.food)])).toEqual([
      ["For the sauce", ["soy sauce"]],
      ["Topping", ["sesame seeds"]],
    ]);
    expect(section.groups[0]?.ingredients[0]?.note).toMatch(/^Sauce notes follow/);
  });
});
