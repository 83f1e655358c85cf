import { readAmount } from "../../domain/read-amount.js";
import { readStepText } from "../../domain/read-step-text.js";
import type { Ingredient, IngredientGroup, RecipeInput, StepGroup } from "../../domain/recipe.js";
import { findUnit } from "../../domain/units.js";
import { fail, issue, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import {
  type CollectionEntry,
  type Importer,
  ImportIssueCode,
  type ImportSource,
} from "../importer.js";
import {
  type MealMasterIngredient,
  type MealMasterRecipe,
  parseMealMaster,
} from "./parse-meal-master.js";
import { UNIT_CODES } from "./read-ingredient-columns.js";

/** Meal-Master recipes → the model: header fields, one ingredient group and one step group per
 *  section, each ingredient's "; " or "--" part as its preparation. */

function toIngredient(line: MealMasterIngredient): Ingredient {
  const word = UNIT_CODES[line.unit];
  const unit = word === undefined ? undefined : (findUnit(word)?.id ?? word);
  const [food = "", ...rest] = line.name.split(/\s*(?:;|--)\s*/);
  const preparation = rest.join("; ").trim();
  const amount = line.quantity === "" ? undefined : readAmount(line.quantity);
  const text = [line.quantity, word, line.name].filter(Boolean).join(" ");
  return {
    text: (text || "ingredient").slice(0, 2_000),
    ...(amount && { quantity: amount.quantity }),
    ...(unit && { unit }),
    food: (food.trim() || text || "ingredient").slice(0, 500),
    ...(preparation && { preparation: preparation.slice(0, 1_000) }),
    substitutes: [],
  };
}

function toYields(text: string | undefined): RecipeInput["yields"] {
  if (text === undefined) return undefined;
  const amount = readAmount(text);
  if (!amount || amount.article) return undefined;
  const unit = amount.rest.trim();
  return {
    quantity: amount.quantity,
    ...(unit && { unit: unit.slice(0, 500) }),
    text: text.slice(0, 500),
  };
}

export function mealMasterToRecipe(mm: MealMasterRecipe): RecipeInput {
  const ingredientGroups: IngredientGroup[] = [];
  const stepGroups: StepGroup[] = [];
  for (const part of mm.parts) {
    const title = part.title === undefined ? {} : { title: part.title.slice(0, 500) };
    if (part.ingredients.length > 0) {
      ingredientGroups.push({ ...title, ingredients: part.ingredients.map(toIngredient) });
    }
    if (part.directions.length > 0) {
      // Directions under a section header that named no ingredients keep the header as title.
      const stepTitle = part.ingredients.length === 0 ? title : {};
      const steps = part.directions.map((paragraph) => {
        const text = paragraph.slice(0, 20_000).trim();
        return { text, ...readStepText(text), ingredientRefs: [] };
      });
      stepGroups.push({ ...stepTitle, steps });
    }
  }
  const title = mm.title.trim() || "Untitled recipe";
  const yields = toYields(mm.yield);
  return {
    title: title.slice(0, 300),
    slug: slugify(title) || "recipe",
    category: mm.categories.slice(0, 20).map((c) => c.slice(0, 500)),
    ingredientGroups,
    stepGroups,
    ...(yields && { yields }),
  };
}

function importAll(source: ImportSource): Result<CollectionEntry[]> {
  const recipes = parseMealMaster(source.text);
  if (recipes.length === 0) {
    return fail(ImportIssueCode.NoRecipe, "no Meal-Master recipe header in the text");
  }
  return ok(
    recipes.map((mm, i) => {
      const recipe = mealMasterToRecipe(mm);
      const issues = mm.title.trim()
        ? []
        : [issue(ImportIssueCode.TitleGuessed, "the recipe has no Title: line")];
      return { label: String(i + 1), result: ok(recipe, issues) };
    }),
  );
}

function importFirst(source: ImportSource): Result<RecipeInput> {
  const all = importAll(source);
  if (!all.ok) return all;
  const first = all.value[0];
  if (!first) return fail(ImportIssueCode.NoRecipe, "no Meal-Master recipe in the text");
  return first.result;
}

function sniffMealMaster(source: ImportSource): number {
  const head = source.text.slice(0, 50_000);
  if (/^(?:MMMMM|-----).*meal-?master/im.test(head)) return 1;
  return source.name && /\.mmf?$/i.test(source.name) ? 0.9 : 0;
}

export const mealMasterImporter: Importer = {
  id: "meal-master",
  sniff: sniffMealMaster,
  importRecipe: importFirst,
  importRecipes: importAll,
};
