import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import type { Ingredient, Recipe, RecipeInput } from "../domain/recipe.js";
import { exportPaprikaArchive, exportRecipeJsonLd, exportRecipeText } from "./export-recipes.js";
import { importRecipes } from "./import-recipes.js";

/** Export → import through each format keeps what that format can carry. Recipes are generated:
 *  foods and words come from small lists so that step texts name their ingredients, as real
 *  recipes do (Cooklang marks an ingredient where its step names it). */

type StepInput = NonNullable<RecipeInput["stepGroups"]>[number]["steps"][number];

const FOODS = [
  "flour",
  "brown sugar",
  "eggs",
  "whole milk",
  "rice",
  "green beans",
  "tofu",
  "olive oil",
];
const UNITS = ["g", "cup", "tbsp", "ml"];
const WORDS = ["Stir", "Fold", "Whisk", "Toss", "Warm"];

const quantity = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((v) => ({ kind: "exact" as const, value: v })),
  fc.constantFrom(0.5, 1.5, 2.25).map((v) => ({ kind: "exact" as const, value: v })),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).map(([a, b]) => ({
    kind: "range" as const,
    min: a,
    max: a + b,
  })),
);

const ingredient = (food: string) =>
  fc
    .record({
      quantity: fc.option(quantity, { nil: undefined }),
      unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
      preparation: fc.option(fc.constantFrom("chopped", "sifted twice"), { nil: undefined }),
      optional: fc.boolean(),
    })
    .map(
      (r): Ingredient => ({
        text: [r.quantity?.kind === "exact" ? r.quantity.value : "", r.quantity ? r.unit : "", food]
          .filter((part) => part !== "" && part !== undefined)
          .join(" "),
        food,
        ...(r.quantity && { quantity: r.quantity }),
        ...(r.unit && r.quantity && { unit: r.unit }),
        ...(r.preparation && { preparation: r.preparation }),
        ...(r.optional && { optional: true }),
        substitutes: [],
      }),
    );

const recipe = fc
  .record({
    title: fc.constantFrom("Simple Supper", "Green Bowl", "Sunday Bake"),
    description: fc.option(fc.constantFrom("Quick and good.", "A family favourite."), {
      nil: undefined,
    }),
    foods: fc.shuffledSubarray(FOODS, { minLength: 1, maxLength: 5 }),
    verb: fc.constantFrom(...WORDS),
    minutes: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    servings: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    keywords: fc.subarray(["quick", "vegan", "baking"]),
    category: fc.subarray(["Dinner", "Dessert"]),
    note: fc.option(fc.constantFrom("Keeps for two days.", "Double it for a crowd."), {
      nil: undefined,
    }),
    url: fc.option(fc.constantFrom("https://example.org/a", "https://example.org/b"), {
      nil: undefined,
    }),
  })
  .chain((r) =>
    fc
      .tuple(fc.constant(r), fc.tuple(...r.foods.map((f) => ingredient(f))))
      .map(([r, ingredients]) => {
        const steps: StepInput[] = ingredients.map((i, index) => ({
          text: `${r.verb} in the ${i.food} gently.`,
          ingredientRefs: [{ group: 0, index }],
        }));
        if (r.minutes) {
          steps.push({
            text: `Bake for ${r.minutes} minutes.`,
            timers: [{ text: `${r.minutes} minutes`, duration: { min: r.minutes * 60 } }],
          });
        }
        return makeRecipe({
          title: r.title,
          slug: "generated",
          ...(r.description && { description: r.description }),
          ingredientGroups: [{ ingredients }],
          stepGroups: [{ steps }],
          ...(r.servings && {
            yields: {
              quantity: { kind: "exact", value: r.servings },
              unit: "servings",
              text: `${r.servings} servings`,
            },
          }),
          ...(r.minutes && { times: { cook: { min: r.minutes * 60 } } }),
          keywords: r.keywords,
          category: r.category,
          authorNotes: r.note ? [r.note] : [],
          source: r.url ? { url: r.url } : {},
        });
      }),
  );

