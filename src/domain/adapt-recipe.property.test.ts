import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { adaptRecipe, listSwaps, SPICE_LEVELS } from "./adapt-recipe.js";
import type { Quantity } from "./quantity.js";
import type { Recipe } from "./recipe.js";
import { unitById } from "./units.js";
import { validateRecipe } from "./validate-recipe.js";

/** Any choices on any valid recipe give a valid recipe; scaling by k and back by 1/k gives the
 *  amounts back within what rounding to a cook's measures moves them. */

const FOODS = [
  "flour",
  "milk",
  "butter",
  "red chilies",
  "fish sauce",
  "eggs",
  "garlic",
  "palm sugar",
  "cayenne",
  "water",
];
const UNITS = [undefined, "tsp", "tbsp", "cup", "g", "ml", "kg", "oz", "clove", "pinch"] as const;
const number = fc.oneof(
  fc.integer({ min: 1, max: 500 }),
  fc.constantFrom(0.25, 0.5, 0.75, 1.5, 2.5),
);
const quantity: fc.Arbitrary<Quantity | undefined> = fc.oneof(
  number.map((value): Quantity => ({ kind: "exact", value })),
  fc
    .tuple(number, number)
    .map(([a, b]): Quantity => ({ kind: "range", min: Math.min(a, b), max: Math.max(a, b) })),
  fc.constant<Quantity>({ kind: "text", text: "to taste" }),
  fc.constant(undefined),
);
const ingredient = fc.record({
  quantity,
  unit: fc.constantFrom(...UNITS),
  food: fc.constantFrom(...FOODS),
});
const STEP_WORDS = [
  "Add",
  "2 tablespoons of",
  "a cup of",
  "3 eggs",
  "the flour",
  "butter",
  "at 180°C",
  "for 3-4 minutes",
  "in a 9-inch pan",
  "chilies",
  "step 2",
  "½ cup milk",
  ".",
];
const stepText = fc
  .array(fc.constantFrom(...STEP_WORDS), { minLength: 1, maxLength: 12 })
  .map((w) => w.join(" "));

const recipeArb: fc.Arbitrary<Recipe> = fc
  .record({
    ingredients: fc.array(ingredient, { minLength: 1, maxLength: 8 }),
    steps: fc.array(stepText, { minLength: 1, maxLength: 4 }),
    serves: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
  .map(({ ingredients, steps, serves }) =>
    makeRecipe({
      ...(serves !== undefined && {
        yields: {
          quantity: { kind: "exact", value: serves },
          unit: "servings",
          text: `Serves ${serves}`,
        },
      }),
      ingredientGroups: [
        {
          ingredients: ingredients.map((i) => ({
            text: i.food,
            food: i.food,
            ...(i.quantity && { quantity: i.quantity }),
            ...(i.unit !== undefined && i.quantity && { unit: i.unit }),
          })),
        },
      ],
      stepGroups: [{ steps: steps.map((text) => ({ text })) }],
    }),
  );

describe("adaptRecipe properties", () => {
  it("any choices on any valid recipe give a valid recipe", () => {
    fc.assert(
      fc.property(
        recipeArb,
        fc.record({
          servings: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
          units: fc.option(fc.constantFrom("metric" as const, "us" as const), { nil: undefined }),
          spice: fc.option(fc.constantFrom(...SPICE_LEVELS), { nil: undefined }),
          pick: fc.array(fc.nat(), { maxLength: 4 }),
        }),
        (recipe, { pick, ...rest }) => {
          const ids = listSwaps(recipe).map((s) => s.id);
          const swaps = ids.length === 0 ? [] : pick.map((n) => ids[n % ids.length]!);
          const choices = Object.fromEntries(
            Object.entries({ ...rest, swaps }).filter(([, v]) => v !== undefined),
          );
          const { recipe: out } = adaptRecipe(recipe, choices);
          const valid = validateRecipe(out);
          expect(valid.ok ? [] : valid.issues).toEqual([]);
        },
      ),
    );
  });

  it("scaling by k then 1/k gives back the amounts within rounding", () => {
    /** An amount's ends in millilitres or grams (or as a count), to compare across units. */
    const ends = (q: Quantity | undefined, unit: string | undefined) => {
      const base = (unit && unitById(unit)?.base) || 1;
      if (!q || q.kind === "text") return [];
      return q.kind === "exact" ? [q.value * base] : [q.min * base, q.max * base];
    };
    fc.assert(
      fc.property(recipeArb, fc.constantFrom(2, 3, 4, 10), (recipe, k) => {
        const base = recipe.yields?.quantity.kind === "exact" ? recipe.yields.quantity.value : 1;
        const up = adaptRecipe(recipe, { servings: base * k }).recipe;
        const back = adaptRecipe(up, { servings: base }).recipe;
        const before = recipe.ingredientGroups[0]!.ingredients;
        back.ingredientGroups[0]!.ingredients.forEach((ingredient, i) => {
          const was = ends(before[i]!.quantity, before[i]!.unit);
          const now = ends(ingredient.quantity, ingredient.unit);
          expect(now.length).toBe(was.length === 2 && was[0] === was[1] ? now.length : was.length);
          now.forEach((value, j) => {
            const original = was[j] ?? was[0]!;
            // A cook's measure: ⅛ of a spoon, half a gram, or a tenth of the amount.
            expect(Math.abs(value - original)).toBeLessThanOrEqual(0.1 * original + 1);
          });
        });
      }),
    );
  });
});
