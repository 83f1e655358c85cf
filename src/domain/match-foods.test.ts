import { describe, expect, it } from "vitest";
import { findFoodMentions, matchFood, stemWord } from "./match-foods.js";

const foods = [
  "Ground Pork",
  "Palm Sugar",
  "Fish Sauce",
  "Shallots",
  "Garlic",
  "Red Chilies",
  "Scallions",
];

describe("findFoodMentions", () => {
  it.each([
    [
      "add your aromatics—shallots, garlic, chilies, and the white parts of scallions",
      [3, 4, 5, 6],
    ],
    ["Add your ground pork to the caramel.", [0]],
    ["Let the pork sit.", [0]],
    ["Finish with fresh scallion greens.", [6]],
    ["add fish sauce and soy sauce", [2]],
    ["melting palm sugar with water", [1]],
    ["Serve over rice.", []],
  ])("%s", (text, indices) => {
    expect(findFoodMentions(text, foods)).toEqual(indices);
  });

  it("does not match a head noun two foods share", () => {
    expect(findFoodMentions("Add the sugar.", ["brown sugar", "white sugar"])).toEqual([]);
    expect(findFoodMentions("Add the sugar.", ["brown sugar", "flour"])).toEqual([0]);
  });

  it("does not match a generic head such as sauce", () => {
    expect(findFoodMentions("The sauce will reduce.", ["Fish Sauce"])).toEqual([]);
  });
});

describe("matchFood", () => {
  it.each([
    ["pork", "Ground Pork"],
    ["palm sugar", "Palm Sugar"],
    ["chili", "Red Chilies"],
    ["tofu", undefined],
  ])("%s → %s", (phrase, food) => {
    expect(matchFood(phrase, foods)).toBe(food);
  });
});

describe("stemWord", () => {
  it.each([
    ["chilies", "chili"],
    ["chili", "chili"],
    ["tomatoes", "tomato"],
    ["berry", "berri"],
    ["berries", "berri"],
    ["glass", "glass"],
  ])("%s → %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
