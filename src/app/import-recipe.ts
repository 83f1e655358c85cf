import type { Recipe } from "../domain/recipe.js";
import { validateRecipe } from "../domain/validate-recipe.js";
import { chooseImporter } from "../importers/registry.js";
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

/** Foreign bytes → a valid Recipe, or the issues that stop it. Writes nothing. */
export function importRecipe(input: ImportRecipeInput): Result<Recipe> {
  const decoded = decodeText(input.bytes, MAX_IMPORT_BYTES);
  if (!decoded.ok) return decoded;
  const source = {
    text: decoded.value,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.url !== undefined && { url: input.url }),
  };
  const chosen = chooseImporter(input.format, source);
  if (!chosen.ok) return chosen;
  const imported = chosen.value.importRecipe(source);
  if (!imported.ok) return imported;
  const draft = imported.value;
  const slug = draft.slug || slugify(draft.title ?? "") || "recipe";
  const validated = validateRecipe({ ...draft, slug });
  if (!validated.ok) return failWith(validated.issues);
  return ok(validated.value, [...imported.issues, ...validated.issues]);
}
