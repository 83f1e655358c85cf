import { describe, expect, it } from "vitest";
import { scaleStepText } from "./scale-step-text.js";

const FOODS = ["fish sauce", "large eggs", "Red Chilies", "butter"];

/** Amounts in prose scale; times, temperatures, lengths, step numbers and plain prose do not. */
const CASES: ReadonlyArray<readonly [string, number, string]> = [
  ["Add 2 tablespoons of fish sauce.", 2, "Add 4 tablespoons of fish sauce."],
  ["Add 2 tablespoons of fish sauce.", 0.5, "Add 1 tablespoon of fish sauce."],
  ["Stir in a tablespoon of butter.", 3, "Stir in 3 tablespoons of butter."],
  ["Add 1 tbsp oil.", 2, "Add 2 tbsp oil."],
  ["Whisk 2 eggs with 100 g sugar.", 1.5, "Whisk 3 eggs with 150 g sugar."],
  ["Whisk 2 large eggs.", 0.5, "Whisk 1 large egg."],
  ["Slice 2-3 chilies.", 2, "Slice 4-6 chilies."],
  ["Add ½ cup of stock.", 3, "Add 1½ cups of stock."],
  ["Cook 3-4 minutes at 180°C, then 2 hours.", 2, "Cook 3-4 minutes at 180°C, then 2 hours."],
  ["Bake at 350 F in a 9-inch pan.", 2, "Bake at 350 F in a 9-inch pan."],
  ["Repeat step 2 in 2 batches; 20% of it.", 2, "Repeat step 2 in 2 batches; 20% of it."],
  ["Add a touch of water to a hot wok.", 2, "Add a touch of water to a hot wok."],
  ["Add 2 tablespoons of fish sauce.", 1, "Add 2 tablespoons of fish sauce."],
];

describe("scaleStepText", () => {
  it.each(CASES)("%s ×%d", (text, factor, expected) => {
    expect(scaleStepText(text, factor, FOODS)).toBe(expected);
  });
});
