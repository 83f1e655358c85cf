import type { Quantity } from "../../domain/quantity.js";
import { readAmount } from "../../domain/read-amount.js";
import { readStepText } from "../../domain/read-step-text.js";
import { readDuration } from "../../domain/read-timers.js";
import type {
  Ingredient,
  IngredientGroup,
  RecipeInput,
  Step,
  StepGroup,
  Timer,
} from "../../domain/recipe.js";
import { type Issue, issue } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import type { CooklangRecipe } from "./parse-cooklang.js";
import type { CooklangItem, CooklangQuantity } from "./parse-cooklang-line.js";
import { readCooklangMetadata } from "./read-cooklang-metadata.js";

/** A parsed Cooklang recipe → the model. Each section gives a step group and, when it names
 *  ingredients, an ingredient group; every "@ingredient" becomes an ingredient line (the same
 *  name, amount and note twice in a section is one line) that its step refers to; "#cookware"
 *  is equipment; "~timers" are step timers; notes (">") are the author's notes. */

export const CooklangIssueCode = {
  MetadataUnmapped: "COOKLANG_METADATA_UNMAPPED",
  FixedQuantity: "COOKLANG_FIXED_QUANTITY",
} as const;

type IngredientItem = Extract<CooklangItem, { type: "ingredient" }>;

/** A Cooklang amount as the model's quantity and unit: "3tsp" with no "%" is 3 tsp. */
function readQuantity(
  quantity: CooklangQuantity,
  units: string,
): { quantity?: Quantity; unit?: string } {
  const unit = units.trim() ? { unit: units.trim().slice(0, 500) } : {};
  if (typeof quantity === "number")
    return { quantity: { kind: "exact", value: quantity }, ...unit };
  const text = quantity.trim();
  if (text === "" || text === "some") return unit;
  const amount = readAmount(text);
  if (amount && !amount.article && amount.rest === "")
    return { quantity: amount.quantity, ...unit };
  if (amount && !amount.article && !units.trim() && /^\p{L}+\.?$/u.test(amount.rest)) {
    return { quantity: amount.quantity, unit: amount.rest };
  }
  return { quantity: { kind: "text", text: text.slice(0, 500) }, ...unit };
}

const spoken = (quantity: CooklangQuantity, units: string) =>
  [String(quantity), units].filter((part) => part.trim() !== "").join(" ");

function toIngredient(item: IngredientItem): Ingredient {
  const amount = readQuantity(item.quantity, item.units);
  const lead = item.quantity === "some" ? item.units : spoken(item.quantity, item.units);
  const text = [lead, item.name].filter(Boolean).join(" ") + (item.note ? `, ${item.note}` : "");
  return {
    text: text.slice(0, 2_000),
    ...amount,
    food: item.name.slice(0, 500),
    ...(item.note && { preparation: item.note.slice(0, 1_000) }),
    ...(item.optional && { optional: true }),
    substitutes: [],
  };
}

function toTimer(item: Extract<CooklangItem, { type: "timer" }>): Timer | undefined {
  const text = spoken(item.quantity, item.units);
  const duration = readDuration(text);
  return duration ? { text: text.slice(0, 500), duration } : undefined;
}

/** What the cook reads: ingredient and cookware names in place, timers as their amounts. */
function stepText(items: readonly CooklangItem[]): string {
  return items
    .map((item) => {
      if (item.type === "text") return item.value;
      if (item.type === "timer") return spoken(item.quantity, item.units) || item.name;
      return item.name;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export interface CooklangImport {
  readonly recipe: RecipeInput;
  readonly issues: Issue[];
}

/** `fallbackTitle` (the file name) is used when the metadata has no title. */
export function cooklangToRecipe(parsed: CooklangRecipe, fallbackTitle: string): CooklangImport {
  const { fields, unmapped } = readCooklangMetadata(parsed.metadata);
  const issues: Issue[] = unmapped.map((key) =>
    issue(CooklangIssueCode.MetadataUnmapped, `metadata "${key}" has no place in the recipe`, [
      "metadata",
      key,
    ]),
  );
  const ingredientGroups: IngredientGroup[] = [];
  const stepGroups: StepGroup[] = [];
  const equipment: string[] = [...(fields.equipment ?? [])];
  const authorNotes: string[] = [];
  const named = parsed.sections.some((s) => s.name !== undefined);
  let fixed = 0;

  for (const section of parsed.sections) {
    const title = section.name === undefined ? {} : { title: section.name.slice(0, 500) };
    const group: IngredientGroup = { ...title, ingredients: [] };
    const groupIndex = ingredientGroups.length;
    const seen = new Map<string, number>();
    const steps: Step[] = [];
    for (const block of section.blocks) {
      if (block.type === "note") {
        authorNotes.push(block.text.slice(0, 20_000));
        continue;
      }
      const refs: Step["ingredientRefs"] = [];
      const timers: Timer[] = [];
      for (const item of block.items) {
        if (item.type === "ingredient") {
          if (item.fixed) fixed++;
          const ingredient = toIngredient(item);
          const key = JSON.stringify([ingredient.text, ingredient.optional]);
          let index = seen.get(key);
          if (index === undefined) {
            index = group.ingredients.push(ingredient) - 1;
            seen.set(key, index);
          }
          if (!refs.some((r) => r.index === index)) refs.push({ group: groupIndex, index });
        } else if (item.type === "cookware") {
          if (!equipment.includes(item.name)) equipment.push(item.name.slice(0, 500));
        } else if (item.type === "timer") {
          const timer = toTimer(item);
          if (timer) timers.push(timer);
        }
      }
      // The model keeps 20,000 characters of a step; a longer one is cut, not the recipe lost.
      const text = stepText(block.items).slice(0, 20_000).trim();
      if (text === "") continue;
      const facts = readStepText(text);
      steps.push({
        text,
        // As many as the model's step keeps: a step may mark more.
        timers: timers.length > 0 ? timers.slice(0, 50) : facts.timers,
        ...(facts.heat && { heat: facts.heat }),
        temperatures: facts.temperatures,
        cues: facts.cues,
        ingredientRefs: refs.slice(0, 200),
      });
    }
    if (group.ingredients.length > 0) ingredientGroups.push(group);
    if (steps.length > 0) stepGroups.push({ ...(named ? title : {}), steps });
  }
  if (fixed > 0) {
    issues.push(
      issue(
        CooklangIssueCode.FixedQuantity,
        `${fixed} fixed amount(s) ("{=…}") kept as plain amounts: the model has no "does not scale" mark`,
      ),
    );
  }
  const title = fields.title ?? fallbackTitle;
  return {
    recipe: {
      ...fields,
      title,
      slug: slugify(title) || "recipe",
      authorNotes,
      ingredientGroups,
      stepGroups,
      equipment: equipment.slice(0, 100),
    },
    issues,
  };
}
