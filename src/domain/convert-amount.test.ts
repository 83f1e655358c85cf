import { describe, expect, it } from "vitest";
import { ConvertIssueCode, conversionFactor, convertQuantity } from "./convert-amount.js";

const rounded = (v: number) => Math.round(v * 1000) / 1000;

describe("conversionFactor", () => {
  it.each([
    ["tbsp", "tsp", undefined, 3],
    ["cup", "tbsp", undefined, 16],
    ["cup", "ml", undefined, 236.588],
    ["l", "ml", undefined, 1000],
    ["qt", "cup", undefined, 4],
    ["gal", "l", undefined, 3.785],
    ["lb", "oz", undefined, 16],
    ["kg", "lb", undefined, 2.205],
    ["oz", "g", undefined, 28.35],
    ["fl oz", "ml", undefined, 29.574],
    ["imp pt", "ml", undefined, 568.261],
    ["cup", "g", "all-purpose flour", 120],
    ["cup", "g", "light brown sugar", 213],
    ["tbsp", "g", "unsalted butter", 14.188],
    ["g", "cup", "granulated sugar", 0.005],
  ])("1 %s = %d × %s (%s)", (from, to, food, factor) => {
    const result = conversionFactor(from, to, food);
    expect(result.ok && rounded(result.value)).toBe(factor);
  });

  it.each([
    ["cup", "g", undefined, ConvertIssueCode.DensityUnknown],
    ["cup", "g", "dragon fruit", ConvertIssueCode.DensityUnknown],
    ["can", "g", undefined, ConvertIssueCode.UnitUnknown],
    ["cup", "furlong", undefined, ConvertIssueCode.UnitUnknown],
  ])("1 %s to %s (%s) fails with %s", (from, to, food, code) => {
    const result = conversionFactor(from, to, food);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe(code);
  });
});

describe("convertQuantity", () => {
  it("converts both ends of a range", () => {
    expect(convertQuantity({ kind: "range", min: 2, max: 3 }, "tbsp", "tsp")).toMatchObject({
      ok: true,
      value: { kind: "range", min: 6, max: 9 },
    });
  });

  it("refuses words", () => {
    const result = convertQuantity({ kind: "text", text: "to taste" }, "tsp", "g", "salt");
    expect(result.issues[0]?.code).toBe(ConvertIssueCode.NotANumber);
  });
});
