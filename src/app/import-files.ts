import type { Recipe } from "../domain/recipe.js";
import type { Issue } from "../lib/result.js";
import type { AddRecipeDeps, RecipeOwnership } from "./add-recipe.js";
import { type AddOutcome, addRecipes } from "./add-recipes.js";
import { importRecipes } from "./import-recipes.js";
import { keepImportedImages } from "./keep-imported-images.js";
import type { BlobStore } from "./ports.js";

/** An uploaded file: its name (to guess the format) and its bytes. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What became of one recipe of an upload (or of a whole file that could not be read). */
export interface ImportFileEntry {
  readonly file: string;
  /** Where in the file ("Pancakes.paprikarecipe", "2"); empty for a one-recipe file. */
  readonly label: string;
  readonly outcome: "imported" | "skipped" | "failed";
  readonly slug?: string;
  readonly title?: string;
  /** Why it failed (its first issue's code), or why it was skipped ("same-content"). */
  readonly code?: string;
  readonly message?: string;
  /** Pictures from the archive kept with the recipe. */
  readonly images: number;
  /** Notes that did not stop it (a picture that could not be read, a guessed title). */
  readonly notes: readonly Issue[];
}

export interface ImportFilesDeps extends AddRecipeDeps {
  /** Where pictures inside archives go; absent, they are dropped with a note. */
  readonly blobs?: BlobStore;
}

/** Recipes per transaction, as the command line's bulk import. */
const BATCH = 200;

type Pending = {
  readonly file: string;
  readonly label: string;
  readonly recipe: Recipe;
  readonly images: number;
  readonly notes: Issue[];
};

/** Files of any format Claypot reads (archives included) → recipes kept for `owner`, one
 *  report line per recipe, in upload order. A file or recipe that fails does so alone; recipes
 *  kept already (same content or source URL) are skipped, as in a bulk import. */
export async function importFiles(
  deps: ImportFilesDeps,
  files: readonly UploadedFile[],
  owner: RecipeOwnership,
): Promise<ImportFileEntry[]> {
  const slots: (ImportFileEntry | Pending)[] = [];
  for (const file of files) {
    const all = importRecipes({ bytes: file.bytes, format: "auto", name: file.name });
    if (!all.ok) {
      slots.push(failed(file.name, "", all.issues));
      continue;
    }
    for (const entry of all.value) {
      if (!entry.result.ok) {
        slots.push(failed(file.name, entry.label, entry.result.issues));
        continue;
      }
      const notes = [...entry.result.issues];
      let recipe = entry.result.value;
      let images = 0;
      if (entry.images.length > 0 && deps.blobs) {
        const kept = await keepImportedImages({ blobs: deps.blobs }, recipe, entry.images);
        images = kept.recipe.images.length - recipe.images.length;
        recipe = kept.recipe;
        notes.push(...kept.issues);
      } else if (entry.images.length > 0) {
        notes.push({
          code: "IMAGES_NOT_KEPT",
          path: ["images"],
          message: `${entry.images.length} picture(s) not kept: this site has no image store`,
        });
      }
      slots.push({ file: file.name, label: entry.label, recipe, images, notes });
    }
  }
  const pending = slots.filter((s): s is Pending => "recipe" in s);
  const outcomes: AddOutcome[] = [];
  for (let at = 0; at < pending.length; at += BATCH) {
    const batch = pending.slice(at, at + BATCH).map((p) => p.recipe);
    outcomes.push(...(await addRecipes(deps, batch, undefined, owner)));
  }
  let k = 0;
  return slots.map((slot) => {
    if (!("recipe" in slot)) return slot;
    const outcome = outcomes[k++]!;
    const base = { file: slot.file, label: slot.label, images: slot.images, notes: slot.notes };
    return outcome.kind === "created"
      ? {
          ...base,
          outcome: "imported",
          slug: outcome.stored.recipe.slug,
          title: outcome.stored.recipe.title,
        }
      : {
          ...base,
          outcome: "skipped",
          title: slot.recipe.title,
          code: "ALREADY_KEPT",
          message:
            outcome.reason === "same-content"
              ? "already kept (the same recipe)"
              : "already kept (the same source address)",
        };
  });
}

function failed(file: string, label: string, issues: readonly Issue[]): ImportFileEntry {
  const [first] = issues;
  return {
    file,
    label,
    outcome: "failed",
    code: first?.code ?? "IMPORT_FAILED",
    message: first?.message ?? "could not be read",
    images: 0,
    notes: [],
  };
}
