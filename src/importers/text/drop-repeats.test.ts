import { describe, expect, it } from "vitest";
import type { IngredientGroup } from "../../domain/recipe.js";
import { dropRepeats } from "./drop-repeats.js";

const item = (text: string, food: string) => ({ text, food, substitutes: [] });

describe("dropRepeats", () => {
  it("keeps the first of a list printed again for other servings, across its groups", () => {
    const groups: IngredientGroup[] = [
      { ingredients: [item("1 l stock", "stock"), item("200 g polenta", "polenta")] },
      { title: "To serve", ingredients: [item("salt", "salt"), item("2 l stock", "stock")] },
      { ingredients: [item("400 g polenta", "polenta"), item("salt", "salt")] },
    ];
    expect(dropRepeats(groups)).toEqual(["2 l stock", "400 g polenta", "salt"]);
    expect(groups.map((g) => g.ingredients.map((i) => i.text))).toEqual([
      ["1 l stock", "200 g polenta"],
      ["salt"],
      [],
    ]);
  });

  it("keeps a list whose foods do not come round again", () => {
    const groups: IngredientGroup[] = [
      { ingredients: ["flour", "sugar", "butter", "flour", "eggs"].map((f) => item(f, f)) },
    ];
    expect(dropRepeats(groups)).toEqual([]);
    expect(groups[0]?.ingredients).toHaveLength(5);
  });
});
