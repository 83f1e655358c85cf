import type { Recipe } from "../domain/recipe.js";
import { writePaprikaArchive } from "../importers/archives/write-paprika.js";
import { writeCooklang } from "../importers/cooklang/write-cooklang.js";
import { writeMarkdown } from "../importers/markdown/write-markdown.js";
import { type JsonLdContext, recipePageUrl, toJsonLdPayload } from "./recipe-json-ld.js";

/** Kept recipes in another app's format. Text formats give one document per recipe (a file
 *  named after its slug); Paprika gives one archive for them all. */

export const EXPORT_FORMATS = ["json", "jsonld", "cooklang", "markdown", "paprika"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats written as one file per recipe, with their extension. */
export const FILE_EXTENSIONS: Readonly<Record<"cooklang" | "markdown", string>> = {
  cooklang: ".cook",
  markdown: ".md",
};

export interface ExportedDocument {
  /** "<slug>.cook", "<slug>.md". */
  readonly fileName: string;
  readonly text: string;
}

export function exportRecipeText(
  recipe: Recipe,
  format: "cooklang" | "markdown",
): ExportedDocument {
  const text = format === "cooklang" ? writeCooklang(recipe) : writeMarkdown(recipe);
  return { fileName: `${recipe.slug}${FILE_EXTENSIONS[format]}`, text };
}

/** schema.org JSON-LD as the recipe's page publishes it. */
export function exportRecipeJsonLd(
  recipe: Recipe,
  publicUrl: string,
  dates?: Omit<JsonLdContext, "pageUrl">,
) {
  return toJsonLdPayload(recipe, { pageUrl: recipePageUrl(publicUrl, recipe.slug), ...dates });
}

/** One Paprika ".paprikarecipes" archive with every recipe. */
export function exportPaprikaArchive(recipes: readonly Recipe[]): Uint8Array {
  return writePaprikaArchive(recipes);
}
