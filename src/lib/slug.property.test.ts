import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { SLUG_PATTERN, slugify } from "./slug.js";

/** A slug from any title matches the pattern URLs and the model use (or is empty), is no longer
 *  than asked, is its own slug, and is made in time linear in the title's length. */

const title = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc
    .array(fc.constantFrom("Crème", "brûlée", "&", "’", "'", "-", " ", "食谱", "Ω", "---", "ﬁ"), {
      maxLength: 40,
    })
    .map((p) => p.join("")),
);

describe("slugify on any title", () => {
  it("gives an empty slug or one of the pattern, within the length, that slugifies to itself", () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: 100 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug.length).toBeLessThanOrEqual(max);
        if (slug === "") return;
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slugify(slug, max)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  it("slugs 100 KB within 50 ms", () => {
    // A few linear regex passes: about 5 ms for 100 KB here.
    const big = fc
      .constantFrom("a", "-", " ", "é", "&", "a-", "食")
      .map((p) => p.repeat(Math.ceil(100_000 / p.length)));
    fc.assert(
      fc.property(big, (text) => {
        expect(fastestCpuMs(() => slugify(text))).toBeLessThan(50);
      }),
      { numRuns: 14 },
    );
  });
});
