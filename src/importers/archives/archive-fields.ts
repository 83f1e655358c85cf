import type { Duration } from "../../domain/duration.js";
import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { readAmount } from "../../domain/read-amount.js";
import { readStepText } from "../../domain/read-step-text.js";
import { readDuration } from "../../domain/read-timers.js";
import type { IngredientGroup, RecipeInput, Step } from "../../domain/recipe.js";
import type { ImportedImage } from "../importer.js";
import { toIngredient } from "../read-schema-recipe.js";

/** Field readers the archive formats share: their JSON holds free text where the model wants
 *  structure (an ingredient list as one string, "15 mins", "4 servings"). Each returns
 *  undefined or [] for what it cannot read. */

export const asText = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : undefined;

/** A name from a string or an object with a `name` (Mealie and Tandoor tags, units, foods). */
export const asName = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? asText((value as Record<string, unknown>).name)
    : asText(value);

export const asNames = (value: unknown, max = 100): string[] =>
  (Array.isArray(value) ? value : [])
    .map(asName)
    .filter((n): n is string => n !== undefined)
    .map((n) => n.slice(0, 500))
    .slice(0, max);

export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** "15 mins", "1 hour", "PT20M" or a bare number of `bareUnitSeconds`. */
export function asDuration(value: unknown, bareUnitSeconds = 60): Duration | undefined {
  if (typeof value === "number") {
    const seconds = Math.round(value * bareUnitSeconds);
    // The model keeps whole seconds a number can count exactly: 1e300 minutes is no time.
    return value > 0 && Number.isSafeInteger(seconds) ? { min: seconds } : undefined;
  }
  const text = asText(value);
  if (text === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return asDuration(Number(text), bareUnitSeconds);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text);
  if (iso && text.length > 2) {
    const seconds = Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
    return seconds > 0 && Number.isSafeInteger(seconds) ? { min: seconds } : undefined;
  }
  return readDuration(text);
}

export function asYields(value: unknown): RecipeInput["yields"] {
  const text = asText(value);
  if (text === undefined) return undefined;
  const amount = readAmount(text.replace(/^(?:serves|servings|makes|yield)s?\s*:?\s*/i, ""));
  if (!amount || amount.article) return undefined;
  const unit = amount.rest.replace(/[.!]+$/, "").trim();
  return {
    quantity: amount.quantity,
    ...(unit && unit.split(/\s+/).length <= 4 && { unit: clip(unit, 500) }),
    text: clip(text, 500),
  };
}

/** Ingredient lines, one a line; a heading line ("For the sauce:") opens a titled group. */
export function ingredientGroupsFromLines(lines: readonly string[]): IngredientGroup[] {
  const groups: IngredientGroup[] = [];
  let current: IngredientGroup | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const parsed = parseIngredientLine(line);
    if (parsed.kind === "header") {
      current = { title: clip(parsed.title || line, 500), ingredients: [] };
      groups.push(current);
      continue;
    }
    if (!current) {
      current = { ingredients: [] };
      groups.push(current);
    }
    current.ingredients.push(toIngredient(line));
  }
  return groups.filter((g) => g.ingredients.length > 0 || g.title !== undefined);
}

export function toStep(text: string, title?: string): Step {
  const body = clip(text.replace(/\s+/g, " ").trim(), 20_000);
  return {
    ...(title && { title: clip(title, 500) }),
    text: body,
    ...readStepText(body),
    ingredientRefs: [],
  };
}

/** Directions as one text: a step per line, numbering ("1.", "Step 2:") dropped. */
export function stepsFromText(text: string | undefined): Step[] {
  return (text ?? "")
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:step\s*)?\d+[.):]\s*/i, "").trim())
    .filter((line) => line !== "")
    .map((line) => toStep(line));
}

export const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => clip(p.replace(/\s+/g, " ").trim(), 20_000))
    .filter((p) => p !== "");

/** The media type an image file name or its first bytes say. */
export function imageOf(name: string, bytes: Uint8Array): ImportedImage {
  const byMagic =
    bytes[0] === 0xff && bytes[1] === 0xd8
      ? "image/jpeg"
      : bytes[0] === 0x89 && bytes[1] === 0x50
        ? "image/png"
        : bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50
          ? "image/webp"
          : undefined;
  const ext = /\.(jpe?g|png|webp|gif)$/i.exec(name)?.[1]?.toLowerCase();
  const byName = ext === undefined ? undefined : `image/${ext === "jpg" ? "jpeg" : ext}`;
  return { name, mediaType: byMagic ?? byName ?? "application/octet-stream", bytes };
}

export const isHttpUrl = (text: string | undefined): text is string =>
  text !== undefined && /^https?:\/\/\S+$/i.test(text) && text.length <= 2_000;
