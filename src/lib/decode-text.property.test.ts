import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../test/support/importer-contract.js";
import { DecodeIssueCode, decodeText } from "./decode-text.js";

/** Any bytes: decodeText gives text with "\n" line ends or a stable refusal, never throws; text
 *  a person typed comes back as typed (line ends aside); 5 MB, the import limit, is read fast. */

const CODES = new Set<string>(Object.values(DecodeIssueCode));

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.string({ unit: "grapheme", maxLength: 500 }).map((t) => new TextEncoder().encode(t)),
  fc
    .array(fc.constantFrom("a", "\r\n", "\r", "\n", "\t", "\u0001", "\ufffd", "é", " "), {
      maxLength: 300,
    })
    .map((p) => new TextEncoder().encode(p.join(""))),
);

/** What a person types: printable characters of any script, spaces, tabs and line ends. */
const typed = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
      fc.constantFrom(" ", "\t", "\n", "\r\n"),
    ),
    { minLength: 1, maxLength: 50 },
  )
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a person does not type
  .map((p) => p.join("").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd\ufeff]/g, ""))
  .filter((t) => t.trim() !== "");

describe("decodeText on any bytes", () => {
  it("gives text with \\n line ends, or a refusal with a stable code", () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 3_000 }), (input, max) => {
        const result = decodeText(input, max);
        if (!result.ok) {
          expect(result.issues.map((i) => i.code).every((c) => CODES.has(c))).toBe(true);
          return;
        }
        expect(input.byteLength).toBeLessThanOrEqual(max);
        expect(result.value).not.toContain("\r");
        expect(result.value.trim()).not.toBe("");
      }),
      { numRuns: 1000 },
    );
  });

  it("gives back what a person typed", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const result = decodeText(new TextEncoder().encode(text), 1_000_000);
        expect(result).toMatchObject({ ok: true, value: text.replace(/\r\n/g, "\n") });
      }),
      { numRuns: 500 },
    );
  });

  it("decodes 5 MB, the import limit, within 250 ms", () => {
    // Native decoding and one regex scan: about 30 ms for 5 MB here (50 ms per MB as the bound).
    const big = fc
      .constantFrom("a", "é", "\r\n", "\u0001", "食", "\ufffd")
      .map((p) => new TextEncoder().encode(p.repeat(Math.ceil(5_000_000 / 3 / p.length))));
    fc.assert(
      fc.property(big, (input) => {
        expect(fastestCpuMs(() => decodeText(input, 5 * 1024 * 1024))).toBeLessThan(250);
      }),
      { numRuns: 8 },
    );
  });
});
