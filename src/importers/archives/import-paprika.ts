import { z } from "zod";
import type { RecipeInput } from "../../domain/recipe.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import type {
  ArchiveImporter,
  ArchiveSource,
  CollectionEntry,
  ImportedImage,
} from "../importer.js";
import {
  asDuration,
  asNames,
  asText,
  asYields,
  clip,
  imageOf,
  ingredientGroupsFromLines,
  isHttpUrl,
  paragraphsOf,
  stepsFromText,
} from "./archive-fields.js";
import {
  ArchiveIssueCode,
  DEFAULT_ARCHIVE_LIMITS,
  gunzipBounded,
  isGzip,
  isZip,
  listZipNames,
  readZip,
} from "./read-zip.js";

/** Paprika 3 exports: "Recipes.paprikarecipes" is a zip with one "<name>.paprikarecipe" per
 *  recipe, each a gzipped JSON object (name, ingredients and directions as text with a line
 *  each, servings, times as words, categories, source, notes, nutritional_info, rating 0–5,
 *  photo_data as base64 JPEG, photos[] with more). A lone .paprikarecipe is read as one recipe. */

export const PaprikaIssueCode = {
  Invalid: "PAPRIKA_INVALID",
  FieldUnmapped: "PAPRIKA_FIELD_UNMAPPED",
} as const;

const PaprikaRecipeSchema = z.looseObject({
  name: z.string(),
  ingredients: z.string().nullish(),
  directions: z.string().nullish(),
  description: z.string().nullish(),
  notes: z.string().nullish(),
  nutritional_info: z.string().nullish(),
  servings: z.union([z.string(), z.number()]).nullish(),
  prep_time: z.union([z.string(), z.number()]).nullish(),
  cook_time: z.union([z.string(), z.number()]).nullish(),
  total_time: z.union([z.string(), z.number()]).nullish(),
  difficulty: z.string().nullish(),
  rating: z.number().nullish(),
  categories: z.array(z.unknown()).nullish(),
  source: z.string().nullish(),
  source_url: z.string().nullish(),
  image_url: z.string().nullish(),
  photo: z.string().nullish(),
  photo_data: z.string().nullish(),
  photos: z
    .array(z.looseObject({ filename: z.string().nullish(), data: z.string().nullish() }))
    .nullish(),
});
type PaprikaRecipe = z.infer<typeof PaprikaRecipeSchema>;

