import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IngredientIssueCode, parseIngredientLine } from "./parse-ingredient-line.js";
import { QuantitySchema } from "./quantity.js";

const exact = (value: number) => ({ kind: "exact", value });
const range = (min: number, max: number) => ({ kind: "range", min, max });

describe("parseIngredientLine", () => {
  // Lines written for this table (none from the evaluation corpus).
  it.each([
    [
      "2 1/2 tbsp palm sugar, finely grated",
      { quantity: exact(2.5), unit: "tbsp", food: "palm sugar", preparation: "finely grated" },
    ],
    ["1 ½ cups whole milk", { quantity: exact(1.5), unit: "cup", food: "whole milk" }],
    ["1⁄2 teaspoon ground nutmeg", { quantity: exact(0.5), unit: "tsp" }],
    ["¾ cup sugar", { quantity: exact(0.75), unit: "cup", food: "sugar" }],
    ["2-3 red chillies", { quantity: range(2, 3) }],
    ["2 to 3 tablespoons olive oil", { quantity: range(2, 3), unit: "tbsp", food: "olive oil" }],
    ["1,5 kg Mehl", { quantity: exact(1.5), unit: "kg" }],
    ["2 EL Olivenöl", { quantity: exact(2), unit: "tbsp" }],
    ["250 g de farine", { quantity: exact(250), unit: "g" }],
    ["one onion, chopped", { quantity: exact(1), food: "onion", preparation: "chopped" }],
    ["a pinch of salt", { quantity: exact(1), unit: "pinch", food: "salt" }],
    ["a couple of bay leaves", { quantity: exact(2), food: "bay leaves" }],
    ["3 large eggs", { quantity: exact(3), size: "large", food: "eggs" }],
    ["salt, to taste", { quantity: { kind: "text", text: "to taste" }, food: "salt" }],
    ["½ cup walnuts (optional)", { optional: true, food: "walnuts" }],
    ["toasted sesame seeds, optionally", { optional: true }],
    ["4 chicken or turkey thighs", { alternatives: ["chicken", "turkey thighs"] }],
  ])("%s", (line, expected) => {
    expect(parseIngredientLine(line)).toMatchObject({ kind: "ingredient", ...expected });
  });

  it("keeps every amount of a line, the first one first", () => {
    expect(parseIngredientLine("150g/5¼oz butter, softened")).toMatchObject({
      quantity: exact(150),
      unit: "g",
      food: "butter",
      amounts: [
        { quantity: exact(150), unit: "g" },
        { quantity: exact(5.25), unit: "oz" },
      ],
    });
    expect(parseIngredientLine("1 (14-ounce) can chopped tomatoes")).toMatchObject({
      quantity: exact(1),
      unit: "can",
      amounts: [{ unit: "can" }, { quantity: exact(14), unit: "oz" }],
    });
  });

  it("lists a result's fields in a fixed order, leaving out those the line lacks", () => {
    const json = JSON.parse(JSON.stringify(parseIngredientLine("2 cups flour, sifted")));
    expect(Object.keys(json)).toEqual([
      "kind",
      "text",
      "quantity",
      "unit",
      "preparation",
      "food",
      "amounts",
      "issues",
    ]);
  });

  it("reads a group header as a header", () => {
    expect(parseIngredientLine("For the sauce:")).toEqual({
      kind: "header",
      text: "For the sauce:",
      title: "For the sauce",
      issues: [],
    });
    expect(parseIngredientLine("For the dressing").kind).toBe("header");
    expect(parseIngredientLine("For frying: 2 tbsp oil").kind).toBe("ingredient");
  });

  it("reports what it could not read instead of guessing", () => {
    expect(parseIngredientLine("   ").issues.map((i) => i.code)).toEqual([
      IngredientIssueCode.Empty,
    ]);
    expect(parseIngredientLine("!!! ??? ...").issues.map((i) => i.code)).toContain(
      IngredientIssueCode.NoFood,
    );
    const long = parseIngredientLine("salt ".repeat(5000));
    expect(long.issues.map((i) => i.code)).toContain(IngredientIssueCode.TooLong);
  });

  it("never throws, and answers any string within 1 ms per KB", () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.stringMatching(/^[\d\s/½¼¾⁄.,\-–]{0,200}$/),
      fc.stringMatching(/^[(),.:;!?'"\-\s]{0,200}$/),
    );
    fc.assert(
      fc.property(inputs, (text) => {
        const parsed = parseIngredientLine(text);
        expect(parsed.text).toBe(text);
        if (parsed.kind === "ingredient" && parsed.quantity?.kind === "exact") {
          expect(Number.isFinite(parsed.quantity.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    // Found by fuzzing: a numerator too long to be finite, over zero, read as Infinity.
    const overZero = parseIngredientLine(`${"9".repeat(400)}1/0 cups rice`);
    expect(
      QuantitySchema.safeParse(overZero.kind === "ingredient" && overZero.quantity).success,
    ).toBe(true);
    for (const text of [
      "9".repeat(10_000),
      "\u0000\uffff".repeat(50_000),
      "(".repeat(100_000),
      "1/".repeat(50_000),
    ]) {
      const started = performance.now();
      const parsed = parseIngredientLine(text);
      const ms = performance.now() - started;
      expect(parsed.text).toBe(text);
      expect(ms).toBeLessThan(Math.max(5, text.length / 1024));
    }
  });
});
