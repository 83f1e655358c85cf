import { describe, expect, it } from "vitest";
import type { Quantity } from "./quantity.js";
import { scaleAmount } from "./scale-amount.js";

const exact = (value: number): Quantity => ({ kind: "exact", value });

describe("scaleAmount", () => {
  it.each([
    // [quantity, unit, factor, expected text]
    [exact(1), "tsp", 3, "1 tbsp"],
    [exact(1), "tbsp", 0.5, "1½ tsp"],
    [exact(0.25), "cup", 0.5, "2 tbsp"],
    [exact(1), "cup", 1 / 3, "⅓ cup"],
    [exact(0.5), "cup", 1.5, "¾ cup"],
    [exact(2), "tbsp", 2, "¼ cup"],
    [exact(5), "tbsp", 2, "10 tbsp"],
    [exact(750), "g", 2, "1.5 kg"],
    [exact(500), "g", 3, "1.5 kg"],
    [exact(1.5), "kg", 0.5, "750 g"],
    [exact(100), "ml", 1 / 3, "33 ml"],
    [exact(400), "ml", 3, "1.2 l"],
    [exact(12), "oz", 2, "1½ lb"],
    [exact(1), "lb", 0.25, "4 oz"],
    [exact(3), undefined, 0.5, "1½"],
    [exact(1), "can", 2, "2 can"],
    [exact(2), "clove", 1.5, "3 clove"],
    [{ kind: "range", min: 2, max: 3 } as Quantity, "tbsp", 2, "4–6 tbsp"],
    [{ kind: "range", min: 2, max: 3 } as Quantity, undefined, 2, "4–6"],
    [{ kind: "text", text: "to taste" } as Quantity, undefined, 4, "to taste"],
    [{ kind: "text", text: "a pinch" } as Quantity, "pinch", 4, "a pinch"],
  ])("%j %s × %d → %s", (quantity, unit, factor, text) => {
    expect(scaleAmount({ quantity, ...(unit !== undefined && { unit }) }, factor).text).toBe(text);
  });

  it("keeps the value it writes: 1 tsp × 3 is exactly 1 tbsp", () => {
    expect(scaleAmount({ quantity: exact(1), unit: "tsp" }, 3)).toEqual({
      quantity: exact(1),
      unit: "tbsp",
      text: "1 tbsp",
    });
  });

  it("leaves an amount alone when the factor is not a positive number", () => {
    expect(scaleAmount({ quantity: exact(2), unit: "cup" }, Number.NaN).text).toBe("2 cup");
  });
});
