import { describe, expect, it } from "vitest";
import { readCuisine } from "./read-cuisine.js";

describe("readCuisine", () => {
  it.each([
    ["Vietnamese Caramelised Pork Mince Stir Fry", ["Vietnamese"]],
    ["easy thai green curry", ["Thai"]],
    ["Middle Eastern Lamb Flatbreads", ["Middle Eastern"]],
    ["Tex-Mex Chili", ["Tex-Mex"]],
    ["Korean-style Fried Chicken", ["Korean"]],
    ["French Toast", ["French"]],
    ["Banana Bread", []],
    ["Thailand Trip Noodles", []],
  ])("%s → %o", (title, cuisines) => {
    expect(readCuisine(title)).toEqual(cuisines);
  });
});
