import { slugify } from "../lib/slug.js";
import { matchFood, stemWords } from "./match-foods.js";
import type { Recipe } from "./recipe.js";
import { SUBSTITUTION_TABLE, type TableSwap } from "./substitution-table.js";

/** A swap a reader can tick: from the recipe's own words or from the built-in table. */
export interface Swap {
  readonly id: string;
  readonly replace: string;
  readonly use: string;
  readonly add: readonly string[];
  readonly note?: string;
  readonly source: "recipe" | "table";
  /** For table swaps: the book or page the rule comes from. */
  readonly reference?: string;
}

export interface IngredientPlace {
  readonly group: number;
  readonly index: number;
}

/** A swap with the ingredient it rewrites and how its amount changes. */
export interface FoundSwap extends Swap {
  readonly target: IngredientPlace;
  readonly ratio?: number;
  readonly amount?: TableSwap["amount"];
}

/** Words that describe rather than name a food: "unsalted butter" is butter, "peanut butter" not. */
const DESCRIBING = new Set(
  stemWords(
    "fresh unsalted salted large small medium whole organic good quality finely roughly chopped " +
      "minced sliced diced leaves leaf cloves cold warm melted softened room temperature granulated " +
      "white caster plain light dark full-fat low-fat extra-virgin virgin store-bought homemade",
  ),
);

function tableMatches(row: TableSwap, food: string): boolean {
  const words = stemWords(food);
  const wanted = stemWords(row.replace);
  return (
    wanted.every((w) => words.includes(w)) &&
    words.every((w) => wanted.includes(w) || DESCRIBING.has(w))
  );
}

const idOf = (use: string, replace: string) =>
  `${slugify(use, 40)}-for-${slugify(replace, 40)}`.replace(/^-|-$/g, "") || "swap";

function placesOf(recipe: Recipe): Array<IngredientPlace & { food: string }> {
  return recipe.ingredientGroups.flatMap((group, g) =>
    group.ingredients.map((ingredient, index) => ({ group: g, index, food: ingredient.food })),
  );
}

/** Every swap this recipe offers, its own first, then the table's, each once. */
export function findSwaps(recipe: Recipe): FoundSwap[] {
  const places = placesOf(recipe);
  const foods = places.map((p) => p.food);
  const placeOf = (name: string) => {
    const exact = places.find((p) => p.food.toLowerCase() === name.toLowerCase());
    const matched = exact?.food ?? matchFood(name, foods);
    return places.find((p) => p.food === matched);
  };
  const found: FoundSwap[] = [];
  const push = (swap: FoundSwap) => {
    const key = stemWords(swap.use).join(" ");
    const same = (s: FoundSwap) =>
      s.id === swap.id ||
      (s.target.group === swap.target.group &&
        s.target.index === swap.target.index &&
        stemWords(s.use).join(" ") === key);
    if (!found.some(same)) found.push(swap);
  };
  for (const substitution of recipe.substitutions) {
    const place = placeOf(substitution.replace);
    if (!place) continue;
    for (const option of substitution.options) {
      const note = option.note ?? substitution.note;
      push({
        id: idOf(option.use, substitution.replace),
        replace: place.food,
        use: option.use,
        add: option.add,
        ...(note !== undefined && { note }),
        source: "recipe",
        target: { group: place.group, index: place.index },
      });
    }
  }
  const heat = recipe.spice?.heatSources[0];
  const heatPlace = heat === undefined ? undefined : placeOf(heat);
  for (const adjustment of recipe.spice?.adjustments ?? []) {
    if (adjustment.kind !== "substitute" || !adjustment.use || !heatPlace) continue;
    push({
      id: idOf(adjustment.use, heatPlace.food),
      replace: heatPlace.food,
      use: adjustment.use,
      add: [],
      note: adjustment.text,
      source: "recipe",
      target: { group: heatPlace.group, index: heatPlace.index },
    });
  }
  for (const place of places) {
    for (const row of SUBSTITUTION_TABLE) {
      if (!tableMatches(row, place.food)) continue;
      push({
        id: idOf(row.use, row.replace),
        replace: place.food,
        use: row.use,
        add: row.add ?? [],
        ...(row.note !== undefined && { note: row.note }),
        source: "table",
        reference: row.source,
        target: { group: place.group, index: place.index },
        ...(row.ratio !== undefined && { ratio: row.ratio }),
        ...(row.amount !== undefined && { amount: row.amount }),
      });
    }
  }
  const order = (s: FoundSwap) => s.target.group * 10_000 + s.target.index;
  return found
    .map((swap, i) => ({ swap, i }))
    .sort((a, b) => order(a.swap) - order(b.swap) || a.i - b.i)
    .map(({ swap }) => swap);
}

/** The swaps a reader can tick on this recipe, with stable ids for the address. */
export function listSwaps(recipe: Recipe): readonly Swap[] {
  return findSwaps(recipe).map(({ target: _t, ratio: _r, amount: _a, ...swap }): Swap => swap);
}
