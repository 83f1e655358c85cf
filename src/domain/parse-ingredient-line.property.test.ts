import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { parseIngredientLine } from "./parse-ingredient-line.js";
import { QuantitySchema } from "./quantity.js";

/** Any line, and lines shaped like ingredients from their usual parts shuffled: every amount
 *  read is a quantity of the model (finite, ranges forwards), every part is as long as the model
 *  keeps for a line it keeps, and a line of any length is read in bounded time. */

const PARTS = [
  "1",
  "1 1/2",
  "2-3",
  "½",
  "150g",
  "/",
  "5¼oz",
  "cups",
  "tbsp",
  "(14-ounce)",
  "can",
  "tomatoes",
  "unsalted butter",
  ",",
  "finely chopped",
  "or",
  "chicken",
  "to taste",
  "optional",
  "for serving",
  "(",
  ")",
  ":",
  "For the sauce",
  "a few",
  "9".repeat(400),
  "1/0",
];

const line = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.constantFrom(...PARTS), { maxLength: 20 }).map((p) => p.join(" ")),
  fc.array(fc.constantFrom(...PARTS), { maxLength: 20 }).map((p) => p.join("")),
);

const MAX = { unit: 500, food: 500, preparation: 1_000, note: 2_000, size: 500 } as const;

describe("parseIngredientLine on any line", () => {
  it("reads quantities and parts the model keeps", () => {
    fc.assert(
      fc.property(line, (text) => {
        const parsed = parseIngredientLine(text);
        expect(parsed.text).toBe(text);
        for (const issue of parsed.issues) expect(issue.code).toMatch(/^[A-Z_]+$/);
        if (parsed.kind === "header") return;
        for (const q of [parsed.quantity, ...parsed.amounts.map((a) => a.quantity)]) {
          if (q === undefined) continue;
          expect(QuantitySchema.safeParse(q).success).toBe(true);
          if (q.kind === "range") expect(q.min).toBeLessThan(q.max);
        }
        for (const [key, max] of Object.entries(MAX)) {
          const value = parsed[key as keyof typeof MAX];
          if (value !== undefined) expect(value.length).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("reads a line of up to 100 KB within 20 ms", () => {
    // Only a line's first 2,000 characters are read: about 1 ms here, whatever its length.
    const big = fc
      .tuple(fc.constantFrom(...PARTS), fc.integer({ min: 1_000, max: 100_000 }))
      .map(([p, size]) => `${p} `.repeat(Math.ceil(size / (p.length + 1))));
    parseIngredientLine("2 cups flour, sifted");
    fc.assert(
      fc.property(big, (text) => {
        expect(fastestCpuMs(() => parseIngredientLine(text))).toBeLessThan(20);
      }),
      { numRuns: 25 },
    );
  });
});
