import { formatNumber, type Quantity } from "./quantity.js";
import { NUMBER_SOURCE, RANGE_SEPARATOR_SOURCE } from "./read-amount.js";
import type { Ingredient, Recipe } from "./recipe.js";
import { roundToFraction, scaleAmount } from "./scale-amount.js";
import { scaleStepText } from "./scale-step-text.js";
import { writeIngredientLine } from "./write-ingredient-line.js";

type YieldsOf = NonNullable<Recipe["yields"]>;

/** What `servings` counts for this recipe: its stated yield ("4 servings"), or, when it states
 *  none as a number, whole batches of the recipe as written. */
export function baseServingsOf(recipe: Pick<Recipe, "yields">): { count: number; unit: string } {
  const q = recipe.yields?.quantity;
  const count = q?.kind === "exact" ? q.value : q?.kind === "range" ? q.min : undefined;
  if (count === undefined || !(count > 0)) return { count: 1, unit: "batch" };
  return { count, unit: recipe.yields?.unit ?? "servings" };
}

const YIELD_NUMBER = new RegExp(
  `(?<![\\w.])(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR_SOURCE}(${NUMBER_SOURCE}))?`,
  "i",
);

function scaleYields(yields: YieldsOf, factor: number): YieldsOf {
  const q = yields.quantity;
  if (q.kind === "text") return yields;
  const quantity: Quantity =
    q.kind === "exact"
      ? { kind: "exact", value: roundToFraction(q.value * factor) }
      : {
          kind: "range",
          min: roundToFraction(q.min * factor),
          max: roundToFraction(q.max * factor),
        };
  const written =
    quantity.kind === "exact"
      ? formatNumber(quantity.value)
      : quantity.kind === "range"
        ? `${formatNumber(quantity.min)}–${formatNumber(quantity.max)}`
        : "";
  const text = YIELD_NUMBER.test(yields.text)
    ? yields.text.replace(YIELD_NUMBER, written)
    : `${written} ${yields.unit ?? "servings"}`;
  return { ...yields, quantity, text };
}

function scaleIngredient(ingredient: Ingredient, factor: number): Ingredient {
  const { quantity } = ingredient;
  if (!quantity || quantity.kind === "text") return ingredient;
  const scaled = scaleAmount(
    { quantity, ...(ingredient.unit !== undefined && { unit: ingredient.unit }) },
    factor,
  );
  const { unit: _unit, ...rest } = ingredient;
  const next = {
    ...rest,
    quantity: scaled.quantity,
    ...(scaled.unit !== undefined && { unit: scaled.unit }),
  };
  return { ...next, text: writeIngredientLine(next) };
}

/** Every amount times `factor`: ingredients (words such as "to taste" stay), the amounts the
 *  steps state and the yield; never times, temperatures or step numbers. */
export function scaleRecipe(recipe: Recipe, factor: number): { recipe: Recipe; scaled: number } {
  if (factor === 1 || !(factor > 0) || !Number.isFinite(factor)) return { recipe, scaled: 0 };
  let scaled = 0;
  const ingredientGroups = recipe.ingredientGroups.map((group) => ({
    ...group,
    ingredients: group.ingredients.map((ingredient) => {
      const out = scaleIngredient(ingredient, factor);
      if (out !== ingredient) scaled++;
      return out;
    }),
  }));
  const foods = ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.food));
  const stepGroups = recipe.stepGroups.map((group) => ({
    ...group,
    steps: group.steps.map((step) => {
      const text = scaleStepText(step.text, factor, foods);
      if (text !== step.text) scaled++;
      return text === step.text ? step : { ...step, text };
    }),
  }));
  const yields: YieldsOf | undefined = recipe.yields && scaleYields(recipe.yields, factor);
  return {
    recipe: { ...recipe, ingredientGroups, stepGroups, ...(yields && { yields }) },
    scaled,
  };
}
