import type { Recipe } from "../domain/recipe.js";
import type { ImportedImage } from "../importers/importer.js";
import { chooseArchiveImporter } from "../importers/registry.js";
import { ok, type Result } from "../lib/result.js";
import {
  chooseTextImporter,
  finishDraft,
  type ImportRecipeInput,
  readSource,
} from "./import-recipe.js";

/** A compressed archive may be this large (a Paprika export with photos); what it inflates to
 *  is bounded by the archive reader's own limits. */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

/** One recipe of an input that may hold several, validated, or why it alone failed. */
export interface ImportedRecipe {
  /** Where in the input it was ("2", "recipes/soup/soup.json"); empty for a one-recipe input. */
  readonly label: string;
  readonly result: Result<Recipe>;
  /** Pictures that came inside the input. The model keeps images as URLs and there is no blob
   *  store yet, so they are handed back for the caller to keep or drop. */
  readonly images: readonly ImportedImage[];
}

/** Foreign bytes → every recipe in them: an archive (Paprika, Mealie, Tandoor, Nextcloud), a
 *  text format with several recipes (Meal-Master, Open Recipe Format, JSON-LD lists), or one
 *  recipe. The whole input fails only when nothing in it can be read; a broken recipe inside
 *  is one failed entry beside the others. Writes nothing. */
export function importRecipes(input: ImportRecipeInput): Result<ImportedRecipe[]> {
  const archiveSource = {
    bytes: input.bytes,
    ...(input.name !== undefined && { name: input.name }),
  };
  const archive = chooseArchiveImporter(input.format, archiveSource);
  if (archive) {
    const all = archive.importArchive(archiveSource);
    if (!all.ok) return all;
    return ok(
      all.value.map((entry) => ({
        label: entry.label,
        result: finishDraft(entry.result),
        images: entry.images ?? [],
      })),
    );
  }
  const chosen = chooseTextImporter(input);
  if (!chosen.ok) return chosen;
  const { importer, source } = chosen.value;
  if (!importer.importRecipes) {
    return ok([{ label: "", result: finishDraft(readSource(importer, source)), images: [] }]);
  }
  const all = importer.importRecipes(source);
  if (!all.ok) return all;
  const entries = all.value.map((entry) => ({
    label: all.value.length === 1 ? "" : entry.label,
    result: finishDraft(entry.result),
    images: entry.images ?? [],
  }));
  return ok(entries);
}
