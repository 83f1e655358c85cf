import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ingredient, Recipe } from "../../domain/recipe.js";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { importCooklang } from "./import-cooklang.js";
import { writeCooklang } from "./write-cooklang.js";

/** writeCooklang → importCooklang keeps what Cooklang carries: title, description, every
 *  ingredient (food, amount, unit, preparation, optional), step texts and section titles,
 *  timers, notes, tags, times and source, for recipes whose texts hold Cooklang's own markers,
 *  YAML's special characters and any script. Cooklang has no ingredient text apart from its
 *  parts, no step titles and no substitutes: those are not compared. */

/** Words of any script and the characters markup and YAML give meaning to. */
const WORDS = [
  "salt",
  "olive oil",
  "crème fraîche",
  "日本酒",
  "@",
  "#",
  "~",
  "{",
  "}",
  "%",
  "-",
  "--",
  "[-",
  "-]",
  ">",
  "=",
  "\\",
  ":",
  "'",
  '"',
  "&",
  "*",
  "|",
  "?",
  "!",
  ",",
  ".",
  "1",
  "2/3",
  "yes",
  "null",
];

const phrase = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max })
    .map((w) => w.join(" "))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));

/** Foods as a writer can mark them: no markup characters, which Cooklang names cannot hold. */
const FOODS = ["salt", "olive oil", "crème fraîche", "日本酒", "eggs", "brown sugar", "chili"];

const quantity = fc.oneof(
  fc.integer({ min: 1, max: 1_000 }).map((value) => ({ kind: "exact" as const, value })),
  fc.constantFrom(0.5, 0.25, 1.5, 0.125).map((value) => ({ kind: "exact" as const, value })),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
    .map(([a, b]) => ({ kind: "range" as const, min: a, max: a + b })),
  fc.constantFrom("a handful", "to taste").map((text) => ({ kind: "text" as const, text })),
);

const ingredient = (food: string) =>
  fc
    .record({
      quantity: fc.option(quantity, { nil: undefined }),
      unit: fc.option(fc.constantFrom("g", "cup", "tbsp", "fl oz"), { nil: undefined }),
      preparation: fc.option(phrase(1, 3), { nil: undefined }),
      optional: fc.boolean(),
    })
    .map(
      (r): Ingredient => ({
        text: food,
        food,
        ...(r.quantity && { quantity: r.quantity }),
        ...(r.quantity && r.unit && { unit: r.unit }),
        ...(r.preparation && { preparation: r.preparation.replace(/[()]/g, "").trim() || "x" }),
        ...(r.optional && { optional: true }),
        substitutes: [],
      }),
    );

const recipe = fc
  .record({
    title: phrase(1, 6),
    description: fc.option(phrase(1, 12), { nil: undefined }),
    foods: fc.shuffledSubarray(FOODS, { minLength: 1, maxLength: 5 }),
    // At least a step per food: an ingredient no step names becomes a step of its own.
    steps: fc.array(phrase(1, 12), { minLength: 5, maxLength: 7 }),
    sectionTitle: fc.option(phrase(1, 3), { nil: undefined }),
    notes: fc.array(phrase(1, 8), { maxLength: 2 }),
    keywords: fc.uniqueArray(fc.constantFrom("quick", "vegan", "日本"), { maxLength: 3 }),
    minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
    url: fc.option(fc.constantFrom("https://example.org/a?b=1#c"), { nil: undefined }),
  })
  .chain((r) =>
    fc.tuple(...r.foods.map(ingredient)).map((ingredients) => {
      const steps = r.steps.map((text, i) => ({
        // A step names its ingredient, as real steps do, so it is marked where it stands.
        text: i < ingredients.length ? `${text} ${ingredients[i]?.food}` : text,
        ...(i < ingredients.length && { ingredientRefs: [{ group: 0, index: i }] }),
      }));
      const valid = validateRecipe({
        title: r.title,
        slug: "generated",
        ...(r.description && { description: r.description }),
        ingredientGroups: [{ ingredients }],
        stepGroups: [{ ...(r.sectionTitle && { title: r.sectionTitle }), steps }],
        authorNotes: r.notes,
        keywords: r.keywords,
        ...(r.minutes && { times: { cook: { min: r.minutes * 60 } } }),
        ...(r.url && { source: { url: r.url } }),
      });
      if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
      return valid.value;
    }),
  );

const ingredientFacts = (r: Pick<Recipe, "ingredientGroups">) =>
  r.ingredientGroups
    .flatMap((g) => g.ingredients)
    .map((i) => JSON.stringify([i.food, i.quantity, i.unit, i.preparation, i.optional ?? false]))
    .sort();

describe("writeCooklang then importCooklang", () => {
  it("gives back what Cooklang carries", () => {
    fc.assert(
      fc.property(recipe, (original) => {
        const text = writeCooklang(original);
        const back = importCooklang({ text, name: "x.cook" });
        if (!back.ok) throw new Error(JSON.stringify(back.issues));
        const valid = validateRecipe(back.value);
        if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
        const r = valid.value;
        expect(r.title).toBe(original.title);
        expect(r.description).toBe(original.description);
        expect(ingredientFacts(r)).toEqual(ingredientFacts(original));
        expect(r.stepGroups.flatMap((g) => g.steps.map((s) => s.text))).toEqual(
          original.stepGroups.flatMap((g) => g.steps.map((s) => s.text)),
        );
        expect(r.stepGroups.map((g) => g.title)).toEqual(original.stepGroups.map((g) => g.title));
        expect(r.authorNotes).toEqual(original.authorNotes);
        expect(r.keywords).toEqual(original.keywords);
        expect(r.times).toEqual(original.times);
        expect(r.source).toEqual(original.source);
      }),
      { numRuns: 200 },
    );
  });
});
