import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { readYields } from "./read-yields.js";
import { YieldsSchema } from "./recipe.js";

/** A yield line of any shape gives a yield the model keeps (or none), and reading is linear. */

const PIECES = [
  "Serves",
  "Makes",
  "Portionen",
  ":",
  " ",
  "4",
  "-",
  "6",
  "½",
  "a",
  "people",
  "cookies",
];

const line = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES, "9".repeat(400)), { maxLength: 12 }).map((p) => p.join("")),
);

describe("readYields on any line", () => {
  it("gives a yield the model keeps, when the line's text is within its bound", () => {
    fc.assert(
      fc.property(line, (text) => {
        const yields = readYields(text);
        if (yields && text.trim().length <= 500) {
          expect(YieldsSchema.safeParse(yields).error?.issues ?? []).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reads 100 KB within 20 ms", () => {
    // Anchored patterns: a linear read of 100 KB takes under 1 ms here.
    const big = fc
      .constantFrom("Serves ", "4", "4 ", "4-", "people ", " ")
      .map((p) => p.repeat(Math.ceil(100_000 / p.length)));
    fc.assert(
      fc.property(big, (text) => {
        expect(fastestCpuMs(() => readYields(text))).toBeLessThan(20);
      }),
      { numRuns: 12 },
    );
  });
});
