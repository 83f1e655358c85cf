import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectRecipeContract, fastestCpuMs } from "../../../test/support/importer-contract.js";
import { cooklangImporter } from "./import-cooklang.js";

/** Any text, and text built from Cooklang's own markers in random order (ingredients, cookware,
 *  timers, braces, notes, sections, comments, escapes, front matter of random YAML): the importer
 *  gives a recipe the model keeps or a coded failure, never throws, and reads in linear time. */

const MARKUP = [
  "@",
  "@?",
  "#",
  "~",
  "{",
  "}",
  "%",
  "=",
  "(",
  ")",
  "\\",
  "salt",
  "olive oil",
  "3",
  "1/2",
  "kg",
  " ",
  " ",
  "\n",
  "\n\n",
  "--",
  "[-",
  "-]",
  "> ",
  ">> servings: ",
  "== Sauce ==\n",
  "---\n",
  "9".repeat(40),
  "minutes",
  "日本",
];

const YAML = [
  "title: Soup",
  "title: [a, b]",
  "servings: 2|4",
  "servings: {a: 1}",
  "prep time: 90",
  "cook time: 999999999999999999",
  "time: -5",
  "tags: x, y",
  "tags: [1, true, null, {a: b}]",
  "source: {name: Site, url: 1, author: [x]}",
  "images: [http://x/a.jpg, 5]",
  "locale: en",
  "description: |\n  long\n  text",
  "? complex key\n: value",
  "&a [1]",
  "*a",
  "- list at top",
  "key: value: other",
  "'unterminated",
];

const frontMatter = fc
  .array(fc.constantFrom(...YAML), { maxLength: 8 })
  .map((lines) => `---\n${lines.join("\n")}\n---\n`);

const cooklang = fc
  .tuple(
    fc.option(frontMatter, { nil: "" }),
    fc.array(fc.constantFrom(...MARKUP), { maxLength: 300 }),
  )
  .map(([front, parts]) => front + parts.join(""));

const text = fc.oneof(
  fc.string({ maxLength: 1_000 }),
  fc.string({ unit: "grapheme", maxLength: 500 }),
  cooklang,
  cooklang,
);

/** About 100 KB of one piece of markup repeated: the shapes that make a parser rescan. */
const large = fc
  .constantFrom(
    "@",
    "@a",
    "@a{",
    "{",
    "@a b c ",
    "~{1%min} ",
    "#pan{} ",
    "[-",
    "-- x\n",
    "> note\n",
    "== s ==\n",
    "@salt{1%g} ",
    "a\n",
    "Bake 1 minute until golden, ",
    "@a{}(",
    "x\n\n",
    "@a b{",
  )
  .map((piece) => piece.repeat(Math.ceil(100_000 / piece.length)));

/** Lists an author writes may hold more than the model keeps: the recipe is then refused as too
 *  large, honestly. Any other way a draft falls short of the model is the importer's fault. */
const AUTHOR_LISTS = new Set([
  "ingredientGroups",
  "ingredients",
  "stepGroups",
  "steps",
  "authorNotes",
]);

/** An import's outcome as the contract says: a draft the model keeps, or stable codes. */
function expectContract(input: string) {
  expectRecipeContract(
    cooklangImporter.importRecipe({ text: input, name: "x.cook" }),
    AUTHOR_LISTS,
  );
}

describe("cooklangImporter on any input", () => {
  it("gives a recipe the model keeps, or a coded failure", () => {
    fc.assert(fc.property(text, expectContract), { numRuns: 400 });
  });

  it("reads 100 KB of markup within 600 ms, and keeps the contract", () => {
    // Linear imports of 100 KB take 30–200 ms here (the most for 33,000 one-word steps); the
    // quadratic ones fuzzing found took 0.7–1.2 s, and grow fourfold with each doubling.
    cooklangImporter.importRecipe({ text: "Cook @rice{1%cup} for ~{10%minutes}.\n".repeat(100) });
    fc.assert(
      fc.property(large, (input) => {
        expect(fastestCpuMs(() => cooklangImporter.importRecipe({ text: input }))).toBeLessThan(
          600,
        );
        expectContract(input);
      }),
      { numRuns: 20 },
    );
  });
});
