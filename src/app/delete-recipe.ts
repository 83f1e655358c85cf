import { fail, ok, type Result } from "../lib/result.js";
import type { RecipeStore } from "./ports.js";
import { type ReaderAccess, RecipeQueryCode } from "./read-recipes.js";
import { findChangeableRecipe } from "./share-recipe.js";

/** Deletes a recipe, with its pins, ratings and drafts, for whoever may change it. */
export async function deleteRecipe(
  deps: { readonly store: RecipeStore },
  access: ReaderAccess,
  slug: string,
): Promise<Result<{ readonly id: string; readonly slug: string }>> {
  const found = await findChangeableRecipe(deps, access, slug);
  if (!found.ok) return found;
  const deleted = await deps.store.delete(found.value.id);
  return deleted
    ? ok({ id: found.value.id, slug: found.value.recipe.slug })
    : fail(RecipeQueryCode.NotFound, `no recipe "${slug}"`, ["slug"]);
}
