import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { formatNumber, formatQuantity, QuantitySchema } from "./quantity.js";
import { parseNumber, readAmount } from "./read-amount.js";

/** Amounts from any text are quantities the model accepts (finite, not negative, ranges running
 *  forwards); what formatQuantity writes, readAmount reads back; and reading is linear. */

const PIECES = ["1", "9", "0", " ", "/", ".", "½", "¼", "-", "–", " to ", " or ", "a ", "half "];
const PIECES_AFTER = ["cup", " cups", " flour", ",", "(", ")", "x", "and a half"];

const amountLike = fc
  .tuple(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }),
    fc.array(fc.constantFrom(...PIECES_AFTER), { maxLength: 4 }),
  )
  .map(([a, b]) => a.join("") + b.join(""));

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  amountLike,
  fc.integer({ min: 1, max: 400 }).map((n) => `${"9".repeat(n)} cups`),
  fc.integer({ min: 1, max: 400 }).map((n) => `1/${"0".repeat(n)}`),
);

/** Numbers a recipe states: whole, cook's fractions, decimals with two places. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.constantFrom(1 / 8, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4),
    )
    .map(([whole, part]) => whole + part),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
);

describe("readAmount on any text", () => {
  it("gives a quantity of the model, read from the start of the text", () => {
    fc.assert(
      fc.property(text, (input) => {
        const read = readAmount(input);
        const number = parseNumber(input);
        if (number !== undefined) expect(Number.isFinite(number) && number >= 0).toBe(true);
        if (!read) return;
        expect(QuantitySchema.safeParse(read.quantity).success).toBe(true);
        if (read.quantity.kind === "range") {
          expect(read.quantity.min).toBeLessThan(read.quantity.max);
        }
        expect(input.trimStart().startsWith(read.text)).toBe(true);
        expect(input.trimEnd().endsWith(read.rest)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back what formatQuantity writes", () => {
    // formatNumber rounds to a cook's fraction within 0.01 ("1.24" → "1¼"), so that is the bound.
    const near = (read: number | undefined, written: number) =>
      expect(Math.abs((read ?? Number.NaN) - written)).toBeLessThanOrEqual(0.0101);
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        near(parseNumber(formatNumber(a)), a);
        const [min, max] = a < b ? [a, b] : [b, a];
        const quantity =
          min === max || formatNumber(min) === formatNumber(max)
            ? ({ kind: "exact", value: min } as const)
            : ({ kind: "range", min, max } as const);
        const read = readAmount(`${formatQuantity(quantity)} g`);
        expect(read?.rest).toBe("g");
        if (quantity.kind === "range" && read?.quantity.kind === "range") {
          near(read.quantity.min, min);
          near(read.quantity.max, max);
        } else if (quantity.kind === "exact" && read?.quantity.kind === "exact") {
          near(read.quantity.value, min);
        } else {
          expect(read?.quantity.kind).toBe(quantity.kind);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads 100 KB within 20 ms", () => {
    // One anchored match: a linear read of 100 KB takes well under 1 ms here.
    const big = fc
      .constantFrom("9", "1 ", "1/", "½", "- ", "a ", "1.1", " to ")
      .map((p) => p.repeat(Math.ceil(100_000 / p.length)));
    fc.assert(
      fc.property(big, (input) => {
        expect(fastestCpuMs(() => [readAmount(input), parseNumber(input)])).toBeLessThan(20);
      }),
      { numRuns: 20 },
    );
  });
});
