import { describe, expect, it } from "vitest";
import { readTemperatures } from "./read-temperatures.js";

describe("readTemperatures", () => {
  it.each([
    ["Preheat the oven to 180°C.", [{ text: "180°C", value: 180, unit: "C" }]],
    ["Bake at 350 °F.", [{ text: "350 °F", value: 350, unit: "F" }]],
    ["Heat to 350 degrees F.", [{ text: "350 degrees F", value: 350, unit: "F" }]],
    ["Oven at 200 degrees Celsius.", [{ text: "200 degrees Celsius", value: 200, unit: "C" }]],
    ["Roast at 220C.", [{ text: "220C", value: 220, unit: "C" }]],
    ["Fry at 170-180 °C.", [{ text: "170-180 °C", value: 170, max: 180, unit: "C" }]],
    [
      "Preheat to 180°C (350°F).",
      [
        { text: "180°C", value: 180, unit: "C" },
        { text: "350°F", value: 350, unit: "F" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(readTemperatures(text)).toEqual(expected);
  });

  it.each(["Bake at 350°.", "Add 2 C of milk.", "Cook 3-4 minutes."])("%s → none", (text) => {
    expect(readTemperatures(text)).toEqual([]);
  });

  it("reads thousands of temperatures in linear time", () => {
    // Found by fuzzing: each one was checked against all before it.
    const started = performance.now();
    expect(readTemperatures("180°C 200C ".repeat(10_000))).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
