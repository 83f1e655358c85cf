import { longest } from "../domain/duration.js";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";
import { listIngredients, listSteps, type Recipe } from "../domain/recipe.js";
import type { RecipeTermsTable } from "./database.js";

/** What the search index holds of a recipe, in the fields search weighs differently. */
export interface SearchDocument {
  readonly title: string;
  readonly ingredients: string;
  readonly description: string;
  readonly steps: string;
  readonly tags: string;
  readonly terms: ReadonlyArray<Pick<RecipeTermsTable, "kind" | "value">>;
  readonly foodWords: ReadonlyArray<{ ingredient: number; word: string }>;
  readonly ingredientCount: number;
  readonly totalSeconds: number | null;
}

const MAX_FIELD = 20_000;
const clip = (text: string) => text.slice(0, MAX_FIELD);

function totalSecondsOf(recipe: Recipe): number | null {
  const { total, prep, cook } = recipe.times;
  if (total) return longest(total);
  if (prep || cook) return (prep ? longest(prep) : 0) + (cook ? longest(cook) : 0);
  return null;
}

export function toSearchDocument(recipe: Recipe): SearchDocument {
  const ingredients = listIngredients(recipe);
  const terms = [
    ...recipe.cuisine.map((value) => ({ kind: "cuisine" as const, value })),
    ...recipe.category.map((value) => ({ kind: "category" as const, value })),
    ...recipe.diets.map((value) => ({ kind: "diet" as const, value })),
    ...recipe.keywords.map((value) => ({ kind: "tag" as const, value })),
    ...(recipe.source.author ? [{ kind: "author" as const, value: recipe.source.author }] : []),
  ].map((t) => ({ kind: t.kind, value: foldText(t.value) }));
  const uniqueTerms = [...new Map(terms.map((t) => [`${t.kind}:${t.value}`, t])).values()];
  const foodWords = ingredients.flatMap(({ ingredient }, i) =>
    [...new Set(stemWords(foldText(ingredient.food)))].map((word) => ({ ingredient: i, word })),
  );
  return {
    title: recipe.title,
    ingredients: clip(ingredients.map(({ ingredient }) => ingredient.text).join("\n")),
    description: clip([recipe.description, ...recipe.story.slice(0, 1)].filter(Boolean).join("\n")),
    steps: clip(
      listSteps(recipe)
        .map((s) => [s.title, s.text].filter(Boolean).join(". "))
        .join("\n"),
    ),
    tags: [...recipe.cuisine, ...recipe.category, ...recipe.diets, ...recipe.keywords].join(", "),
    terms: uniqueTerms,
    foodWords,
    ingredientCount: ingredients.length,
    totalSeconds: totalSecondsOf(recipe),
  };
}
