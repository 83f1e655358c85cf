import { type AddRecipeDeps, addRecipe } from "./add-recipe.js";
import { importRecipe } from "./import-recipe.js";

/** A new database starts with the bundled founding post, so the first page shows a recipe.
 *  The post is ours: if it does not import, that is a bug, and it says so loudly. */
export async function addExampleRecipe(deps: AddRecipeDeps, text: Uint8Array): Promise<string> {
  const imported = importRecipe({ bytes: text, format: "text", name: "example" });
  if (!imported.ok) {
    throw new Error(`the bundled example does not import: ${JSON.stringify(imported.issues)}`);
  }
  const { stored } = await addRecipe(deps, imported.value);
  return stored.recipe.slug;
}
