import { describe, expect, it } from "vitest";
import { chooseRecipeSections } from "./choose-recipe-sections.js";
import { findSections } from "./find-sections.js";
import { splitLines } from "./split-lines.js";

const chosen = (text: string) =>
  chooseRecipeSections(findSections(splitLines(text)))
    .filter((s) => s.kind === "ingredients" || s.kind === "steps")
    .map((s) => [s.kind, s.lines.map((l) => l.text)]);

describe("chooseRecipeSections", () => {
  it("takes the prose under an unknown heading after the list for the method", () => {
    expect(
      chosen(
        "Ingredients\n1 cup rice\n2 cups water\nHere's how to make it:\nRinse the rice and drain it well.\nSimmer it covered for 15 minutes.\nRelated Recipes\nFried Rice",
      ),
    ).toEqual([
      ["ingredients", ["1 cup rice", "2 cups water"]],
      ["steps", ["Rinse the rice and drain it well.", "Simmer it covered for 15 minutes."]],
    ]);
  });

  it("takes the sentences ending a list for its method", () => {
    expect(
      chosen("Ingredients\n1 cup rice\n2 cups water\nRinse the rice, then simmer it covered."),
    ).toEqual([
      ["ingredients", ["1 cup rice", "2 cups water"]],
      ["steps", ["Rinse the rice, then simmer it covered."]],
    ]);
  });

  it("takes a table that names each food before its amount for the list, with its heading's run", () => {
    expect(
      chosen(
        "Ingredients\n250 Calories a portion\nIngredients for the cake\nButter 100 g\nEggs 2\nSugar 80 g\nFlour 120 g\nMethod\nBeat everything together and bake it.",
      ),
    ).toEqual([
      // Both sections are the list's run; its reader keeps the energy line out of the items.
      ["ingredients", ["250 Calories a portion"]],
      ["ingredients", ["Butter 100 g", "Eggs 2", "Sugar 80 g", "Flour 120 g"]],
      ["steps", ["Beat everything together and bake it."]],
    ]);
  });

  it("reads no menu of numbered labels or dates as such a table", () => {
    const menu = "Column 1\nStarters\nColumn 2\nMains\nJune 2024\nMay 2024\nApril 2024";
    expect(
      chosen(`Ingredients\n${menu}\nIngredients\n1 cup rice\n2 cups water\nMethod\nSimmer.`),
    ).toEqual([
      ["ingredients", ["1 cup rice", "2 cups water"]],
      ["steps", ["Simmer."]],
    ]);
  });

  it("takes a later method over a method heading with nothing under it (a tab's label)", () => {
    expect(
      chosen(
        "Ingredients\n1 cup rice\n2 cups water\nMethod\nCook's tips\nMethod\nRinse the rice.\nSimmer it covered.\nCook's tips\nUse a wide pan.",
      ),
    ).toEqual([
      ["ingredients", ["1 cup rice", "2 cups water"]],
      ["steps", ["Rinse the rice.", "Simmer it covered."]],
    ]);
  });

  it("joins no menu of ingredient links to the card's list", () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Ingredient page ${i + 1}`).join("\n");
    expect(
      chosen(`Our Ingredients\n${menu}\nIngredients\n1 cup rice\n2 cups water\nMethod\nSimmer.`),
    ).toEqual([
      ["ingredients", ["1 cup rice", "2 cups water"]],
      ["steps", ["Simmer."]],
    ]);
  });
});
