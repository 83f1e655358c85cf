import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastestCpuMs } from "../../../test/support/importer-contract.js";
import { textImporter } from "./import-text.js";

/** Any text at all: the importer answers with a recipe or a coded failure, never throws, and
 *  takes at most 50 ms per 100 KB (50 ms under 100 KB). Inputs: random text, mixed scripts,
 *  huge lines, no newlines, only numbers, and recipe-like lines shuffled with page noise. */

const LINES = [
  "Ingredients",
  "Instructions",
  "Zutaten",
  "2 cups flour",
  "1 1/2 tbsp palm sugar, finely grated",
  "▢",
  "1x",
  "PREP TIME:",
  "15",
  "minutes",
  "Serves 4",
  "Did you make this recipe?",
  "Bake for 20-25 minutes until golden.",
  "For the sauce:",
  "Home",
  "Recipes",
  "¼",
  "食谱",
  "وصفة",
  "Рецепт",
];

const text = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc.string({ unit: "grapheme", maxLength: 2_000 }),
  fc.array(fc.constantFrom(...LINES), { maxLength: 400 }).map((l) => l.join("\n")),
  fc.integer({ min: 1, max: 200_000 }).map((n) => "a".repeat(n)),
  fc.integer({ min: 1, max: 40_000 }).map((n) => "word ".repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i).join("\n")),
  fc.integer({ min: 1, max: 30_000 }).map((n) => "1 cup flour\n".repeat(n)),
  // Words a unit switch repeats: a pattern with two ways to read each space backtracked 2^n.
  fc.integer({ min: 1, max: 60 }).map((n) => `${"metric ".repeat(n)}x`),
);

/** The budget: 50 ms per 100 KB, and 50 ms for anything smaller. */
const budgetMs = (input: string) => 50 * Math.max(1, Buffer.byteLength(input) / 100_000);

describe("textImporter on any input", () => {
  it("never throws, and fails only with a stable code", () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = textImporter.importRecipe({ text: input });
        if (!result.ok) expect(result.issues[0]?.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 150 },
    );
  });

  it("stays within 50 ms per 100 KB", () => {
    // Warm the code paths first, as a running server has.
    textImporter.importRecipe({ text: `${LINES.join("\n")}\n`.repeat(50) });
    fc.assert(
      fc.property(text, (input) => {
        expect(fastestCpuMs(() => textImporter.importRecipe({ text: input }))).toBeLessThanOrEqual(
          budgetMs(input),
        );
      }),
      { numRuns: 40 },
    );
  });
});
