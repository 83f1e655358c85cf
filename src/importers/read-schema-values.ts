import type { Duration } from "../domain/duration.js";
import { exact } from "../domain/quantity.js";
import { readAmount } from "../domain/read-amount.js";
import { readDuration } from "../domain/read-timers.js";
import { readYields } from "../domain/read-yields.js";
import type { Recipe, RecipeImage } from "../domain/recipe.js";
import { cleanText } from "./clean-text.js";
import { isNode, resolve, type SchemaNode } from "./find-schema-recipes.js";
import { readMarkupLines } from "./read-visible-text.js";

/** schema.org property values, read leniently: a value may be a string, a number, an object
 *  ({ "name": … }, { "@value": … }, { "@id": … }) or an array of any of these. Every reader
 *  returns undefined or [] for what it cannot read, so one odd field never loses the recipe. */

export type Refs = ReadonlyMap<string, SchemaNode>;

/** Cuts a string to the model's bound rather than lose the field. */
export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** Each text a value holds, cleaned, markup removed, empties dropped. */
export function readTexts(value: unknown, refs: Refs, keys = ["name", "@value", "text"]): string[] {
  const out: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const raw of list.slice(0, 500)) {
    const item = resolve(raw, refs);
    if (typeof item === "string") {
      const text = item.includes("<") ? readMarkupLines(item).join(" ") : cleanText(item);
      if (text) out.push(text);
    } else if (typeof item === "number" && Number.isFinite(item)) {
      out.push(String(item));
    } else if (isNode(item)) {
      for (const key of keys) {
        const found = readTexts(item[key], refs, []);
        if (found.length > 0) {
          out.push(...found);
          break;
        }
      }
    }
  }
  return out;
}

export const readText = (value: unknown, refs: Refs, keys?: string[]) =>
  readTexts(value, refs, keys)[0];

/** "a, b, c" in one string or a list → the items. */
export function readList(value: unknown, refs: Refs): string[] {
  const items = readTexts(value, refs).flatMap((t) => t.split(/\s*,\s*/));
  return [...new Set(items.filter((t) => t !== "").map((t) => clip(t, 500)))].slice(0, 100);
}

const ISO =
  /^P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** ISO 8601 ("PT1H30M", "P0DT0H20M"), prose ("20 minutes") or a bare number of minutes. */
export function readSchemaDuration(value: unknown, refs: Refs): Duration | undefined {
  const text = readText(value, refs)?.replace(/\s+/g, "");
  if (!text) return undefined;
  const iso = ISO.exec(text);
  if (iso && text.length > 1 && text.toUpperCase() !== "PT") {
    const n = (i: number) => Number((iso[i] ?? "0").replace(",", "."));
    const seconds = Math.round(n(1) * 86_400 + n(2) * 3600 + n(3) * 60 + n(4));
    // "P99999999999999999999D" is no time the model can count in whole seconds.
    return Number.isSafeInteger(seconds) ? { min: seconds } : undefined;
  }
  if (/^\d{1,5}$/.test(text)) return { min: Number(text) * 60 };
  return readLooseIso(text) ?? readDuration(readText(value, refs) ?? "");
}

/** ISO 8601 as pages misspell it: "PTH5M" (an hour with no number), "PT0D4H45M" (days after
 *  the T). Each number and its unit letter is read; a unit without a number counts nothing. */
function readLooseIso(text: string): Duration | undefined {
  if (!/^P[\d.,DTHMS]*$/i.test(text) || !/\d/.test(text)) return undefined;
  const seconds = { D: 86_400, H: 3600, M: 60, S: 1 } as const;
  let total = 0;
  for (const [, n, unit] of text.toUpperCase().matchAll(/(\d+(?:[.,]\d+)?)([DHMS])/g)) {
    total += Number(n!.replace(",", ".")) * seconds[unit as keyof typeof seconds];
  }
  total = Math.round(total);
  return total > 0 && Number.isSafeInteger(total) ? { min: total } : undefined;
}

