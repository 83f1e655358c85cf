import { describe, expect, it } from "vitest";
import { formatNumber, formatQuantity, upperBound } from "./quantity.js";

describe("quantities", () => {
  it.each([
    [1.5, "1½"],
    [1 / 3, "⅓"],
    [2.25, "2¼"],
    [0.75, "¾"],
    [3, "3"],
    [1.1, "1.1"],
    [0.999, "1"],
  ])("%d reads %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it("formats every kind and knows its upper bound", () => {
    expect(formatQuantity({ kind: "range", min: 2, max: 3 })).toBe("2–3");
    expect(formatQuantity({ kind: "text", text: "a splash" })).toBe("a splash");
    expect(upperBound({ kind: "range", min: 2, max: 3 })).toBe(3);
    expect(upperBound({ kind: "text", text: "to taste" })).toBeUndefined();
  });
});
