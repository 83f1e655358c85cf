import type { Recipe } from "../domain/recipe.js";
import type { Result } from "../lib/result.js";
import { importRecipe } from "./import-recipe.js";
import type { Fetcher } from "./ports.js";

export interface ImportFromUrlDeps {
  readonly fetchPage: Fetcher;
}

/** A recipe page's address → a valid Recipe: fetched safely, then read as any page, with the
 *  final address (after redirects) as its source. Writes nothing. */
export async function importRecipeFromUrl(
  deps: ImportFromUrlDeps,
  url: string,
): Promise<Result<Recipe>> {
  const fetched = await deps.fetchPage(url);
  if (!fetched.ok) return fetched;
  const page = fetched.value;
  const name = new URL(page.url).pathname.split("/").pop() || page.url;
  return importRecipe({
    bytes: page.bytes,
    format: page.contentType.includes("html") ? "html" : "auto",
    name,
    url: page.url,
  });
}