function reimport(bytes: Uint8Array, name: string): Recipe {
  const all = importRecipes({ bytes, format: "auto", name });
  if (!all.ok) throw new Error(JSON.stringify(all.issues));
  const first = all.value[0]?.result;
  if (!first?.ok) throw new Error(JSON.stringify(first?.issues));
  return first.value;
}

const ingredientFacts = (r: Recipe) =>
  r.ingredientGroups.flatMap((g) =>
    g.ingredients.map((i) => ({
      food: i.food,
      quantity: i.quantity,
      unit: i.unit,
      preparation: i.preparation,
      optional: i.optional ?? false,
    })),
  );
const stepTexts = (r: Recipe) => r.stepGroups.flatMap((g) => g.steps.map((s) => s.text));
const encode = (text: string) => new TextEncoder().encode(text);

describe("round trips", () => {
  it("Cooklang keeps ingredients, steps, timers and the front matter's fields", () => {
    fc.assert(
      fc.property(recipe, (original) => {
        const back = reimport(encode(exportRecipeText(original, "cooklang").text), "x.cook");
        expect(back.title).toBe(original.title);
        expect(back.description).toBe(original.description);
        expect(ingredientFacts(back)).toEqual(ingredientFacts(original));
        expect(stepTexts(back)).toEqual(stepTexts(original));
        expect(back.stepGroups.flatMap((g) => g.steps.map((s) => s.ingredientRefs))).toEqual(
          original.stepGroups.flatMap((g) => g.steps.map((s) => s.ingredientRefs)),
        );
        expect(back.stepGroups.flatMap((g) => g.steps.map((s) => s.timers))).toEqual(
          original.stepGroups.flatMap((g) => g.steps.map((s) => s.timers)),
        );
        expect(back.yields).toEqual(original.yields);
        expect(back.times).toEqual(original.times);
        expect(back.keywords).toEqual(original.keywords);
        expect(back.category).toEqual(original.category);
        expect(back.authorNotes).toEqual(original.authorNotes);
        expect(back.source).toEqual(original.source);
      }),
      { numRuns: 60 },
    );
  });

  it("Paprika keeps ingredient lines, steps, yields, times, categories, notes and source", () => {
    fc.assert(
      fc.property(recipe, (original) => {
        const back = reimport(exportPaprikaArchive([original]), "all.paprikarecipes");
        expect(back.title).toBe(original.title);
        expect(back.description).toBe(original.description);
        expect(back.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual(
          original.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text)),
        );
        expect(stepTexts(back)).toEqual(stepTexts(original));
        expect(back.yields).toEqual(original.yields);
        expect(back.times).toEqual(original.times);
        expect(back.category).toEqual(original.category);
        expect(back.authorNotes).toEqual(original.authorNotes);
        expect(back.source).toEqual(original.source);
      }),
      { numRuns: 40 },
    );
  });

  it("JSON-LD keeps ingredient lines, steps, yields, times, keywords and categories", () => {
    fc.assert(
      fc.property(recipe, (original) => {
        const doc = exportRecipeJsonLd(original, "https://claypot.example");
        const back = reimport(encode(JSON.stringify(doc)), "x.jsonld");
        expect(back.title).toBe(original.title);
        expect(back.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual(
          original.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text)),
        );
        expect(stepTexts(back)).toEqual(stepTexts(original));
        expect(back.yields?.quantity).toEqual(original.yields?.quantity);
        expect(back.times).toEqual(original.times);
        expect(back.keywords).toEqual(original.keywords);
        expect(back.category).toEqual(original.category);
      }),
      { numRuns: 40 },
    );
  });

  it("one Paprika archive carries a whole collection", () => {
    const a = makeRecipe({ title: "A", slug: "a" });
    const b = makeRecipe({ title: "B", slug: "b" });
    const all = importRecipes({
      bytes: exportPaprikaArchive([a, b]),
      format: "paprika",
      name: "x",
    });
    expect(all.ok && all.value.map((e) => e.result.ok && e.result.value.title)).toEqual(["A", "B"]);
  });
});
