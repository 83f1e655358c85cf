import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { splitSentences } from "./split-sentences.js";

/** Any prose splits into trimmed sentences that keep every character, in time linear in its
 *  length: runs of end marks, closing quotes and abbreviations are what a regex backtracks on. */

const PIECES = [
  ".",
  "!",
  "?",
  "…",
  " ",
  "\n",
  "A",
  "b",
  "1",
  "'",
  ")",
  "”",
  "e.g.",
  "tbsp.",
  "Wow",
];

const prose = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: "grapheme", maxLength: 500 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((p) => p.join("")),
);

/** Inputs of about 100 KB built from one repeated piece: the shapes that make a parser quadratic. */
const large = fc
  .tuple(fc.constantFrom(...PIECES, ". A", "tbsp. A ", ".x", "!?", "x.", "a "), fc.boolean())
  .map(([piece, tail]) => piece.repeat(Math.ceil(100_000 / piece.length)) + (tail ? " A" : ""));

const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("splitSentences on any text", () => {
  it("gives trimmed, non-empty sentences that together are the whole text", () => {
    fc.assert(
      fc.property(prose, (text) => {
        const sentences = splitSentences(text);
        for (const s of sentences) expect(s).toBe(s.trim());
        expect(sentences.every((s) => s !== "")).toBe(true);
        expect(squeeze(sentences.join(""))).toBe(squeeze(text));
      }),
      { numRuns: 300 },
    );
  });

  it("splits 100 KB within 50 ms", () => {
    // A linear split of 100 KB takes about 2 ms here; a quadratic one took 27 s.
    fc.assert(
      fc.property(large, (text) => {
        expect(fastestCpuMs(() => splitSentences(text))).toBeLessThan(50);
      }),
      { numRuns: 25 },
    );
  });
});