/** "Calories: 250\nFat: 9 g" → { calories: "250", fat: "9 g" }; other lines stay words. */
function readNutrition(text: string | undefined): {
  nutrition?: Record<string, string>;
  rest: string[];
} {
  const nutrition: Record<string, string> = {};
  const rest: string[] = [];
  for (const line of (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const pair = /^([^:]{1,60}):\s*(.+)$/.exec(line);
    if (pair?.[1] && pair[2]) nutrition[pair[1].trim().toLowerCase()] = clip(pair[2].trim(), 500);
    else rest.push(line);
  }
  return Object.keys(nutrition).length > 0 ? { nutrition, rest } : { rest };
}

function decodeBase64(data: string | null | undefined, max: number): Uint8Array | undefined {
  if (!data || data.length > (max * 4) / 3 + 4) return undefined;
  const bytes = Buffer.from(data, "base64");
  return bytes.length > 0 ? new Uint8Array(bytes) : undefined;
}

export function paprikaToRecipe(p: PaprikaRecipe): {
  recipe: RecipeInput;
  issues: Issue[];
  images: ImportedImage[];
} {
  const issues: Issue[] = [];
  const title = clip(p.name.trim() || "Untitled recipe", 300);
  const { nutrition, rest } = readNutrition(p.nutritional_info ?? undefined);
  const yields = asYields(p.servings);
  const times = {
    ...(asDuration(p.prep_time) && { prep: asDuration(p.prep_time) }),
    ...(asDuration(p.cook_time) && { cook: asDuration(p.cook_time) }),
    ...(asDuration(p.total_time) && { total: asDuration(p.total_time) }),
  };
  const site = asText(p.source);
  const url = asText(p.source_url);
  const images: ImportedImage[] = [];
  const main = decodeBase64(p.photo_data, DEFAULT_ARCHIVE_LIMITS.maxEntryBytes);
  if (main) images.push(imageOf(p.photo || "photo.jpg", main));
  for (const [i, photo] of (p.photos ?? []).entries()) {
    const bytes = decodeBase64(photo.data, DEFAULT_ARCHIVE_LIMITS.maxEntryBytes);
    if (bytes) images.push(imageOf(photo.filename || `photo-${i + 1}.jpg`, bytes));
  }
  if (p.difficulty) {
    issues.push(
      issue(
        PaprikaIssueCode.FieldUnmapped,
        `difficulty "${p.difficulty}" has no place in the recipe`,
        ["difficulty"],
      ),
    );
  }
  const description = asText(p.description);
  const recipe: RecipeInput = {
    title,
    slug: slugify(title) || "recipe",
    ...(description && { description: clip(description, 5_000) }),
    authorNotes: [
      ...paragraphsOf(p.notes ?? undefined),
      ...(rest.length > 0 ? [rest.join(" ")] : []),
    ],
    ingredientGroups: ingredientGroupsFromLines((p.ingredients ?? "").split("\n")),
    stepGroups: (() => {
      const steps = stepsFromText(p.directions ?? undefined);
      return steps.length > 0 ? [{ steps }] : [];
    })(),
    ...(yields && { yields }),
    times,
    category: asNames(p.categories, 20),
    ...(nutrition && { nutrition }),
    ...(p.rating && p.rating > 0 && { rating: { value: p.rating, best: 5 } }),
    images: isHttpUrl(p.image_url ?? undefined) ? [{ url: p.image_url as string }] : [],
    source: {
      ...(isHttpUrl(url) && { url }),
      ...(site && { site: clip(site, 500) }),
    },
  };
  return { recipe, issues, images };
}

function readEntry(label: string, bytes: Uint8Array): CollectionEntry {
  const json = isGzip(bytes)
    ? gunzipBounded(bytes, DEFAULT_ARCHIVE_LIMITS.maxEntryBytes)
    : ok(bytes);
  if (!json.ok) return { label, result: json };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(json.value));
  } catch {
    return { label, result: fail(PaprikaIssueCode.Invalid, "not JSON") };
  }
  const parsed = PaprikaRecipeSchema.safeParse(data);
  if (!parsed.success) {
    return {
      label,
      result: fail(
        PaprikaIssueCode.Invalid,
        `not a Paprika recipe: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
      ),
    };
  }
  const { recipe, issues, images } = paprikaToRecipe(parsed.data);
  return { label, result: ok(recipe, issues), images };
}

function importPaprika(source: ArchiveSource): Result<CollectionEntry[]> {
  if (isGzip(source.bytes)) return ok([readEntry(source.name ?? "recipe", source.bytes)]);
  const zip = readZip(source.bytes);
  if (!zip.ok) return zip;
  const entries = zip.value.entries
    .filter((e) => /\.paprikarecipe$/i.test(e.name))
    .map((e) => readEntry(e.name, e.bytes));
  const skipped = zip.value.skipped.map(
    (s): CollectionEntry => ({
      label: String(s.path[0] ?? "?"),
      result: { ok: false, issues: [s] },
    }),
  );
  if (entries.length === 0 && skipped.length === 0) {
    return fail(ArchiveIssueCode.NotArchive, "the archive holds no .paprikarecipe entries");
  }
  return ok([...entries, ...skipped]);
}

function sniffPaprika(source: ArchiveSource): number {
  if (
    source.name &&
    /\.paprikarecipes?$/i.test(source.name) &&
    (isZip(source.bytes) || isGzip(source.bytes))
  )
    return 1;
  return listZipNames(source.bytes).some((n) => /\.paprikarecipe$/i.test(n)) ? 0.9 : 0;
}

export const paprikaImporter: ArchiveImporter = {
  id: "paprika",
  sniff: sniffPaprika,
  importArchive: importPaprika,
};
