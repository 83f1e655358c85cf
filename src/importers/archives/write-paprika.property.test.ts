import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import type { Recipe } from "../../domain/recipe.js";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { paprikaImporter } from "./import-paprika.js";
import { writePaprikaArchive } from "./write-paprika.js";

/** writePaprikaArchive → paprikaImporter keeps every recipe's title, ingredient lines and step
 *  texts, for any texts the model accepts: any script, leading numbers ("1.", "2)", "Step 3:"),
 *  line breaks inside one text (read back as a space; steps come back with their whitespace
 *  collapsed, as every importer gives them). Paprika marks a heading only by its words, so an
 *  ingredient line that reads as one ("For the sauce", "Garnish:") and a group title that does
 *  not ("2 cups:") cannot come back as they were: those are left out. The tame recipes of
 *  src/app/export-recipes.test.ts check the other fields. */

const WORDS = [
  "flour",
  "2 cups",
  "1.",
  "2)",
  "Step 3:",
  "For",
  "for the sauce",
  "Sauce:",
  ":",
  "\n",
  "\n\n",
  "\t",
  "  ",
  "½",
  "日本酒",
  "🍅",
  "-",
  "#",
];
const words = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "grapheme", maxLength: 8 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(" "));

const recipe = fc
  .record({
    title: words,
    ingredientGroups: fc.array(
      fc.record(
        {
          title: words,
          ingredients: fc.array(
            words.map((text) => ({ text, food: "x" })),
            { maxLength: 4 },
          ),
        },
        { requiredKeys: ["ingredients"] },
      ),
      { maxLength: 3 },
    ),
    stepGroups: fc.array(
      fc.record(
        {
          title: words,
          steps: fc.array(
            words.map((text) => ({ text })),
            { maxLength: 4 },
          ),
        },
        {
          requiredKeys: ["steps"],
        },
      ),
      { maxLength: 3 },
    ),
  })
  .map((r) => validateRecipe({ ...r, slug: "r" }))
  .filter((r) => r.ok)
  .map((r) => (r as { value: Recipe }).value)
  .filter((r) =>
    r.ingredientGroups.every(
      (g) =>
        (g.title === undefined || isHeading(`${oneLine(g.title)}:`)) &&
        g.ingredients.every((i) => !isHeading(oneLine(i.text))),
    ),
  );

/** What a line format can give back: a line break is a space; a step's whitespace collapsed. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");
const ingredientTexts = (r: Pick<Recipe, "ingredientGroups">) =>
  r.ingredientGroups.flatMap((g) => g.ingredients.map((i) => oneLine(i.text)));
const isHeading = (line: string) => parseIngredientLine(line).kind === "header";
const stepTexts = (r: Pick<Recipe, "stepGroups">) =>
  r.stepGroups.flatMap((g) => g.steps.map((s) => s.text.replace(/\s+/g, " ")));

describe("writePaprikaArchive, read back", () => {
  it("keeps titles, ingredient lines and step texts", () => {
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 3 }), (originals) => {
        const back = paprikaImporter.importArchive({
          bytes: writePaprikaArchive(originals),
          name: "x.paprikarecipes",
        });
        if (!back.ok) throw new Error(JSON.stringify(back.issues));
        const read = back.value.map((e) => (e.result.ok ? e.result.value : undefined));
        expect(read.map((r) => r?.title)).toEqual(originals.map((r) => r.title));
        expect(read.map((r) => r && ingredientTexts(validRecipe(r)))).toEqual(
          originals.map(ingredientTexts),
        );
        expect(read.map((r) => r && stepTexts(validRecipe(r)))).toEqual(originals.map(stepTexts));
      }),
      { numRuns: 200 },
    );
  });
});

function validRecipe(input: unknown): Recipe {
  const valid = validateRecipe(input);
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  return valid.value;
}
