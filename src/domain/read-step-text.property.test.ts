import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { readStepText } from "./read-step-text.js";
import { StepSchema } from "./recipe.js";

/** Whatever a method step says, the timers, heat, temperatures and cues read from it fit the
 *  model's step (so one wordy step never fails a recipe), and reading is linear in its length. */

const PIECES = [
  "Bake for 20-25 minutes",
  " until golden",
  " until ",
  "1 hour and 30 minutes",
  "half an hour",
  "180°C",
  "350 degrees F",
  "200C",
  "over medium-high heat",
  "when it smells nutty",
  ", then ",
  ". ",
  " and starts to bubble",
  "9".repeat(30),
  " minutes",
  " ",
  "½",
  "-",
];

const step = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((p) => p.join("")),
);

/** A step as long as the model allows (20,000 characters), made of one repeated piece. */
const longStep = fc.oneof(
  fc
    .constantFrom(...PIECES, "until ", "1 minute, ", "until golden. ", "9", "180°C ", "a ")
    .map((piece) => piece.repeat(Math.ceil(20_000 / piece.length)).slice(0, 20_000)),
  // Cues that all differ: merging them compares every pair.
  fc
    .constantFrom("until x", "when it turns golden ", "until soft and starts to bubble ")
    .map((lead) =>
      Array.from({ length: 2_000 }, (_, i) => `${lead}${i}. `)
        .join("")
        .slice(0, 20_000),
    ),
);

const asStep = (text: string) => ({ text, ...readStepText(text), ingredientRefs: [] });

describe("readStepText on any step", () => {
  it("reads facts that fit the model's step", () => {
    fc.assert(
      fc.property(step, (text) => {
        fc.pre(text.trim() !== "");
        const parsed = StepSchema.safeParse(asStep(text));
        expect(parsed.error?.issues ?? []).toEqual([]);
        for (const timer of parsed.data?.timers ?? []) {
          const { min, max } = timer.duration;
          expect(max === undefined || min < max).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reads a 20,000-character step, the longest the model keeps, within 100 ms", () => {
    // A linear read takes about 5 ms here; one that rescans the step per match takes seconds.
    fc.assert(
      fc.property(longStep, (text) => {
        if (text.trim() === "") return;
        expect(StepSchema.safeParse(asStep(text)).error?.issues ?? []).toEqual([]);
        expect(fastestCpuMs(() => readStepText(text))).toBeLessThan(100);
      }),
      { numRuns: 30 },
    );
  });
});
