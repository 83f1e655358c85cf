import type { RecipeInput } from "../domain/recipe.js";
import type { Result } from "../lib/result.js";

/** What an importer is handed: decoded text, plus where it came from when known. */
export interface ImportSource {
  readonly text: string;
  /** File name or "-" for stdin; used in messages and to guess the format. */
  readonly name?: string;
  /** The page's address, for URL imports and `source.url`. */
  readonly url?: string;
}

/** One foreign format → the domain model. Pure: no I/O, no clock, no randomness.
 *  Returns a recipe that still goes through `validateRecipe`, plus warnings as issues. */
export interface Importer {
  readonly id: string;
  /** How sure this importer is that it can read the source: 0 (no) to 1 (certain). */
  sniff(source: ImportSource): number;
  importRecipe(source: ImportSource): Result<RecipeInput>;
}

/** Codes importers share; each importer may add its own. */
export const ImportIssueCode = {
  NoRecipe: "NO_RECIPE_FOUND",
  IngredientUnparsed: "INGREDIENT_UNPARSED",
  TitleGuessed: "TITLE_GUESSED",
} as const;
