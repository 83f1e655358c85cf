import { describe, expect, it } from "vitest";
import { readHeat } from "./read-heat.js";

describe("readHeat", () => {
  it.each([
    ["This takes 3-4 minutes over medium-high heat.", "medium-high"],
    ["Cook on medium high heat.", "medium-high"],
    ["Sauté over med-high heat.", "medium-high"],
    ["Warm over low-medium heat.", "medium-low"],
    ["Simmer over medium-low heat.", "medium-low"],
    ["Reheat over medium heat.", "medium"],
    ["Cook over a moderate flame.", "medium"],
    ["Sear on high heat.", "high"],
    ["Then reduce the heat to low.", "low"],
    ["Start on high heat, then turn the heat down to low.", "high"],
  ])("%s → %s", (text, heat) => {
    expect(readHeat(text)).toBe(heat);
  });

  it.each(["Melt the sugar in your hot wok.", "High praise for this dish."])(
    "%s → none",
    (text) => {
      expect(readHeat(text)).toBeUndefined();
    },
  );
});
