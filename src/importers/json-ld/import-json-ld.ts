import type { RecipeInput } from "../../domain/recipe.js";
import { fail, issue, ok, type Result } from "../../lib/result.js";
import { findSchemaRecipes } from "../find-schema-recipes.js";
import {
  type CollectionEntry,
  type Importer,
  ImportIssueCode,
  type ImportSource,
} from "../importer.js";
import { readSchemaRecipe } from "../read-schema-recipe.js";
import { readText } from "../read-schema-values.js";

/** schema.org Recipe files (.json, .jsonld): one Recipe, an array of them, an "@graph", or JSON
 *  Lines with one document a line (what `claypot export --to jsonld` prints for a collection).
 *  The same schema.org reading as the html importer, without a page around it. */

export const JsonLdIssueCode = {
  Invalid: "JSONLD_INVALID",
} as const;

/** One block for a JSON document; one a line for JSON Lines, which is not one JSON value. */
function blocksOf(text: string): string[] {
  const trimmed = text.trim();
  try {
    JSON.parse(trimmed);
    return [trimmed];
  } catch {
    const lines = trimmed.split("\n").filter((line) => line.trim() !== "");
    return lines.length > 1 ? lines : [trimmed];
  }
}

function importAll(source: ImportSource): Result<CollectionEntry[]> {
  const found = findSchemaRecipes(blocksOf(source.text));
  if (found.recipes.length === 0) {
    return found.broken > 0
      ? fail(JsonLdIssueCode.Invalid, "the file is not valid JSON")
      : fail(ImportIssueCode.NoRecipe, "the JSON holds no schema.org Recipe");
  }
  const broken =
    found.broken > 0
      ? [issue(JsonLdIssueCode.Invalid, `${found.broken} line(s) could not be read as JSON`)]
      : [];
  const entries = found.recipes.map((node, i): CollectionEntry => {
    const url = source.url ?? readText(node.url, found.byId);
    const recipe = readSchemaRecipe(node, found.byId, url === undefined ? {} : { url });
    const label = String(i + 1);
    if (recipe.title === "") {
      return { label, result: fail(ImportIssueCode.NoRecipe, "the Recipe has no name") };
    }
    return { label, result: ok(recipe, i === 0 ? broken : []) };
  });
  return ok(entries);
}

function importFirst(source: ImportSource): Result<RecipeInput> {
  const all = importAll(source);
  if (!all.ok) return all;
  return all.value[0]?.result ?? fail(ImportIssueCode.NoRecipe, "no Recipe in the JSON");
}

function sniffJsonLd(source: ImportSource): number {
  const head = source.text.slice(0, 4_000).trimStart();
  if (!head.startsWith("{") && !head.startsWith("[")) return 0;
  if (
    /"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?:\/\/schema\.org\/)?Recipe"/.test(
      source.text.slice(0, 200_000),
    )
  ) {
    return 1;
  }
  return source.name && /\.(?:json|jsonld)$/i.test(source.name) ? 0.6 : 0.3;
}

export const jsonLdImporter: Importer = {
  id: "jsonld",
  sniff: sniffJsonLd,
  importRecipe: importFirst,
  importRecipes: importAll,
};
