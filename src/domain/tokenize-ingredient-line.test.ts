import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseLine, TokenKind, tokenizeIngredientLine } from "./tokenize-ingredient-line.js";
import { hashWord } from "./word-table.js";

const brief = (line: string) =>
  tokenizeIngredientLine(line).map((t) =>
    t.max !== undefined
      ? [t.lower, t.value, t.max]
      : t.value !== undefined
        ? [t.lower, t.value]
        : t.lower,
  );

describe("tokenizeIngredientLine", () => {
  // Lines written for this table (none from the evaluation corpus).
  it.each([
    [
      "2 1/2 tbsp palm sugar, finely grated",
      [["2 1/2", 2.5], "tbsp", "palm", "sugar", ",", "finely", "grated"],
    ],
    ["1 ½ cups milk", [["1 ½", 1.5], "cups", "milk"]],
    ["1½ cups", [["1½", 1.5], "cups"]],
    ["1⁄2 tsp salt", [["1/2", 0.5], "tsp", "salt"]],
    ["1 / 4 cup", [["1 / 4", 0.25], "cup"]],
    ["3/0 jars", [["3/0", 3], "jars"]],
    ["1,5 kg Mehl", [["1,5", 1.5], "kg", "mehl"]],
    ["1,000 g flour", [["1,000", 1000], "g", "flour"]],
    ["2.25 l", [["2.25", 2.25], "l"]],
    ["2-3 chillies", [["2-3", 2, 3], "chillies"]],
    ["2 – 3 chillies", [["2 - 3", 2, 3], "chillies"]],
    ["2 -3 chillies", [["2", 2], "-", ["3", 3], "chillies"]],
    ["2 to 3 Tbsp", [["2 to 3", 2, 3], "tbsp"]],
    ["3 or 2 eggs", [["3", 3], "or", ["2", 2], "eggs"]],
    ["150g/5¼oz butter", [["150", 150], "g", "/", ["5¼", 5.25], "oz", "butter"]],
    ["one Onion", [["one", 1], "onion"]],
    ["a couple of bird's-eye chillies", [["a", 1], ["couple", 2], "of", "bird's-eye", "chillies"]],
    ["Crème fraîche (full-fat)", ["crème", "fraîche", "(", "full-fat", ")"]],
    ["all–purpose flour", ["all-purpose", "flour"]],
    ["salt\u00a0&\u2003pepper", ["salt", "&", "pepper"]],
    ["ÉPICES 🌶 x", ["épices", "🌶", "x"]],
    ["end-", ["end", "-"]],
    ["", []],
  ])("%j", (line, expected) => {
    expect(brief(line)).toEqual(expected);
  });

  it("keeps offsets into the original text", () => {
    const line = "  1 ½ cups (250 ml) milk";
    for (const t of tokenizeIngredientLine(line)) {
      if (t.kind === TokenKind.Word) expect(line.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    }
    expect(tokenizeIngredientLine(line)[0]).toMatchObject({ start: 2, end: 5 });
  });

  it("hashes every word and mark as hashWord does, and no number", () => {
    for (const t of tokenizeIngredientLine("Two TBSP all-purpose Flour, sifted; 3 eggs"))
      expect(t.hash).toBe(t.kind === TokenKind.Number ? 0 : hashWord(t.lower));
  });

  // The grammar as one regex: every token of the scanner is one or more of these, in order.
  const GRAMMAR =
    /(\d+(?:[.,]\d+)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu;
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.stringMatching(/^[\d a-zA-Zéß½¼⁄/.,'’()\-–—−\u00a0\u2003]{0,50}$/),
  );

  it("splits any text as its grammar does", () => {
    fc.assert(
      fc.property(text, (line) => {
        const spans = [...normaliseLine(line).matchAll(GRAMMAR)].map((m) => [
          m.index,
          m.index + m[0].length,
        ]);
        let at = 0;
        for (const t of tokenizeIngredientLine(line)) {
          expect(spans[at]?.[0]).toBe(t.start);
          while (at < spans.length && spans[at]![1]! < t.end) at++;
          expect(spans[at]?.[1]).toBe(t.end);
          at++;
        }
        expect(at).toBe(spans.length);
      }),
      { numRuns: 2000 },
    );
  });
});