type Yields = NonNullable<Recipe["yields"]>;

function readYieldText(text: string): Yields | undefined {
  const labelled = readYields(text);
  if (labelled) return labelled;
  const amount = readAmount(text);
  if (amount && !amount.article) {
    const unit = amount.rest.replace(/[.!]+$/, "").trim();
    const words = unit.split(/\s+/).length;
    return {
      quantity: amount.quantity,
      ...(unit && words <= 4 && { unit: clip(unit, 500) }),
      text,
    };
  }
  // "Makes about 24 cookies": the first number is the yield; the words around it stay in text.
  const number = Number(/(\d+(?:[.,]\d+)?)/.exec(text)?.[1]?.replace(",", "."));
  // Absent, or so many digits that it reads as Infinity: no yield.
  return Number.isFinite(number) ? { quantity: exact(number), text } : undefined;
}

/** recipeYield: "4", 4, "4 servings", ["4", "4 servings"], "Serves 4-6". */
export function readSchemaYields(value: unknown, refs: Refs): Yields | undefined {
  const texts = readTexts(value, refs).map((t) => clip(t, 500));
  const read = texts.map(readYieldText);
  // Prefer the value that names its unit ("4 servings" over "4").
  return read.find((y) => y?.unit !== undefined) ?? read.find((y) => y !== undefined);
}

function absolute(url: string, base: string | undefined): string | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === "http:" || resolved.protocol === "https:"
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

export function readUrl(value: unknown, refs: Refs, base?: string): string | undefined {
  const text = readText(value, refs, ["url", "@id", "contentUrl"]);
  return text ? absolute(text, base) : undefined;
}

const positiveInt = (value: unknown) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** image: a URL, an ImageObject, or a list of either. */
export function readImages(value: unknown, refs: Refs, base?: string): RecipeImage[] {
  const list = Array.isArray(value) ? value : [value];
  const images: RecipeImage[] = [];
  for (const raw of list.slice(0, 100)) {
    const item = resolve(raw, refs);
    const url = readUrl(item, refs, base);
    if (!url || url.length > 2000 || images.some((i) => i.url === url)) continue;
    const image: RecipeImage = { url };
    if (isNode(item)) {
      const width = positiveInt(item.width);
      const height = positiveInt(item.height);
      const caption = readText(item.caption, refs);
      if (width) image.width = width;
      if (height) image.height = height;
      if (caption) image.caption = clip(caption, 2000);
    }
    images.push(image);
  }
  return images;
}

export function readNutrition(value: unknown, refs: Refs): Record<string, string> | undefined {
  const node = resolve(Array.isArray(value) ? value[0] : value, refs);
  if (!isNode(node)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(node)) {
    if (key.startsWith("@") || key.length > 60) continue;
    const text = readText(raw, refs);
    if (text) out[key] = clip(text, 500);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const number = (value: unknown, refs: Refs) => {
  const text = readText(value, refs)?.replace(",", ".");
  const n = text === undefined ? Number.NaN : Number.parseFloat(text);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function readRating(value: unknown, refs: Refs): Recipe["rating"] | undefined {
  const node = resolve(value, refs);
  if (!isNode(node)) return undefined;
  const rating = number(node.ratingValue, refs);
  if (rating === undefined) return undefined;
  const count = number(node.ratingCount, refs) ?? number(node.reviewCount, refs);
  const best = number(node.bestRating, refs);
  return {
    value: rating,
    ...(count !== undefined && Number.isSafeInteger(count) && { count }),
    ...(best !== undefined && best > 0 && { best }),
  };
}

/** suitableForDiet: "https://schema.org/VeganDiet" → "Vegan". */
export function readDiets(value: unknown, refs: Refs): string[] {
  return readTexts(value, refs)
    .map((t) => t.slice(t.lastIndexOf("/") + 1).replace(/Diet$/, ""))
    .filter((t) => t !== "")
    .map((t) => clip(t, 500))
    .slice(0, 20);
}
