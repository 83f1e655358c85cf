import { describe, expect, it } from "vitest";
import { parseMealMaster } from "./parse-meal-master.js";
import { readIngredientColumns } from "./read-ingredient-columns.js";

const pad = (left: string, right: string) => left.padEnd(41, " ") + right;

const FILE = [
  "Some mail header that is not a recipe",
  "MMMMM----- Recipe via Meal-Master (tm) v8.02",
  "",
  "      Title: Lemon Tart",
  " Categories: Desserts, Pies, None",
  "      Yield: 8 servings",
  "",
  pad("  1 1/2 c  flour", "      2 tb sugar"),
  pad("    125 g  butter; cold, cubed", "           -and chilled"),
  "MMMMM-----------------------FILLING----------------------------",
  "      3 lg eggs",
  "           lemon zest",
  "",
  "  Rub the butter into the flour until it looks",
  "  like breadcrumbs.",
  "",
  "  :Bake blind for 15 minutes at 180 C.",
  "  Whisk the filling and pour it in.",
  "MMMMM",
  "",
  "---------- Recipe via Meal-Master (tm) v8.01",
  "      Title: Toast",
  "   Servings: 2 slices",
  "      2 sl bread",
  "  Toast it.",
  "-----",
].join("\n");

describe("readIngredientColumns", () => {
  it("reads quantity, unit code and name by column", () => {
    expect(readIngredientColumns("  1 1/2 c  flour")).toEqual([
      { kind: "ingredient", quantity: "1 1/2", unit: "c", name: "flour" },
    ]);
  });

  it("reads a second column from offset 41 and continuation cells", () => {
    expect(readIngredientColumns(pad("      1 c  milk", "           -warmed"))).toEqual([
      { kind: "ingredient", quantity: "1", unit: "c", name: "milk" },
      { kind: "continuation", text: "warmed" },
    ]);
  });

  it("refuses prose that starts with a number", () => {
    expect(readIngredientColumns("2 apples are used.")).toBeUndefined();
    expect(readIngredientColumns("  Bake it.")).toBeUndefined();
    expect(readIngredientColumns("      1 zz unknown unit")).toBeUndefined();
  });
});

describe("parseMealMaster", () => {
  const [tart, toast, ...rest] = parseMealMaster(FILE);

  it("finds every recipe in the file and nothing outside them", () => {
    expect(rest).toEqual([]);
    expect(tart?.title).toBe("Lemon Tart");
    expect(toast?.title).toBe("Toast");
  });

  it("reads the header lines", () => {
    expect(tart?.categories).toEqual(["Desserts", "Pies"]);
    expect(tart?.yield).toBe("8 servings");
    expect(toast?.yield).toBe("2 slices");
  });

  it("reads two columns left first, joins continuations, and groups by section", () => {
    expect(tart?.parts.map((p) => p.title)).toEqual([undefined, "FILLING"]);
    expect(tart?.parts[0]?.ingredients).toEqual([
      { quantity: "1 1/2", unit: "c", name: "flour" },
      { quantity: "125", unit: "g", name: "butter; cold, cubed" },
      { quantity: "2", unit: "tb", name: "sugar and chilled" },
    ]);
    expect(tart?.parts[1]?.ingredients).toEqual([
      { quantity: "3", unit: "lg", name: "eggs" },
      { quantity: "", unit: "", name: "lemon zest" },
    ]);
  });

  it("splits directions at blank lines and at a leading colon", () => {
    expect(tart?.parts[1]?.directions).toEqual([
      "Rub the butter into the flour until it looks like breadcrumbs.",
      "Bake blind for 15 minutes at 180 C. Whisk the filling and pour it in.",
    ]);
  });

  it("reads a recipe with no blank line between header and ingredients", () => {
    expect(toast?.parts[0]).toEqual({
      title: undefined,
      ingredients: [{ quantity: "2", unit: "sl", name: "bread" }],
      directions: ["Toast it."],
    });
  });
});
