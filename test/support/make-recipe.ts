import type { Recipe, RecipeInput } from "../../src/domain/recipe.js";
import { validateRecipe } from "../../src/domain/validate-recipe.js";

/** A valid recipe for tests: a title, a slug, one step, and whatever the test overrides. */
export function makeRecipe(overrides: Partial<RecipeInput> = {}): Recipe {
  const result = validateRecipe({
    title: "Soup",
    slug: "soup",
    stepGroups: [{ steps: [{ text: "Boil." }] }],
    ...overrides,
  });
  if (!result.ok) throw new Error(`bad test recipe: ${JSON.stringify(result.issues)}`);
  return result.value;
}
