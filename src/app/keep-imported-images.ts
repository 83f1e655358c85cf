import type { Recipe, RecipeImage } from "../domain/recipe.js";
import type { ImportedImage } from "../importers/importer.js";
import { type Issue, issue } from "../lib/result.js";
import type { BlobStore } from "./ports.js";
import { uploadImage } from "./upload-image.js";

/** A Paprika recipe may carry a dozen photos; each costs nine encodes, so the first few do. */
export const MAX_IMAGES_PER_RECIPE = 4;

/** The pictures that came inside an archive, kept as uploaded images (variants in the blob
 *  store) ahead of the recipe's own image links. A picture that cannot be read is a note, not a
 *  failure: the recipe is kept without it. */
export async function keepImportedImages(
  deps: { readonly blobs: BlobStore },
  recipe: Recipe,
  images: readonly ImportedImage[],
): Promise<{ recipe: Recipe; issues: Issue[] }> {
  const kept: RecipeImage[] = [];
  const issues: Issue[] = [];
  for (const image of images.slice(0, MAX_IMAGES_PER_RECIPE)) {
    const uploaded = await uploadImage(deps, image.bytes, recipe.title);
    if (uploaded.ok) kept.push(uploaded.value);
    else
      issues.push(
        issue(
          uploaded.issues[0]?.code ?? "IMAGE_UNREADABLE",
          `${image.name}: ${uploaded.issues[0]?.message ?? "not kept"}`,
          ["images"],
        ),
      );
  }
  if (images.length > MAX_IMAGES_PER_RECIPE) {
    issues.push(
      issue(
        "IMAGES_DROPPED",
        `${images.length - MAX_IMAGES_PER_RECIPE} more picture(s) were not kept (at most ${MAX_IMAGES_PER_RECIPE} a recipe)`,
        ["images"],
      ),
    );
  }
  if (kept.length === 0) return { recipe, issues };
  return { recipe: { ...recipe, images: [...kept, ...recipe.images] }, issues };
}
