import { describeRecipe } from "../domain/describe-recipe.js";
import { validateRecipe } from "../domain/validate-recipe.js";
import { fail, failWith, ok, type Result } from "../lib/result.js";
import { hashOf } from "./add-recipe.js";
import type { Clock, RecipeStore, StoredRecipe } from "./ports.js";
import { type ReaderAccess, RecipeQueryCode } from "./read-recipes.js";
import { findChangeableRecipe } from "./share-recipe.js";

export interface UpdateRecipeDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
}

/** Replaces a recipe's content with `data` (a whole recipe, checked here) for whoever may change
 *  it. The slug stays: links to the recipe keep working whatever its new title. Invalid data
 *  changes nothing and says why at each field. */
export async function updateRecipe(
  deps: UpdateRecipeDeps,
  access: ReaderAccess,
  slug: string,
  data: unknown,
): Promise<Result<StoredRecipe>> {
  const found = await findChangeableRecipe(deps, access, slug);
  if (!found.ok) return found;
  const slugged =
    typeof data === "object" && data !== null ? { ...data, slug: found.value.recipe.slug } : data;
  const valid = validateRecipe(slugged);
  if (!valid.ok) return failWith(valid.issues);
  const summary = describeRecipe(valid.value);
  const updated = await deps.store.update(found.value.id, {
    recipe: valid.value,
    ...(summary !== undefined && { summary }),
    contentHash: hashOf(valid.value),
    now: deps.clock.now(),
  });
  // Deleted between the read and the write: as gone as if it never was.
  return updated ? ok(updated) : fail(RecipeQueryCode.NotFound, `no recipe "${slug}"`, ["slug"]);
}
