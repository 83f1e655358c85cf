import { fail, ok, type Result } from "../lib/result.js";
import { newSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Clock, RecipeStore, StoredRecipe, Visibility } from "./ports.js";
import { getRecipe, type ReaderAccess } from "./read-recipes.js";
import { canChangeRecipe } from "./recipe-access.js";

export interface ShareRecipeDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
}

/** The recipe, when the viewer may change it: not found when they may not even see it, else
 *  "sign in" for strangers and "forbidden" for readers. */
export async function findChangeableRecipe(
  deps: { readonly store: RecipeStore },
  access: ReaderAccess,
  slug: string,
): Promise<Result<StoredRecipe>> {
  const found = await getRecipe(deps, slug, access);
  if (!found.ok) return found;
  if (canChangeRecipe(access.viewer, found.value)) return found;
  return access.viewer.kind === "anonymous"
    ? fail(AccountIssueCode.Unauthenticated, "sign in to change this recipe")
    : fail(AccountIssueCode.Forbidden, "this recipe is not yours to change");
}

export async function setRecipeVisibility(
  deps: ShareRecipeDeps,
  access: ReaderAccess,
  slug: string,
  visibility: Visibility,
): Promise<Result<StoredRecipe>> {
  const found = await findChangeableRecipe(deps, access, slug);
  if (!found.ok) return found;
  await deps.store.setVisibility(found.value.id, visibility, deps.clock.now());
  return ok({ ...found.value, visibility });
}

/** A new share link (any earlier one stops working). A private recipe becomes unlisted: a link
 *  is only worth making to be followed. */
export async function createShareLink(
  deps: ShareRecipeDeps,
  access: ReaderAccess,
  slug: string,
): Promise<Result<StoredRecipe & { shareToken: string }>> {
  const found = await findChangeableRecipe(deps, access, slug);
  if (!found.ok) return found;
  const now = deps.clock.now();
  const shareToken = newSecretToken();
  await deps.store.setShareToken(found.value.id, shareToken, now);
  const visibility = found.value.visibility === "private" ? "unlisted" : found.value.visibility;
  if (visibility !== found.value.visibility)
    await deps.store.setVisibility(found.value.id, visibility, now);
  return ok({ ...found.value, visibility, shareToken });
}

export async function revokeShareLink(
  deps: ShareRecipeDeps,
  access: ReaderAccess,
  slug: string,
): Promise<Result<StoredRecipe>> {
  const found = await findChangeableRecipe(deps, access, slug);
  if (!found.ok) return found;
  await deps.store.setShareToken(found.value.id, null, deps.clock.now());
  const { shareToken: _, ...rest } = found.value;
  return ok(rest);
}
