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

/** A picture that came inside an import (an archive's photo). The model keeps images as URLs
 *  and there is no blob store yet, so the bytes travel beside the recipe for the caller. */
export interface ImportedImage {
  /** The entry's name inside the archive, or a name made up for inline data ("photo.jpg"). */
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** One recipe of a source that holds several: its draft, or the issues that stop it alone. */
export interface CollectionEntry {
  /** Where in the source it was: "2" (second recipe of a file), "recipes/soup/soup.json". */
  readonly label: string;
  readonly result: Result<RecipeInput>;
  readonly images?: readonly ImportedImage[];
}

/** One foreign format → the domain model. Pure: no I/O, no clock, no randomness.
 *  Returns a recipe that still goes through `validateRecipe`, plus warnings as issues. */
export interface Importer {
  readonly id: string;
  /** How sure this importer is that it can read the source: 0 (no) to 1 (certain). */
  sniff(source: ImportSource): number;
  /** The source's recipe (the first, for a format that holds several). */
  importRecipe(source: ImportSource): Result<RecipeInput>;
  /** Formats that hold several recipes per file (Meal-Master, a JSON-LD array) give them all;
   *  a failed entry does not stop the others. Absent: the source is one recipe. */
  importRecipes?(source: ImportSource): Result<CollectionEntry[]>;
}

/** What an archive importer is handed: the file's bytes, undecoded. */
export interface ArchiveSource {
  readonly bytes: Uint8Array;
  readonly name?: string;
}

/** A format that is bytes, not text (a zip of recipes): always a collection. */
export interface ArchiveImporter {
  readonly id: string;
  sniff(source: ArchiveSource): number;
  importArchive(source: ArchiveSource): Result<CollectionEntry[]>;
}

/** Codes importers share; each importer may add its own. */
export const ImportIssueCode = {
  NoRecipe: "NO_RECIPE_FOUND",
  IngredientUnparsed: "INGREDIENT_UNPARSED",
  TitleGuessed: "TITLE_GUESSED",
} as const;
