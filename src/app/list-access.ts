import { sameSecret } from "../lib/secret-token.js";
import type { Viewer } from "./recipe-access.js";
import type { ShoppingList } from "./shopping-list-ports.js";

/** Who may see and change a shopping list: the one policy every list route goes through.
 *
 *  - its owner reads and changes it;
 *  - members of the owner's household (read or edit) read it: a list is shared, not handed over;
 *  - whoever holds its share link reads it, until the owner revokes the link;
 *  - nobody else, admins included: a list is a person's errand, not site content. */
export type ListRights = "change" | "read";

export function listRightsOf(
  viewer: Viewer,
  list: Pick<ShoppingList, "ownerId" | "shareToken">,
  shareToken?: string,
): ListRights | undefined {
  if (viewer.kind === "user" && viewer.user.id === list.ownerId) return "change";
  if (viewer.kind === "user" && viewer.libraries.some((l) => l.ownerId === list.ownerId)) {
    return "read";
  }
  const linked =
    shareToken !== undefined &&
    list.shareToken !== undefined &&
    sameSecret(shareToken, list.shareToken);
  return linked ? "read" : undefined;
}
