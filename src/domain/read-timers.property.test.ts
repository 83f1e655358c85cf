import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { DurationSchema, formatDuration } from "./duration.js";
import { readDuration, readTimers } from "./read-timers.js";

/** Timers from any prose are durations the model keeps (whole seconds it can count, ranges
 *  running forwards); what formatDuration writes, readDuration reads back; reading is linear. */

const PIECES = [
  "1",
  "99",
  "½",
  " ",
  "-",
  " to ",
  " and a half ",
  "minutes",
  "mins",
  "hour",
  "h",
  ", and ",
  "30 min",
  "half an hour",
  "days",
  "Std.",
  "9".repeat(20),
];

const prose = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join("")),
);

/** Whole minutes up to two days, or seconds under an hour: what a recipe's times hold. */
const seconds = fc.oneof(
  fc.integer({ min: 1, max: 2_880 }).map((m) => m * 60),
  fc.integer({ min: 1, max: 3_599 }),
);

describe("readTimers on any text", () => {
  it("gives durations of the model, each from words of the text", () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (const timer of readTimers(text)) {
          expect(DurationSchema.safeParse(timer.duration).success).toBe(true);
          const { min, max } = timer.duration;
          expect(max === undefined || min < max).toBe(true);
          expect(text).toContain(timer.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads back what formatDuration writes", () => {
    fc.assert(
      fc.property(seconds, fc.option(seconds, { nil: undefined }), (a, b) => {
        const duration = b === undefined || b <= a ? { min: a } : { min: a, max: b };
        const written = formatDuration(duration);
        // "45 s" has no reader: seconds alone are no cook's timer. Minutes and hours are.
        fc.pre(!/\d s\b/.test(written));
        expect(readDuration(written)).toEqual(duration);
      }),
      { numRuns: 300 },
    );
  });

  it("reads 100 KB within 50 ms", () => {
    // A linear read of 100 KB takes about 5 ms here; a quadratic one takes seconds.
    const big = fc
      .constantFrom(...PIECES, "1 minute, ", "1 1 1 ", "1-", "hours hours ")
      .map((p) => p.repeat(Math.ceil(100_000 / p.length)));
    fc.assert(
      fc.property(big, (text) => {
        expect(fastestCpuMs(() => [readTimers(text), readDuration(text)])).toBeLessThan(50);
      }),
      { numRuns: 20 },
    );
  });
});
