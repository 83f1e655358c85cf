import { matchFood, stemWord, stemWords } from "./match-foods.js";
import { formatQuantity, type Quantity } from "./quantity.js";
import type { Ingredient, Recipe, SpiceAdjustment } from "./recipe.js";
import { roundToFraction } from "./scale-amount.js";
import { type SpiceRule, spiceRuleOf } from "./spice-table.js";
import { unitById } from "./units.js";
import { writeIngredientLine } from "./write-ingredient-line.js";

export type SpiceLevel = "mild" | "medium" | "hot";

export interface HeatSource {
  readonly group: number;
  readonly index: number;
  readonly rule?: SpiceRule;
}

/** The ingredients that carry the heat: those the recipe names, else chilies and the like. */
export function findHeatSources(recipe: Recipe): HeatSource[] {
  const named = recipe.spice?.heatSources ?? [];
  const foods = recipe.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.food));
  const matched = new Set(named.map((n) => matchFood(n, foods) ?? n).map((f) => f.toLowerCase()));
  return recipe.ingredientGroups.flatMap((group, g) =>
    group.ingredients.flatMap((ingredient, index) => {
      const rule = spiceRuleOf(ingredient.food);
      if (!rule && !matched.has(ingredient.food.toLowerCase())) return [];
      return [{ group: g, index, ...(rule && { rule }) }];
    }),
  );
}

const isCount = (unit: string | undefined) =>
  unit === undefined || ["count", "container"].includes(unitById(unit)?.kind ?? "count");

function times(q: Quantity, factor: number, count: boolean): Quantity {
  const round = (v: number) => (count ? Math.max(1, Math.round(v)) : roundToFraction(v));
  if (q.kind === "exact") return { kind: "exact", value: round(q.value * factor) };
  if (q.kind === "range")
    return { kind: "exact", value: round((factor < 1 ? q.min : q.max) * factor) };
  return q;
}

const lowEnd = (q: Quantity): Quantity =>
  q.kind === "range" ? { kind: "exact", value: q.min } : q;
const highEnd = (q: Quantity): Quantity =>
  q.kind === "range" ? { kind: "exact", value: q.max } : q;

const DESEEDED = "seeds and membranes removed";
const ON_THE_SIDE = "Serve more on the side for those who like it hot.";

function adjust(
  ingredient: Ingredient,
  level: SpiceLevel,
  rule: SpiceRule | undefined,
  said: readonly SpiceAdjustment[],
): { ingredient: Ingredient; notes: string[] } {
  const words = stemWords(ingredient.food);
  // Advice about one food ("1 chili instead of 2–3") is not applied to another (chili flakes).
  const about = (a: SpiceAdjustment) => a.food === undefined || words.includes(stemWord(a.food));
  const by = (kind: SpiceAdjustment["kind"]) => said.find((a) => a.kind === kind && about(a));
  const fewer = by("fewer");
  const own = ingredient.quantity;
  // The range the recipe states: its own amount, or the one its spice advice speaks of.
  const stated = own && own.kind !== "text" ? own : fewer?.from;
  const count = isCount(ingredient.unit);
  let quantity = own;
  const notes: string[] = [];
  let preparation = ingredient.preparation;
  let note = ingredient.note;
  if (level === "mild") {
    if (fewer?.to) quantity = fewer.to;
    else if (stated?.kind === "range") quantity = lowEnd(stated);
    else if (stated && rule) quantity = times(stated, rule.mild.factor, count);
    if (by("deseed") || (said.length === 0 && rule?.mild.deseed)) {
      preparation = preparation ? `${preparation}, ${DESEEDED}` : DESEEDED;
      notes.push(DESEEDED);
    }
    if (by("on-the-side") || (said.length === 0 && rule?.mild.onTheSide)) {
      note = note ? `${ON_THE_SIDE} ${note}` : ON_THE_SIDE;
      notes.push("more on the side");
    }
  } else if (level === "hot") {
    if (stated?.kind === "range") quantity = highEnd(stated);
    else if (stated && rule) quantity = times(stated, rule.hot.factor, count);
    const more = by("more");
    if (more) notes.push(more.text);
    else if (!stated) notes.push("seeds left in");
  } else if (!own && stated) {
    quantity = stated;
  }
  const changedAmount = quantity !== own && quantity !== undefined;
  if (!changedAmount && notes.length === 0) return { ingredient, notes };
  const { text: _t, quantity: _q, preparation: _p, note: _n, ...rest } = ingredient;
  const next = {
    ...rest,
    ...(quantity && { quantity }),
    ...(preparation !== undefined && { preparation }),
    ...(note !== undefined && { note }),
  };
  if (changedAmount && quantity) notes.unshift(formatQuantity(quantity));
  return { ingredient: { ...next, text: writeIngredientLine(next) }, notes };
}

/** The recipe at a spice level: the chili count within the range the recipe states (its low end
 *  or what its advice says for mild, the high end for hot), seeds out and more on the side for
 *  mild; as the recipe's own advice says, else as the built-in table (spice-table.ts) does. */
export function applySpiceLevel(
  recipe: Recipe,
  level: SpiceLevel,
): { recipe: Recipe; changes: Array<{ kind: "spice"; text: string }> } {
  const sources = findHeatSources(recipe);
  if (sources.length === 0) return { recipe, changes: [] };
  const said = recipe.spice?.adjustments ?? [];
  const changes: Array<{ kind: "spice"; text: string }> = [];
  const ingredientGroups = recipe.ingredientGroups.map((group, g) => ({
    ...group,
    ingredients: group.ingredients.map((ingredient, index) => {
      const source = sources.find((s) => s.group === g && s.index === index);
      if (!source) return ingredient;
      const { ingredient: out, notes } = adjust(ingredient, level, source.rule, said);
      if (notes.length > 0)
        changes.push({
          kind: "spice",
          text: `${level[0]!.toUpperCase()}${level.slice(1)}: ${ingredient.food}, ${notes.join(", ")}`,
        });
      return out;
    }),
  }));
  return { recipe: { ...recipe, ingredientGroups }, changes };
}
