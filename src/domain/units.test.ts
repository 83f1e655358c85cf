import { describe, expect, it } from "vitest";
import { findUnitWord, UNIT_BITS_MASK, UNIT_WORD_BITS, UNITS } from "./units.js";
import { hashWord } from "./word-table.js";

describe("UNIT_WORD_BITS", () => {
  it("has the bit of every word findUnitWord knows, so that no unit is skipped by it", () => {
    const words = UNITS.flatMap((u) => [...u.words, ...(u.exactWords ?? [])]).map((w) =>
      w.toLowerCase(),
    );
    expect(words.length).toBeGreaterThan(200);
    for (const word of words) {
      const hash = hashWord(word);
      const bit = UNIT_WORD_BITS[(hash >>> 5) & UNIT_BITS_MASK]! & (1 << (hash & 31));
      expect(bit, word).not.toBe(0);
    }
  });

  it("clears the bit of most words that name no unit", () => {
    const foods = ["flour", "sugar", "butter", "onion", "garlic", "chopped", "fresh", "salt"];
    const set = foods.filter((word) => {
      const hash = hashWord(word);
      return (UNIT_WORD_BITS[(hash >>> 5) & UNIT_BITS_MASK]! & (1 << (hash & 31))) !== 0;
    });
    expect(set.length).toBeLessThanOrEqual(1);
    for (const word of foods)
      expect(findUnitWord(word, hashWord(word), word, 0, word.length)).toBe(undefined);
  });
});
