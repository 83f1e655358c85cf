import { z } from "zod";
import type { Ingredient, IngredientGroup, RecipeInput, Step } from "../../domain/recipe.js";
import { fail, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import type { ArchiveImporter, ArchiveSource, CollectionEntry } from "../importer.js";
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
import {
  type ArchiveLimits,
  DEFAULT_ARCHIVE_LIMITS,
  type InflateBudget,
  listZipNames,
  readZip,
} from "./read-zip.js";

/** Tandoor exports: a zip of "<id>.zip" files, each holding "recipe.json" and "image.<ext>".
 *  recipe.json: name, description, keywords [{name}], servings, servings_text, working_time and
 *  waiting_time in minutes, source_url, steps [{name, instruction, time, ingredients
 *  [{food {name}, unit {name}, amount, note, is_header, no_amount, original_text}]}].
 *  Ingredients belong to steps there: each step's list becomes an ingredient group (titled by
 *  the step's name or a header row) and the step refers to its own ingredients. */

export const TandoorIssueCode = { Invalid: "TANDOOR_INVALID" } as const;

const TandoorSchema = z.looseObject({ name: z.string(), steps: z.array(z.unknown()).optional() });
type Raw = Record<string, unknown>;
const list = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => typeof v === "object" && v !== null) : [];

function toTandoorIngredient(raw: Raw): Ingredient | undefined {
  const food = asName(raw.food);
  const note = asText(raw.note);
  if (!food && !note) return undefined;
  const amount =
    typeof raw.amount === "number" && raw.amount > 0 && raw.no_amount !== true
      ? raw.amount
      : undefined;
  const unit = asName(raw.unit);
  const text =
    asText(raw.original_text) ??
    [amount, unit, food, note && `(${note})`].filter((p) => p !== undefined).join(" ");
  return {
    text: clip(text, 2_000),
    ...(amount !== undefined && { quantity: { kind: "exact" as const, value: amount } }),
    ...(unit && { unit: clip(unit, 500) }),
    food: clip(food ?? note ?? text, 500),
    ...(food && note && { note: clip(note, 2_000) }),
    substitutes: [],
  };
}

/** Tandoor counts times in minutes, as numbers. */
const minutes = (value: unknown) => (typeof value === "number" ? asDuration(value) : undefined);

export function tandoorToRecipe(raw: Raw): RecipeInput {
  const title = clip(asText(raw.name) ?? "Untitled recipe", 300);
  const ingredientGroups: IngredientGroup[] = [];
  const steps: Step[] = [];
  for (const item of list(raw.steps)) {
    const stepName = asText(item.name);
    const refs: Step["ingredientRefs"] = [];
    let group: IngredientGroup | undefined;
    for (const row of list(item.ingredients)) {
      if (row.is_header === true) {
        group = {
          ...(asText(row.note) && { title: clip(asText(row.note) as string, 500) }),
          ingredients: [],
        };
        ingredientGroups.push(group);
        continue;
      }
      const ingredient = toTandoorIngredient(row);
      if (!ingredient) continue;
      if (!group) {
        group = { ...(stepName && { title: clip(stepName, 500) }), ingredients: [] };
        ingredientGroups.push(group);
      }
      refs.push({
        group: ingredientGroups.indexOf(group),
        index: group.ingredients.push(ingredient) - 1,
      });
    }
    const instruction = asText(item.instruction);
    if (!instruction) continue;
    const step = toStep(instruction, stepName);
    const timer = minutes(item.time);
    if (timer !== undefined && step.timers.length === 0) {
      step.timers = [{ text: `${item.time} minutes`, duration: timer }];
    }
    steps.push({ ...step, ingredientRefs: refs });
  }
  const prep = minutes(raw.working_time);
  const cook = minutes(raw.waiting_time);
  const servingsText = asText(raw.servings_text);
  const yields = asYields(
    servingsText ? `${asText(raw.servings) ?? ""} ${servingsText}`.trim() : raw.servings,
  );
  const url = asText(raw.source_url);
  const description = asText(raw.description);
  return {
    title,
    slug: slugify(title) || "recipe",
    ...(description && { description: clip(description, 5_000) }),
    // A header row with nothing under it stays: dropping it would shift the steps' references.
    ingredientGroups,
    stepGroups: steps.length > 0 ? [{ steps }] : [],
    ...(yields && { yields }),
    times: { ...(prep && { prep }), ...(cook && { cook }) },
    keywords: asNames(raw.keywords),
    source: isHttpUrl(url) ? { url } : {},
  };
}

function readInner(
  name: string,
  bytes: Uint8Array,
  limits: ArchiveLimits,
  budget: InflateBudget,
): CollectionEntry {
  const inner = readZip(bytes, limits, budget);
  if (!inner.ok) return { label: name, result: inner };
  const json = inner.value.entries.find((e) => /(?:^|\/)recipe\.json$/.test(e.name));
  if (!json)
    return { label: name, result: fail(TandoorIssueCode.Invalid, "no recipe.json inside") };
  const data = parseJsonEntry(json.bytes, TandoorIssueCode.Invalid);
  if (!data.ok) return { label: name, result: data };
  const parsed = TandoorSchema.safeParse(data.value);
  if (!parsed.success)
    return { label: name, result: fail(TandoorIssueCode.Invalid, "not a Tandoor recipe") };
  const images = inner.value.entries
    .filter((e) => /(?:^|\/)image\.\w+$/.test(e.name))
    .map((e) => imageOf(e.name, e.bytes));
  return { label: name, result: ok(tandoorToRecipe(parsed.data)), images };
}

/** `limits` are the archive reader's; tests pass small ones. */
export function importTandoor(
  source: ArchiveSource,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Result<CollectionEntry[]> {
  const budget: InflateBudget = { remaining: limits.maxTotalBytes };
  const outer = readZip(source.bytes, limits, budget);
  if (!outer.ok) return outer;
  // A single recipe's zip (recipe.json at the top) is read as a collection of one.
  if (outer.value.entries.some((e) => e.name === "recipe.json")) {
    return ok([
      readInner(source.name ?? "recipe.zip", source.bytes, limits, {
        remaining: limits.maxTotalBytes,
      }),
    ]);
  }
  const entries = outer.value.entries
    .filter((e) => /\.zip$/i.test(e.name))
    .map((e) => readInner(e.name, e.bytes, limits, budget));
  const all = [...entries, ...skippedEntries(outer.value.skipped)];
  return all.length > 0 ? ok(all) : noRecipes("per-recipe .zip files");
}

function sniffTandoor(source: ArchiveSource): number {
  const names = listZipNames(source.bytes);
  if (names.length === 0) return 0;
  if (names.every((n) => /\.zip$/i.test(n))) return 0.8;
  return names.includes("recipe.json") && names.some((n) => /^image\.\w+$/.test(n)) ? 0.7 : 0;
}

export const tandoorImporter: ArchiveImporter = {
  id: "tandoor",
  sniff: sniffTandoor,
  importArchive: (source) => importTandoor(source),
};
