import { describe, expect, it } from "vitest";
import { aisleOf } from "./aisles.js";
import { foodKeyOf } from "./food-key.js";
import {
  addShoppingLines,
  groupByAisle,
  lineOfText,
  type ShoppingEntry,
  type ShoppingLine,
} from "./shopping-entries.js";

/** [food as written, its key, its aisle]: which lines are one food, and where it is bought. */
const FOODS: ReadonlyArray<readonly [string, string, string]> = [
  // The founding post's ingredients.
  ["Ground Pork", "pork", "meat & fish"],
  ["Palm Sugar", "palm sugar", "pantry"],
  ["Fish Sauce", "fish sauce", "pantry"],
  ["Shallots", "shallot", "produce"],
  ["Garlic", "garlic", "produce"],
  ["Red Chilies", "red chili", "produce"],
  ["Scallions", "scallion", "produce"],
  // Synonyms, plurals and descriptors.
  ["pork mince", "pork", "meat & fish"],
  ["spring onions", "scallion", "produce"],
  ["2 large eggs", "2 egg", "dairy & eggs"],
  ["large eggs", "egg", "dairy & eggs"],
  ["garlic cloves, crushed", "garlic", "produce"],
  ["cloves", "clove", "spices"],
  ["fresh coriander (cilantro)", "coriander", "produce"],
  ["Crème fraîche", "creme fraiche", "dairy & eggs"],
  // The longest phrase decides the aisle.
  ["coconut milk", "coconut milk", "pantry"],
  ["chilli flakes", "chili flake", "spices"],
  ["frozen peas", "frozen pea", "frozen"],
  ["black pepper", "black pepper", "spices"],
  ["sourdough bread", "sourdough bread", "bakery"],
  ["dry white wine", "dri white wine", "drinks"],
  ["bread rolls", "bread roll", "bakery"],
  ["kitchen roll", "kitchen roll", "other"],
  ["washing-up liquid", "washing up liquid", "other"],
];

describe("food keys and aisles", () => {
  it.each(FOODS)("%s → %s, %s", (food, key, aisle) => {
    expect([foodKeyOf(food), aisleOf(food)]).toEqual([key, aisle]);
  });
});

const line = (food: string, value?: number, unit?: string, recipeId?: string): ShoppingLine => ({
  food,
  amount: {
    ...(value !== undefined && { quantity: { kind: "exact", value } }),
    ...(unit !== undefined && { unit }),
  },
  ...(recipeId !== undefined && { recipeId }),
});
const describeEntry = (e: ShoppingEntry) =>
  `${e.food}|${e.amounts.map((a) => JSON.stringify(a)).join(",")}|${e.aisle}|${e.checked}|${e.recipeIds}`;

describe("addShoppingLines", () => {
  it("merges the same food from two recipes and keeps both recipes as its sources", () => {
    const entries = addShoppingLines(
      [],
      [
        line("Ground Pork", undefined, undefined, "1"),
        line("Garlic", undefined, undefined, "1"),
        line("pork mince", 500, "g", "2"),
        line("garlic", 2, "clove", "2"),
        line("eggs", 2, undefined, "2"),
        line("egg", 1, undefined, "2"),
      ],
    );
    expect(entries.map(describeEntry)).toEqual([
      'Ground Pork|{},{"quantity":{"kind":"exact","value":500},"unit":"g"}|meat & fish|false|1,2',
      'Garlic|{},{"quantity":{"kind":"exact","value":2},"unit":"clove"}|produce|false|1,2',
      'eggs|{"quantity":{"kind":"exact","value":3}}|dairy & eggs|false|2',
    ]);
  });

  it("starts a new entry beside a checked one, and leaves other entries as they were", () => {
    const [pork, salt] = addShoppingLines([], [line("pork", 500, "g"), line("salt")]);
    const checked = { ...pork!, id: "7", checked: true };
    const next = addShoppingLines([checked, salt!], [line("ground pork", 250, "g", "3")]);
    expect(next[0]).toBe(checked);
    expect(next[1]).toBe(salt);
    expect(next.slice(2).map(describeEntry)).toEqual([
      'ground pork|{"quantity":{"kind":"exact","value":250},"unit":"g"}|meat & fish|false|3',
    ]);
  });

  it("skips lines that name no food", () => {
    expect(addShoppingLines([], [line("  ", 2)])).toEqual([]);
  });
});

describe("lineOfText", () => {
  it.each([
    ["2 lemons", line("lemons", 2)],
    ["500 g pork mince", line("pork mince", 500, "g")],
    ["kitchen roll", line("kitchen roll")],
    ["  salt ", line("salt")],
  ])("%s", (text, expected) => {
    expect(lineOfText(text)).toEqual(expected);
  });
});

describe("groupByAisle", () => {
  it("walks the shop in aisle order and keeps the list's order within an aisle", () => {
    const entries = addShoppingLines(
      [],
      ["fish sauce", "scallions", "pork", "shallots", "kitchen roll", "eggs"].map((f) => line(f)),
    );
    expect(groupByAisle(entries).map((g) => [g.aisle, g.entries.map((e) => e.food)])).toEqual([
      ["produce", ["scallions", "shallots"]],
      ["meat & fish", ["pork"]],
      ["dairy & eggs", ["eggs"]],
      ["pantry", ["fish sauce"]],
      ["other", ["kitchen roll"]],
    ]);
  });
});
