import { gzipSync, zipSync } from "fflate";
import { formatDuration } from "../../domain/duration.js";
import type { Recipe } from "../../domain/recipe.js";
import { contentHash } from "../../lib/content-hash.js";

/** Recipes → a Paprika 3 ".paprikarecipes" archive (zip of gzipped JSON, one per recipe), in
 *  the shape import-paprika reads. Paprika has no step sections, substitutes, timers or FAQ:
 *  steps become its directions (one a line), ingredient group titles become heading lines.
 *  Deterministic: the same recipes give the same bytes (fixed times, ids from the content). */

/** 1980-01-01, the earliest time a zip can hold: no clock is read. */
const FIXED_TIME = 315_532_800_000;

/** Paprika keeps an ingredient or a step a line: a line break inside one would split it. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");

export function toPaprikaJson(recipe: Recipe): Record<string, unknown> {
  const ingredients = recipe.ingredientGroups.flatMap((group) => [
    ...(group.title ? [`${oneLine(group.title)}:`] : []),
    ...group.ingredients.map((i) => oneLine(i.text)),
  ]);
  // Numbered, so that a step's own leading "2)" is not read back as numbering and dropped.
  const directions = recipe.stepGroups
    .flatMap((g) => g.steps.map((s) => oneLine(s.text)))
    .map((text, i) => `${i + 1}. ${text}`);
  const { times } = recipe;
  const body = {
    name: recipe.title,
    ingredients: ingredients.join("\n"),
    directions: directions.join("\n"),
    description: recipe.description ?? "",
    notes: recipe.authorNotes.join("\n\n"),
    nutritional_info: Object.entries(recipe.nutrition ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join("\n"),
    servings: recipe.yields?.text ?? "",
    prep_time: times.prep ? formatDuration(times.prep) : "",
    cook_time: times.cook ? formatDuration(times.cook) : "",
    total_time: times.total ? formatDuration(times.total) : "",
    categories: recipe.category,
    source: recipe.source.site ?? "",
    source_url: recipe.source.url ?? "",
    image_url: recipe.images[0]?.url ?? "",
    rating: recipe.rating ? Math.max(0, Math.min(5, Math.round(recipe.rating.value))) : 0,
    difficulty: "",
    photo_data: null,
    photos: [],
  };
  const hash = contentHash(body);
  return { uid: hash.slice(0, 36), hash, ...body };
}

export function writePaprikaArchive(recipes: readonly Recipe[]): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: number; level: 0 }]> = {};
  for (const recipe of recipes) {
    const json = new TextEncoder().encode(JSON.stringify(toPaprikaJson(recipe)));
    let name = `${recipe.slug}.paprikarecipe`;
    for (let n = 2; name in files; n++) name = `${recipe.slug}-${n}.paprikarecipe`;
    // Each entry is gzip already; storing it again deflated would gain nothing.
    files[name] = [gzipSync(json, { mtime: FIXED_TIME }), { mtime: FIXED_TIME, level: 0 }];
  }
  return zipSync(files);
}
