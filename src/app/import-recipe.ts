import type { Recipe, RecipeInput } from "../domain/recipe.js";
import { validateRecipe } from "../domain/validate-recipe.js";
import { HtmlIssueCode } from "../importers/html/import-html.js";
import { readPageSource } from "../importers/html/read-page-facts.js";
import { readRecipeRegionText } from "../importers/html/read-recipe-region.js";
import type { Importer, ImportSource } from "../importers/importer.js";
import { chooseImporter } from "../importers/registry.js";
import { textImporter } from "../importers/text/import-text.js";
import { decodeText } from "../lib/decode-text.js";
import { failWith, ok, type Result } from "../lib/result.js";
import { slugify } from "../lib/slug.js";

/** Larger than any recipe post; a bound so a hostile upload cannot tie up the parser. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportRecipeInput {
  readonly bytes: Uint8Array;
  /** "auto" or an importer id such as "text". */
  readonly format: string;
  readonly name?: string;
  readonly url?: string;
}

/** A page without structured data is still a post: the text importer reads its recipe region,
 *  and the html importer's NO_STRUCTURED_RECIPE stays as a note of how it was read. */
export function readSource(importer: Importer, source: ImportSource): Result<RecipeInput> {
  const imported = importer.importRecipe(source);
  if (imported.ok || !imported.issues.some((i) => i.code === HtmlIssueCode.NoStructuredRecipe)) {
    return imported;
  }
  const fromText = textImporter.importRecipe({
    ...source,
    text: readRecipeRegionText(source.text),
  });
  if (!fromText.ok) return failWith<RecipeInput>([...imported.issues, ...fromText.issues]);
  return ok(withPageSource(fromText.value, readPageSource(source)), [
    ...imported.issues,
    ...fromText.issues,
  ]);
}

/** A recipe read from a page's text, with what the page's head says where the text said nothing. */
function withPageSource(recipe: RecipeInput, page: ReturnType<typeof readPageSource>): RecipeInput {
  return {
    ...recipe,
    // The page's canonical address over the one it was fetched from, as for structured pages.
    source: { ...recipe.source, ...page.source },
    ...(recipe.language === undefined &&
      page.language !== undefined && { language: page.language }),
    images: (recipe.images ?? []).length > 0 ? recipe.images : page.images,
  };
}

/** The bytes decoded as text and the importer `format` names (or that recognises them). */
export function chooseTextImporter(
  input: ImportRecipeInput,
): Result<{ importer: Importer; source: ImportSource }> {
  const decoded = decodeText(input.bytes, MAX_IMPORT_BYTES);
  if (!decoded.ok) return decoded;
  const source = {
    text: decoded.value,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.url !== undefined && { url: input.url }),
  };
  const chosen = chooseImporter(input.format, source);
  return chosen.ok ? ok({ importer: chosen.value, source }) : chosen;
}

/** Foreign bytes → a valid Recipe, or the issues that stop it. Writes nothing. */
export function importRecipe(input: ImportRecipeInput): Result<Recipe> {
  const chosen = chooseTextImporter(input);
  if (!chosen.ok) return chosen;
  return finishDraft(readSource(chosen.value.importer, chosen.value.source));
}

/** An importer's draft → a valid Recipe: a slug when it has none, then the model's rules. */
export function finishDraft(imported: Result<RecipeInput>): Result<Recipe> {
  if (!imported.ok) return imported;
  const draft = imported.value;
  const slug = draft.slug || slugify(draft.title ?? "") || "recipe";
  const validated = validateRecipe({ ...draft, slug });
  if (!validated.ok) return failWith(validated.issues);
  return ok(validated.value, [...imported.issues, ...validated.issues]);
}
