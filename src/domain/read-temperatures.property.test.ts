import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { readTemperatures } from "./read-temperatures.js";
import { TemperatureSchema } from "./recipe.js";

/** Temperatures from any prose are the model's, each once, in text order; reading is linear. */

const PIECES = ["180", "350", "°", "º", "C", "F", " degrees ", "-", " to ", "200C", " ", "x", "°C"];

const prose = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join("")),
);

describe("readTemperatures on any text", () => {
  it("gives temperatures of the model, in the order the text states them", () => {
    fc.assert(
      fc.property(prose, (text) => {
        let from = 0;
        for (const t of readTemperatures(text)) {
          expect(TemperatureSchema.safeParse(t).success).toBe(true);
          expect(t.max === undefined || t.max > t.value).toBe(true);
          const at = text.indexOf(t.text, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + t.text.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads 100 KB within 50 ms", () => {
    // A linear read of 100 KB takes about 5 ms here; checking each find against all was seconds.
    const big = fc
      .constantFrom("180°C ", "200C ", "180-200°F ", "350 degrees ", "1")
      .map((p) => p.repeat(Math.ceil(100_000 / p.length)));
    fc.assert(
      fc.property(big, (text) => {
        expect(fastestCpuMs(() => readTemperatures(text))).toBeLessThan(50);
      }),
      { numRuns: 12 },
    );
  });
});
