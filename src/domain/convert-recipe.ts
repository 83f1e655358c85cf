import { convertStepText, convertTemperature, type UnitSystemChoice } from "./convert-step-text.js";
import { densityOf } from "./densities.js";
import type { Quantity } from "./quantity.js";
import type { Ingredient, Recipe } from "./recipe.js";
import { roundMetric, roundToFraction } from "./scale-amount.js";
import { unitById } from "./units.js";
import { writeIngredientLine } from "./write-ingredient-line.js";

/** Foods a metric kitchen weighs rather than measures by volume (from 3 tbsp up). */
const WEIGHED =
  /\b(?:flour|sugar|butter|oats|cocoa|corn(?:starch|flour)|rice|walnuts|pecans|almonds|raisins|chocolate|cheese|parmesan)\b/i;
const WEIGH_FROM_ML = 44;

type Amount = { value: number; unit: string };

function metric(value: number, small: "g" | "ml"): Amount {
  if (value >= 1000)
    return { value: Math.round(value / 10) / 100, unit: small === "g" ? "kg" : "l" };
  return { value: roundMetric(value), unit: small };
}

function usVolume(ml: number): Amount {
  if (ml >= 59) return { value: roundToFraction(ml / unitById("cup")!.base!), unit: "cup" };
  if (ml >= 14.7) return { value: roundToFraction(ml / unitById("tbsp")!.base!), unit: "tbsp" };
  return { value: roundToFraction(ml / unitById("tsp")!.base!), unit: "tsp" };
}

function usMass(g: number): Amount {
  if (g >= 453) return { value: roundToFraction(g / unitById("lb")!.base!), unit: "lb" };
  return { value: roundToFraction(g / unitById("oz")!.base!), unit: "oz" };
}

/** One number of an amount in the reader's system; undefined when it stays as written. */
function convertValue(
  value: number,
  unitId: string,
  food: string,
  units: UnitSystemChoice,
): Amount | undefined {
  const unit = unitById(unitId);
  if (!unit?.base || unit.system === "any") return undefined;
  const isMetric = unit.system === "metric";
  if (isMetric === (units === "metric")) return undefined;
  const base = value * unit.base;
  const density = WEIGHED.test(food) && !/syrup/i.test(food) ? densityOf(food) : undefined;
  if (units === "metric") {
    if (unit.kind === "mass") return metric(base, "g");
    return density !== undefined && base >= WEIGH_FROM_ML
      ? metric(base * density, "g")
      : metric(base, "ml");
  }
  if (unit.kind === "volume") return usVolume(base);
  return density !== undefined ? usVolume(base / density) : usMass(base);
}

function convertIngredient(ingredient: Ingredient, units: UnitSystemChoice): Ingredient {
  const { quantity, unit, food } = ingredient;
  if (!quantity || quantity.kind === "text" || unit === undefined) return ingredient;
  const low = convertValue(
    quantity.kind === "exact" ? quantity.value : quantity.min,
    unit,
    food,
    units,
  );
  if (!low) return ingredient;
  let next: Quantity = { kind: "exact", value: low.value };
  if (quantity.kind === "range") {
    const unitSize = unitById(low.unit)!.base!;
    const source = unitById(unit)!.base!;
    // Both ends in the unit the lower one chose.
    const high = convertValue(quantity.max, unit, food, units);
    const max = high
      ? (high.value * unitById(high.unit)!.base!) / unitSize
      : (quantity.max * source) / unitSize;
    const rounded = low.unit === "g" || low.unit === "ml" ? roundMetric(max) : roundToFraction(max);
    if (rounded > low.value) next = { kind: "range", min: low.value, max: rounded };
  }
  const { text: _t, ...rest } = ingredient;
  const converted = { ...rest, quantity: next, unit: low.unit };
  return { ...converted, text: writeIngredientLine(converted) };
}

/** Amounts, temperatures and lengths in metric or US units; volume ↔ mass only where the food's
 *  density is known. Says how many amounts and steps changed. */
export function convertRecipe(
  recipe: Recipe,
  units: UnitSystemChoice,
): { recipe: Recipe; amounts: number; steps: number } {
  let amounts = 0;
  let steps = 0;
  const ingredientGroups = recipe.ingredientGroups.map((group) => ({
    ...group,
    ingredients: group.ingredients.map((ingredient) => {
      const out = convertIngredient(ingredient, units);
      if (out !== ingredient) amounts++;
      return out;
    }),
  }));
  const stepGroups = recipe.stepGroups.map((group) => ({
    ...group,
    steps: group.steps.map((step) => {
      const text = convertStepText(step.text, units);
      const temperatures = step.temperatures.map((t) => convertTemperature(t, units));
      const changed = text !== step.text || temperatures.some((t, i) => t !== step.temperatures[i]);
      if (!changed) return step;
      steps++;
      return { ...step, text, temperatures };
    }),
  }));
  return { recipe: { ...recipe, ingredientGroups, stepGroups }, amounts, steps };
}
