import type { RecipeInput } from "../../domain/recipe.js";
import { fail, ok, type Result } from "../../lib/result.js";
import { findSchemaRecipes } from "../find-schema-recipes.js";
import type { ArchiveImporter, ArchiveSource, CollectionEntry } from "../importer.js";
import { readSchemaRecipe } from "../read-schema-recipe.js";
import { noRecipes, skippedEntries } from "./archive-entries.js";
import { imageOf } from "./archive-fields.js";
import { listZipNames, readZip } from "./read-zip.js";

/** Nextcloud Cookbook: a folder per recipe ("<name>/recipe.json", a schema.org Recipe, beside
 *  full.jpg, thumb.jpg and thumb16.jpg), zipped for export. recipe.json is read with the same
 *  schema.org reading as web pages; full.jpg is the recipe's picture (the thumbnails are
 *  copies of it). A folder on disk is imported file by file as JSON-LD instead. */

export const NextcloudIssueCode = { Invalid: "NEXTCLOUD_INVALID" } as const;

const RECIPE_JSON = /\/recipe\.json$/;

function readRecipeJson(bytes: Uint8Array): Result<RecipeInput> {
  const found = findSchemaRecipes([new TextDecoder().decode(bytes)]);
  const node = found.recipes[0];
  if (!node) {
    return fail(NextcloudIssueCode.Invalid, found.broken > 0 ? "not JSON" : "no schema.org Recipe");
  }
  const recipe = readSchemaRecipe(node, found.byId, {});
  return recipe.title === ""
    ? fail(NextcloudIssueCode.Invalid, "the recipe has no name")
    : ok(recipe);
}

function importNextcloud(source: ArchiveSource): Result<CollectionEntry[]> {
  const zip = readZip(source.bytes);
  if (!zip.ok) return zip;
  const byName = new Map(zip.value.entries.map((e) => [e.name, e.bytes]));
  const entries = zip.value.entries
    .filter((e) => RECIPE_JSON.test(e.name))
    .map((e): CollectionEntry => {
      const folder = e.name.slice(0, e.name.length - "recipe.json".length);
      const full = byName.get(`${folder}full.jpg`);
      return {
        label: e.name,
        result: readRecipeJson(e.bytes),
        images: full ? [imageOf(`${folder}full.jpg`, full)] : [],
      };
    });
  const all = [...entries, ...skippedEntries(zip.value.skipped)];
  return all.length > 0 ? ok(all) : noRecipes("<name>/recipe.json entries");
}

function sniffNextcloud(source: ArchiveSource): number {
  return listZipNames(source.bytes).some((n) => RECIPE_JSON.test(n)) ? 0.85 : 0;
}

export const nextcloudImporter: ArchiveImporter = {
  id: "nextcloud",
  sniff: sniffNextcloud,
  importArchive: importNextcloud,
};
