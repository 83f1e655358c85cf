import { describe, expect, it } from "vitest";
import { formatAmounts, mergeAmounts, type ShoppingAmount } from "./merge-amounts.js";

const q = (value: number, unit?: string): ShoppingAmount => ({
  quantity: { kind: "exact", value },
  ...(unit !== undefined && { unit }),
});
const between = (min: number, max: number, unit?: string): ShoppingAmount => ({
  quantity: { kind: "range", min, max },
  ...(unit !== undefined && { unit }),
});
const words = (text: string): ShoppingAmount => ({ quantity: { kind: "text", text } });

/** [food, amounts added, the list's text]: the merge rules as a table. */
const CASES: ReadonlyArray<readonly [string, readonly ShoppingAmount[], string]> = [
  // Volume and mass of a food whose density is known meet in grams (2 cups flour = 240 g).
  ["flour", [q(2, "cup"), q(100, "g")], "340 g"],
  ["sugar", [q(100, "g"), q(1, "cup")], "300 g"],
  // No density: side by side.
  ["basil", [q(2, "cup"), q(100, "g")], "2 cups + 100 g"],
  ["fish sauce", [q(2, "tbsp"), q(50, "g")], "2 tbsp + 50 g"],
  // Counts add up.
  ["eggs", [q(2), q(1)], "3"],
  ["garlic", [q(2, "clove"), q(1, "clove")], "3 cloves"],
  ["tomatoes", [q(1, "tin"), q(2, "tin")], "3 tins"],
  // Same kind, different units: converted, then written in the unit that reads best.
  ["soy sauce", [q(2, "tsp"), q(1, "tsp")], "1 tbsp"],
  ["soy sauce", [q(1, "tbsp"), q(1, "tbsp"), q(1, "tbsp")], "3 tbsp"],
  ["pork", [q(500, "g"), q(1, "kg")], "1.5 kg"],
  ["pork", [q(1, "lb"), q(8, "oz")], "1½ lb"],
  ["stock", [q(250, "ml"), q(1, "l")], "1.25 l"],
  // Ranges stay ranges.
  ["chilies", [between(2, 3), q(1)], "3–4"],
  ["chilies", [between(2, 3), between(1, 2)], "3–5"],
  // Words and amounts not stated stay beside the numbers.
  ["oil", [words("a splash"), q(1, "tbsp")], "a splash + 1 tbsp"],
  ["salt", [words("to taste"), words("To taste")], "to taste"],
  ["garlic", [q(2, "clove"), {}], "2 cloves + some"],
  ["garlic", [{}, {}], ""],
  ["garlic", [], ""],
];

describe("mergeAmounts", () => {
  it.each(CASES)("%s: %j → %s", (food, amounts, text) => {
    expect(formatAmounts(mergeAmounts(amounts, food))).toBe(text);
  });

  it("keeps what it merged as quantities and units, not only as text", () => {
    expect(mergeAmounts([q(2, "cup"), q(100, "g")], "flour")).toEqual([q(340, "g")]);
    expect(mergeAmounts([q(2, "cup"), q(100, "g"), {}], "basil")).toEqual([
      q(2, "cup"),
      q(100, "g"),
      {},
    ]);
  });
});
