import { sameSecret } from "../lib/secret-token.js";
import type { Board, LibraryGrant, User } from "./account-ports.js";
import type { RecipeScope, StoredRecipe } from "./ports.js";

/** Who may see and change what: the one policy every route and listing goes through.
 *
 *  - public recipes: everyone; unlisted: also whoever holds the share link; private: nobody else.
 *  - a recipe's owner, members of the owner's household library, and admins see every recipe of
 *    theirs whatever its visibility; owners, "edit" members and admins may change it.
 *  - the site's own recipes (no owner: the seed, command-line imports) are kept by the admins.
 *  - listings never show unlisted recipes to others: a share link is for the one recipe.
 *  - boards: public boards to everyone, private ones to their owner, household and admins. */
export type Viewer =
  | { readonly kind: "anonymous" }
  | { readonly kind: "user"; readonly user: User; readonly libraries: readonly LibraryGrant[] };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

const isAdmin = (viewer: Viewer) => viewer.kind === "user" && viewer.user.role === "admin";

/** The viewer's rights over what `ownerId` keeps: "own", "edit", "read" or nothing. */
function rightsOver(
  viewer: Viewer,
  ownerId: string | undefined,
): "own" | "edit" | "read" | undefined {
  if (viewer.kind !== "user") return undefined;
  if (viewer.user.role === "admin") return "own";
  if (ownerId === undefined) return undefined;
  if (ownerId === viewer.user.id) return "own";
  return viewer.libraries.find((l) => l.ownerId === ownerId)?.access;
}

export function canSeeRecipe(
  viewer: Viewer,
  recipe: Pick<StoredRecipe, "ownerId" | "visibility" | "shareToken">,
  shareToken?: string,
): boolean {
  if (recipe.visibility === "public") return true;
  if (
    recipe.visibility === "unlisted" &&
    shareToken !== undefined &&
    recipe.shareToken !== undefined &&
    sameSecret(shareToken, recipe.shareToken)
  ) {
    return true;
  }
  return rightsOver(viewer, recipe.ownerId) !== undefined;
}

/** Changing covers its visibility and share link as much as its content. */
export function canChangeRecipe(viewer: Viewer, recipe: Pick<StoredRecipe, "ownerId">): boolean {
  const rights = rightsOver(viewer, recipe.ownerId);
  return rights === "own" || rights === "edit";
}

/** What listings, search and boards show this viewer beside public recipes. */
export function recipeScopeOf(viewer: Viewer): RecipeScope {
  if (viewer.kind !== "user") return { kind: "some", ownerIds: [] };
  if (isAdmin(viewer)) return { kind: "all" };
  return { kind: "some", ownerIds: [viewer.user.id, ...viewer.libraries.map((l) => l.ownerId)] };
}

export function canSeeBoard(viewer: Viewer, board: Pick<Board, "ownerId" | "visibility">): boolean {
  return board.visibility === "public" || rightsOver(viewer, board.ownerId) !== undefined;
}

export function canChangeBoard(viewer: Viewer, board: Pick<Board, "ownerId">): boolean {
  const rights = rightsOver(viewer, board.ownerId);
  return rights === "own" || rights === "edit";
}
