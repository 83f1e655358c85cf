import { strToU8, zipSync } from "fflate";
import type { Recipe } from "../domain/recipe.js";
import { fail, ok, type Result } from "../lib/result.js";
import {
  exportPaprikaArchive,
  exportRecipeJsonLd,
  exportRecipeText,
  FILE_EXTENSIONS,
} from "./export-recipes.js";
import type { RecipeStore } from "./ports.js";
import type { Viewer } from "./recipe-access.js";

/** Formats a reader can download: one recipe, or a collection as one file. */
export const DOWNLOAD_FORMATS = ["cooklang", "markdown", "jsonld", "paprika"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export interface Download {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Uint8Array;
}

export interface DownloadRecipe {
  readonly recipe: Recipe;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const TEXT_TYPES = {
  cooklang: "text/plain; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
} as const;
const JSON_LD_TYPE = "application/ld+json; charset=utf-8";
const PAPRIKA_TYPE = "application/zip";

const jsonLdOf = (entry: DownloadRecipe, publicUrl: string) =>
  exportRecipeJsonLd(entry.recipe, publicUrl, {
    datePublished: entry.createdAt,
    dateModified: entry.updatedAt,
  });

/** One recipe as a file of the format, named after its slug. */
export function downloadRecipe(
  entry: DownloadRecipe,
  format: DownloadFormat,
  publicUrl: string,
): Download {
  const { slug } = entry.recipe;
  if (format === "cooklang" || format === "markdown") {
    const document = exportRecipeText(entry.recipe, format);
    return {
      fileName: document.fileName,
      contentType: TEXT_TYPES[format],
      body: strToU8(document.text),
    };
  }
  if (format === "jsonld") {
    return {
      fileName: `${slug}.jsonld`,
      contentType: JSON_LD_TYPE,
      body: strToU8(JSON.stringify(jsonLdOf(entry, publicUrl), null, 2)),
    };
  }
  return {
    fileName: `${slug}.paprikarecipes`,
    contentType: PAPRIKA_TYPE,
    body: exportPaprikaArchive([entry.recipe]),
  };
}

/** A collection as one file: a Paprika archive, a JSON-LD array (each recipe's nodes, its
 *  FAQPage beside it), or a zip of one .cook or .md file per recipe. */
export function downloadCollection(
  entries: readonly DownloadRecipe[],
  format: DownloadFormat,
  publicUrl: string,
  /** The file's name without extension ("claypot-recipes"). */
  baseName: string,
): Download {
  if (format === "paprika") {
    return {
      fileName: `${baseName}.paprikarecipes`,
      contentType: PAPRIKA_TYPE,
      body: exportPaprikaArchive(entries.map((e) => e.recipe)),
    };
  }
  if (format === "jsonld") {
    const nodes = entries.flatMap((e) => jsonLdOf(e, publicUrl));
    return {
      fileName: `${baseName}.jsonld`,
      contentType: JSON_LD_TYPE,
      body: strToU8(JSON.stringify(nodes, null, 2)),
    };
  }
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const document = exportRecipeText(entry.recipe, format);
    files[document.fileName] = strToU8(document.text);
  }
  return {
    fileName: `${baseName}-${FILE_EXTENSIONS[format].slice(1)}.zip`,
    contentType: "application/zip",
    body: zipSync(files),
  };
}

/** A user's own recipes, oldest first, read whole. The store has no listing by owner yet, so
 *  every recipe is walked in pages of 500 and the user's kept (see the README's notes). */
export async function listOwnRecipes(
  deps: { readonly store: RecipeStore },
  viewer: Viewer,
): Promise<Result<DownloadRecipe[]>> {
  if (viewer.kind !== "user") return fail("UNAUTHENTICATED", "sign in to export your recipes");
  const own: DownloadRecipe[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await deps.store.listStoredOf(viewer.user.id, {
      limit: 500,
      ...(afterId && { afterId }),
    });
    own.push(...page);
    const last = page.at(-1);
    if (!last || page.length < 500) break;
    afterId = last.id;
  }
  return ok(own);
}
