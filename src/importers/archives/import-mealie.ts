import { z } from "zod";
import type { Ingredient, IngredientGroup, RecipeInput, StepGroup } from "../../domain/recipe.js";
import { fail, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import type { ArchiveImporter, ArchiveSource, CollectionEntry } from "../importer.js";
import { toIngredient } from "../read-schema-recipe.js";
import { noRecipes, parseJsonEntry, skippedEntries } from "./archive-entries.js";
import {
  asDuration,
  asName,
  asNames,
  asText,
  asYields,
  clip,
  imageOf,
  isHttpUrl,
  toStep,
} from "./archive-fields.js";
import { listZipNames, readZip } from "./read-zip.js";

/** Mealie recipe exports: a zip with "recipes/<slug>/<slug>.json" and the recipe's pictures in
 *  "recipes/<slug>/images/" (original.webp, min-original.webp…). Older exports write snake_case
 *  keys (recipe_ingredient, org_url), newer ones camelCase (recipeIngredient, orgURL); both are
 *  read. An ingredient or instruction with a `title` opens a titled group, as Mealie shows it. */

export const MealieIssueCode = { Invalid: "MEALIE_INVALID" } as const;

const RECIPE_JSON = /^(?:.*\/)?recipes\/([^/]+)\/\1\.json$/;

const MealieSchema = z.looseObject({ name: z.string() });
type Raw = Record<string, unknown>;
const pick = (raw: Raw, ...keys: string[]) => keys.map((k) => raw[k]).find((v) => v != null);
const list = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => typeof v === "object" && v !== null) : [];

function toMealieIngredient(raw: Raw): Ingredient | undefined {
  const food = asName(raw.food);
  const note = asText(raw.note);
  const text = asText(pick(raw, "originalText", "original_text", "display")) ?? note;
  if (!food) return text ? toIngredient(text) : undefined;
  const quantity = typeof raw.quantity === "number" && raw.quantity > 0 ? raw.quantity : undefined;
  const unit = asName(raw.unit);
  const line = text ?? [quantity, unit, food, note].filter((p) => p !== undefined).join(" ");
  return {
    text: clip(line, 2_000),
    ...(quantity !== undefined && { quantity: { kind: "exact" as const, value: quantity } }),
    ...(unit && { unit: clip(unit, 500) }),
    food: clip(food, 500),
    ...(note && { note: clip(note, 2_000) }),
    substitutes: [],
  };
}

export function mealieToRecipe(raw: Raw): RecipeInput {
  const title = clip(asText(raw.name) ?? "Untitled recipe", 300);
  const ingredientGroups: IngredientGroup[] = [];
  for (const item of list(pick(raw, "recipeIngredient", "recipe_ingredient"))) {
    const heading = asText(item.title);
    let group = ingredientGroups.at(-1);
    if (heading || !group) {
      group = { ...(heading && { title: clip(heading, 500) }), ingredients: [] };
      ingredientGroups.push(group);
    }
    const ingredient = toMealieIngredient(item);
    if (ingredient) group.ingredients.push(ingredient);
  }
  const stepGroups: StepGroup[] = [];
  for (const item of list(pick(raw, "recipeInstructions", "recipe_instructions"))) {
    const heading = asText(item.title);
    let group = stepGroups.at(-1);
    if (heading || !group) {
      group = { ...(heading && { title: clip(heading, 500) }), steps: [] };
      stepGroups.push(group);
    }
    const text = asText(item.text);
    if (text) group.steps.push(toStep(text));
  }
  const notes = list(raw.notes).flatMap((n) => {
    const text = asText(n.text);
    const head = asText(n.title);
    return text ? [clip(head ? `${head}: ${text}` : text, 20_000)] : [];
  });
  const nutrition = Object.fromEntries(
    Object.entries((raw.nutrition as Raw | null) ?? {}).flatMap(([k, v]) => {
      const value = asText(v);
      return value && k.length <= 60 ? [[k, clip(value, 500)]] : [];
    }),
  );
  const yields =
    asYields(pick(raw, "recipeYield", "recipe_yield")) ??
    asYields(pick(raw, "recipeServings", "recipe_servings"));
  const times = {
    ...(asDuration(pick(raw, "prepTime", "prep_time")) && {
      prep: asDuration(pick(raw, "prepTime", "prep_time")),
    }),
    ...(asDuration(pick(raw, "performTime", "perform_time", "cookTime", "cook_time")) && {
      cook: asDuration(pick(raw, "performTime", "perform_time", "cookTime", "cook_time")),
    }),
    ...(asDuration(pick(raw, "totalTime", "total_time")) && {
      total: asDuration(pick(raw, "totalTime", "total_time")),
    }),
  };
  const url = asText(pick(raw, "orgURL", "org_url"));
  const description = asText(raw.description);
  const rating = typeof raw.rating === "number" && raw.rating > 0 ? raw.rating : undefined;
  return {
    title,
    slug: slugify(title) || "recipe",
    ...(description && { description: clip(description, 5_000) }),
    authorNotes: notes,
    ingredientGroups: ingredientGroups.filter((g) => g.ingredients.length > 0 || g.title),
    stepGroups: stepGroups.filter((g) => g.steps.length > 0 || g.title),
    ...(yields && { yields }),
    times,
    category: asNames(pick(raw, "recipeCategory", "recipe_category"), 20),
    keywords: asNames(raw.tags),
    equipment: asNames(raw.tools),
    ...(Object.keys(nutrition).length > 0 && { nutrition }),
    ...(rating !== undefined && { rating: { value: rating, best: 5 } }),
    source: isHttpUrl(url) ? { url } : {},
  };
}

function importMealie(source: ArchiveSource): Result<CollectionEntry[]> {
  const zip = readZip(source.bytes);
  if (!zip.ok) return zip;
  const byName = new Map(zip.value.entries.map((e) => [e.name, e.bytes]));
  const entries: CollectionEntry[] = [];
  for (const entry of zip.value.entries) {
    const match = RECIPE_JSON.exec(entry.name);
    if (!match) continue;
    const json = parseJsonEntry(entry.bytes, MealieIssueCode.Invalid);
    const parsed = json.ok ? MealieSchema.safeParse(json.value) : undefined;
    if (!parsed?.success) {
      entries.push({
        label: entry.name,
        result: json.ok ? fail(MealieIssueCode.Invalid, "not a Mealie recipe") : json,
      });
      continue;
    }
    const folder = entry.name.slice(0, entry.name.lastIndexOf("/") + 1);
    const images = [...byName.keys()]
      .filter(
        (n) =>
          n.startsWith(`${folder}images/`) &&
          /original\.\w+$/.test(n) &&
          !/(?:min|tiny)-original/.test(n),
      )
      .map((n) => imageOf(n, byName.get(n) as Uint8Array));
    entries.push({ label: entry.name, result: ok(mealieToRecipe(parsed.data)), images });
  }
  const all = [...entries, ...skippedEntries(zip.value.skipped)];
  return all.length > 0 ? ok(all) : noRecipes("recipes/<slug>/<slug>.json entries");
}

function sniffMealie(source: ArchiveSource): number {
  return listZipNames(source.bytes).some((n) => RECIPE_JSON.test(n)) ? 0.9 : 0;
}

export const mealieImporter: ArchiveImporter = {
  id: "mealie",
  sniff: sniffMealie,
  importArchive: importMealie,
};
