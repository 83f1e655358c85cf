import type { Duration } from "../../domain/duration.js";
import { readAmount } from "../../domain/read-amount.js";
import { readDuration } from "../../domain/read-timers.js";
import { readYields } from "../../domain/read-yields.js";
import type { RecipeInput } from "../../domain/recipe.js";

/** Cooklang metadata (front matter or ">>" lines) → recipe fields. Keys are the spec's canonical
 *  ones, read case-insensitively ("Prep Time", "prep_time", "prep time"); a key the model has no
 *  field for is returned in `unmapped` so the import can say what it left out. */

export type MetadataFields = Partial<
  Pick<
    RecipeInput,
    | "title"
    | "description"
    | "language"
    | "keywords"
    | "category"
    | "cuisine"
    | "diets"
    | "yields"
    | "times"
    | "source"
    | "images"
    | "equipment"
  >
>;

const keyOf = (key: string) =>
  key
    .toLowerCase()
    .replace(/[\s_.-]+/g, " ")
    .trim();

function asText(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return undefined;
}

/** YAML lists and "a, b" strings alike. */
function asList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(asText) : (asText(value)?.split(",") ?? []);
  return items.flatMap((item) => (item?.trim() ? [item.trim().slice(0, 500)] : []));
}

/** A bare number is minutes, as in cooklang-rs; otherwise "1 hour 30 minutes" and the like. */
function asDuration(value: unknown): Duration | undefined {
  const text = asText(value);
  if (text === undefined) return undefined;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return readDuration(text);
  const seconds = Math.round(Number(text) * 60);
  // "999999999999999999" minutes is no time the model can count in whole seconds.
  return Number.isSafeInteger(seconds) ? { min: seconds } : undefined;
}

function asYields(value: unknown): RecipeInput["yields"] {
  const text = asText(value);
  if (text === undefined) return undefined;
  // "2|4|6" lists the servings a recipe is written for; the first is the recipe as written.
  const first = text.split("|")[0]?.trim() ?? text;
  // "Serves 4" needs the domain's labels; "4 servings" is an amount and its unit.
  const labelled = /^\p{L}/u.test(first) ? readYields(first) : undefined;
  if (labelled) return { ...labelled, text: text.slice(0, 500) };
  const amount = readAmount(first);
  if (!amount || amount.article) return undefined;
  const unit = amount.rest.trim();
  return { quantity: amount.quantity, ...(unit && { unit }), text: text.slice(0, 500) };
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

export function readCooklangMetadata(metadata: Readonly<Record<string, unknown>>): {
  fields: MetadataFields;
  unmapped: string[];
} {
  const fields: MetadataFields = {};
  const times: NonNullable<MetadataFields["times"]> = {};
  const source: NonNullable<MetadataFields["source"]> = {};
  const unmapped: string[] = [];
  for (const [rawKey, value] of Object.entries(metadata)) {
    const key = keyOf(rawKey);
    const text = asText(value);
    switch (key) {
      case "title":
      case "name":
        if (text) fields.title = text.slice(0, 300);
        break;
      case "description":
      case "introduction":
        if (text) fields.description = text.slice(0, 5_000);
        break;
      case "locale":
      case "lang":
      case "language":
        if (text && text.length <= 35) fields.language = text;
        break;
      case "tags":
      case "keywords":
        fields.keywords = asList(value);
        break;
      case "course":
      case "category":
      case "categories":
        fields.category = asList(value).slice(0, 20);
        break;
      case "cuisine":
        fields.cuisine = asList(value).slice(0, 20);
        break;
      case "diet":
      case "diets":
        fields.diets = asList(value).slice(0, 20);
        break;
      case "servings":
      case "serves":
      case "yield":
      case "yields": {
        const yields = asYields(value);
        if (yields) fields.yields = yields;
        else unmapped.push(rawKey);
        break;
      }
      case "prep time":
      case "cook time":
      case "time":
      case "total time":
      case "time required":
      case "duration": {
        const duration = asDuration(value);
        const slot = key === "prep time" ? "prep" : key === "cook time" ? "cook" : "total";
        if (duration) times[slot] = duration;
        else unmapped.push(rawKey);
        break;
      }
      case "source":
      case "source url":
      case "url":
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          // cooklang-rs writes `source: { name, url, author }`.
          const parts = value as Record<string, unknown>;
          const [name, url, author] = [asText(parts.name), asText(parts.url), asText(parts.author)];
          if (name) source.site = name.slice(0, 500);
          if (url) source.url = url.slice(0, 2_000);
          if (author) source.author = author.slice(0, 500);
        } else if (text && isUrl(text)) source.url = text.slice(0, 2_000);
        else if (text) source.site = text.slice(0, 500);
        break;
      case "source name":
      case "site":
        if (text) source.site = text.slice(0, 500);
        break;
      case "author":
      case "source author":
        if (text) source.author = text.slice(0, 500);
        break;
      // Not in the spec: where Claypot's own export keeps cookware no step names.
      case "cookware":
      case "equipment":
        fields.equipment = asList(value).slice(0, 100);
        break;
      case "image":
      case "images":
      case "picture":
      case "pictures":
        fields.images = asList(value).map((url) => ({ url }));
        break;
      default:
        unmapped.push(rawKey);
    }
  }
  if (Object.keys(times).length > 0) fields.times = times;
  if (Object.keys(source).length > 0) fields.source = source;
  return { fields, unmapped };
}
