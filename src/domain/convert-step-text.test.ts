import { describe, expect, it } from "vitest";
import { convertDegrees, convertStepText, convertTemperature } from "./convert-step-text.js";

const TEXT: ReadonlyArray<readonly [string, "metric" | "us", string]> = [
  ["Heat the oven to 350°F.", "metric", "Heat the oven to 180°C."],
  ["Bake at 200 degrees C.", "us", "Bake at 400°F."],
  ["Fry at 180C until golden.", "us", "Fry at 350°F until golden."],
  ["Roast at 425-450°F.", "metric", "Roast at 220–230°C."],
  ["Cook to 165°F inside.", "metric", "Cook to 74°C inside."],
  ["Grease a 9x13-inch pan.", "metric", "Grease a 23×33 cm pan."],
  ["Cut into 1/2 inch slices.", "metric", "Cut into 1.5 cm slices."],
  ["Cut into 2 cm cubes.", "us", "Cut into ¾ inch cubes."],
  ["Use a 23 cm tin.", "us", "Use a 9 inches tin."],
  ["Heat the oven to 180°C in a 23 cm tin.", "metric", "Heat the oven to 180°C in a 23 cm tin."],
  ["Put 2 in a bowl for 3 minutes.", "metric", "Put 2 in a bowl for 3 minutes."],
];

describe("convertStepText", () => {
  it.each(TEXT)("%s → %s", (text, units, expected) => {
    expect(convertStepText(text, units)).toBe(expected);
  });
});

describe("convertDegrees", () => {
  it.each([
    [180, "C", "F", 350],
    [220, "C", "F", 425],
    [160, "C", "F", 325],
    [350, "F", "C", 180],
    [375, "F", "C", 190],
    [100, "C", "F", 212],
    [212, "F", "C", 100],
  ] as const)("%d°%s → %s = %d", (value, from, to, expected) => {
    expect(convertDegrees(value, from, to)).toBe(expected);
  });

  it("converts a step's temperature data with its words", () => {
    expect(
      convertTemperature({ text: "350-375°F", value: 350, max: 375, unit: "F" }, "metric"),
    ).toEqual({
      text: "180–190°C",
      value: 180,
      max: 190,
      unit: "C",
    });
  });
});
