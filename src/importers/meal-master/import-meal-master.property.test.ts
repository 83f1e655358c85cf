import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectCollectionContract, fastestCpuMs } from "../../../test/support/importer-contract.js";
import { mealMasterImporter } from "./import-meal-master.js";

/** Any text, and Meal-Master files built from random headers, header fields, ingredient lines
 *  with random columns (quantities, unit codes, two-column lines, continuations), section lines
 *  and directions: every recipe read is one the model keeps or a coded failure, the importer
 *  never throws, and a file is read in time linear in its length. */

const START = ["MMMMM----- Recipe via Meal-Master (tm) v8.02", "---------- Recipe via Meal-Master"];
const END = ["MMMMM", "-----"];

const column = fc
  .tuple(
    fc.constantFrom("", "1", "1 1/2", "125", "1/0", "9".repeat(7), "2.5", "x"),
    fc.constantFrom("", "c", "ts", "tb", "lb", "g", "zz", "T"),
    fc.constantFrom(
      "",
      "flour",
      "butter; cold, cubed",
      "-and chilled",
      "mint -- chopped",
      "é".repeat(600),
    ),
  )
  .map(([q, u, n]) => `${q.padStart(7)} ${u.padEnd(2)} ${n}`);

const line = fc.oneof(
  column,
  fc.tuple(column, column).map(([a, b]) => a.padEnd(41) + b),
  fc
    .tuple(
      fc.constantFrom("Title", "Categories", "Yield", "Servings", "title"),
      fc.constantFrom(
        "",
        " Soup",
        " None, Pies,, x",
        ` ${"9".repeat(400)} loaves`,
        ` ${"w".repeat(600)}`,
      ),
    )
    .map(([k, v]) => `  ${k}:${v}`),
  fc.constantFrom("MMMMM-----SAUCE-----", "-----", "MMMMM--", "", "  :Bake it.", "  Stir well."),
  fc.constantFrom("\t1 c\tmilk", "\u0014junk", `  ${"Bake at 180 C for 1 minute. ".repeat(30)}`),
  fc.string({ maxLength: 80 }),
);

const file = fc
  .array(
    fc.tuple(
      fc.constantFrom(...START),
      fc.array(line, { maxLength: 40 }),
      fc.option(fc.constantFrom(...END), { nil: undefined }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((recipes) =>
    recipes
      .map(([start, lines, end]) => [start, ...lines, ...(end ? [end] : [])].join("\n"))
      .join("\n"),
  );

const text = fc.oneof(fc.string({ maxLength: 1_000 }), file, file);

/** About 100 KB: one recipe of many lines of one shape, or many small recipes. */
const large = fc
  .constantFrom(
    "      1 c  flour",
    "           -and more",
    "  Stir well.",
    "  :Bake.",
    "MMMMM-----S-----",
    "",
    `${"      1 c  a".padEnd(41)}      2 tb b`,
    "MMMMM----- Meal-Master\n  Title: x\n      1 c  y\n  Stir.\nMMMMM",
  )
  .map((l) => `${START[0]}\n${`${l}\n`.repeat(Math.ceil(100_000 / (l.length + 1)))}`);

/** Lists an author writes may hold more than the model keeps: the recipe is then refused as too
 *  large, honestly. Any other way a draft falls short of the model is the importer's fault. */
const AUTHOR_LISTS = new Set(["ingredientGroups", "ingredients", "stepGroups", "steps"]);

function expectContract(input: string) {
  expectCollectionContract(mealMasterImporter.importRecipes?.({ text: input }), AUTHOR_LISTS);
}

describe("mealMasterImporter on any input", () => {
  it("gives recipes the model keeps, or coded failures", () => {
    fc.assert(fc.property(text, expectContract), { numRuns: 300 });
  });

  it("reads 100 KB within 300 ms, and keeps the contract", () => {
    // A linear read of 100 KB takes 10–80 ms here; a quadratic one takes seconds.
    mealMasterImporter.importRecipes?.({ text: `${START[0]}\n  Title: x\n      1 c  y\n  Stir.` });
    fc.assert(
      fc.property(large, (input) => {
        expect(
          fastestCpuMs(() => mealMasterImporter.importRecipes?.({ text: input })),
        ).toBeLessThan(300);
        expectContract(input);
      }),
      { numRuns: 16 },
    );
  });
});
