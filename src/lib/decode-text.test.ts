import { describe, expect, it } from "vitest";
import { DecodeIssueCode, decodeText } from "./decode-text.js";

const bytes = (s: string) => new TextEncoder().encode(s);
const codeOf = (input: Uint8Array, max = 1000) => {
  const result = decodeText(input, max);
  return result.ok ? "ok" : result.issues[0]?.code;
};

describe("decodeText", () => {
  it("decodes UTF-8, drops the BOM and unifies line ends", () => {
    const result = decodeText(bytes("\uFEFFPho\r\nBánh mì\rend"), 1000);
    expect(result.ok && result.value).toBe("Pho\nBánh mì\nend");
  });

  it.each([
    ["empty input", bytes(""), DecodeIssueCode.Empty],
    ["only white space", bytes(" \n\t \n"), DecodeIssueCode.Empty],
    ["a NUL byte", new Uint8Array([72, 105, 0, 33]), DecodeIssueCode.Binary],
    [
      "random bytes",
      Uint8Array.from({ length: 400 }, (_, i) => (i * 97 + 13) % 256),
      DecodeIssueCode.Binary,
    ],
  ])("refuses %s", (_, input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it("refuses input over the limit without decoding it", () => {
    expect(codeOf(new Uint8Array(1001).fill(65), 1000)).toBe(DecodeIssueCode.TooLarge);
    expect(codeOf(new Uint8Array(1000).fill(65), 1000)).toBe("ok");
  });

  it("accepts text with the odd control character", () => {
    expect(codeOf(bytes(`${"a line of a recipe\n".repeat(10)}\u0007`))).toBe("ok");
  });

  it("draws the line at one odd character in 20", () => {
    // 19 plain characters and one replacement character: kept; one more odd one: refused.
    expect(codeOf(bytes(`${"x".repeat(19)}\ufffd`.repeat(50)), 10_000)).toBe("ok");
    expect(codeOf(bytes(`${"x".repeat(18)}\ufffd\u0001`.repeat(50)), 10_000)).toBe(
      DecodeIssueCode.Binary,
    );
  });
});
