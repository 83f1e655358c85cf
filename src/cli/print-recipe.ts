import { recipePageUrl, toJsonLdPayload } from "../app/recipe-json-ld.js";
import type { Recipe } from "../domain/recipe.js";
import type { Issue } from "../lib/result.js";

export const OUTPUTS = ["json", "jsonld"] as const;
export type Output = (typeof OUTPUTS)[number];

/** A recipe as the command line prints it: the model itself, or schema.org JSON-LD. */
export function renderRecipe(
  recipe: Recipe,
  to: Output,
  publicUrl: string,
  dates?: { created: Date },
): unknown {
  if (to === "json") return recipe;
  const pageUrl = recipePageUrl(publicUrl, recipe.slug);
  return toJsonLdPayload(recipe, { pageUrl, ...(dates && { datePublished: dates.created }) });
}

/** The line an input that failed prints in place of its document. */
export function errorLine(input: string, issue: Issue | undefined): string {
  return JSON.stringify({
    input,
    error: { code: issue?.code ?? "UNKNOWN", message: issue?.message ?? "failed" },
  });
}
