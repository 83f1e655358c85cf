import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnit, findUnitWord, UNITS } from "./units.js";
import { createWordTable, hashWord } from "./word-table.js";

describe("hashWord", () => {
  it("is 32-bit FNV-1a", () => {
    // The published FNV-1a test vectors.
    expect(hashWord("") >>> 0).toBe(0x811c9dc5);
    expect(hashWord("a") >>> 0).toBe(0xe40c292c);
    expect(hashWord("foobar") >>> 0).toBe(0xbf9cf968);
    expect(hashWord("xfoobar", 1)).toBe(hashWord("foobar"));
  });
});

describe("createWordTable", () => {
  it("finds every word it holds and nothing else", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }),
        fc.string({ maxLength: 6 }),
        (words, other) => {
          const table = createWordTable(words.map((w, i) => [w, i] as const));
          for (const [i, w] of words.entries()) expect(table.get(w, hashWord(w))).toBe(i);
          if (!words.includes(other)) expect(table.get(other, hashWord(other))).toBeUndefined();
        },
      ),
    );
  });
});

describe("findUnitWord", () => {
  const unitOf = (word: string) => {
    const lower = word.toLowerCase();
    return findUnitWord(lower, hashWord(lower), word, 0, word.length);
  };

  it("agrees with findUnit on every unit word, in every case", () => {
    for (const unit of UNITS) {
      for (const word of [...unit.words, ...(unit.exactWords ?? [])]) {
        for (const written of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)])
          expect(unitOf(written)?.id).toBe(findUnit(written)?.id);
      }
    }
  });

  it("tells a T from a t and finds no unit in other words", () => {
    expect(unitOf("T")?.id).toBe("tbsp");
    expect(unitOf("t")?.id).toBe("tsp");
    expect(unitOf("Tb")?.id).toBe("tbsp");
    expect(unitOf("tomato")).toBeUndefined();
  });
});
