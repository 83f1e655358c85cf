import { fail, ok, type Result } from "../lib/result.js";
import { newSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import { listRightsOf } from "./list-access.js";
import type { Clock, RecipeStore } from "./ports.js";
import type { Viewer } from "./recipe-access.js";
import type { ShoppingList, ShoppingListItem, ShoppingListStore } from "./shopping-list-ports.js";

export interface ShoppingListDeps {
  readonly shoppingLists: ShoppingListStore;
  readonly store: RecipeStore;
  readonly clock: Clock;
}

export const ListIssueCode = {
  NotFound: "LIST_NOT_FOUND",
  ItemNotFound: "LIST_ITEM_NOT_FOUND",
} as const;

export const MAX_LIST_NAME = 100;

const notFound = () => fail<never>(ListIssueCode.NotFound, "no such shopping list", ["id"]);

function nameOf(input: string): Result<string> {
  const name = input.trim().slice(0, MAX_LIST_NAME);
  return name ? ok(name) : fail("BAD_REQUEST", "a list needs a name", ["name"]);
}

export async function createList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  input: { name: string },
): Promise<Result<ShoppingList>> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to make a shopping list");
  const name = nameOf(input.name);
  if (!name.ok) return name;
  const now = deps.clock.now();
  return ok(await deps.shoppingLists.create({ ownerId: viewer.user.id, name: name.value, now }));
}

/** The viewer's own lists, and those their households share with them. */
export async function listMyLists(
  deps: ShoppingListDeps,
  viewer: Viewer,
): Promise<Result<{ mine: ShoppingList[]; household: ShoppingList[] }>> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to see your shopping lists");
  const mine = await deps.shoppingLists.listOf(viewer.user.id);
  const shared = await Promise.all(
    viewer.libraries.map((l) => deps.shoppingLists.listOf(l.ownerId)),
  );
  return ok({ mine, household: shared.flat() });
}

/** A list and its items, for a viewer who may see it; a list they may not see is not found. */
export async function getList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<{ list: ShoppingList; items: ShoppingListItem[]; mayChange: boolean }>> {
  const list = await deps.shoppingLists.find(id);
  const rights = list && listRightsOf(viewer, list);
  if (!list || !rights) return notFound();
  const items = await deps.shoppingLists.itemsOf(list.id);
  return ok({ list, items, mayChange: rights === "change" });
}

/** A list by its share link, read-only, whoever asks. */
export async function getSharedList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  token: string,
): Promise<Result<{ list: ShoppingList; items: ShoppingListItem[] }>> {
  const list = token ? await deps.shoppingLists.findByShareToken(token) : undefined;
  if (!list || !listRightsOf(viewer, list, token)) return notFound();
  return ok({ list, items: await deps.shoppingLists.itemsOf(list.id) });
}

/** A list the viewer may change: not found when they cannot see it, forbidden when they can. */
export async function findChangeableList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<ShoppingList>> {
  const list = await deps.shoppingLists.find(id);
  const rights = list && listRightsOf(viewer, list);
  if (!list || !rights) {
    return viewer.kind === "anonymous"
      ? fail(AccountIssueCode.Unauthenticated, "sign in to change a shopping list")
      : notFound();
  }
  return rights === "change"
    ? ok(list)
    : fail(AccountIssueCode.Forbidden, "this list is not yours to change");
}

export async function renameList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  id: string,
  input: { name: string },
): Promise<Result<ShoppingList>> {
  const list = await findChangeableList(deps, viewer, id);
  if (!list.ok) return list;
  const name = nameOf(input.name);
  if (!name.ok) return name;
  await deps.shoppingLists.rename(list.value.id, name.value, deps.clock.now());
  return ok({ ...list.value, name: name.value });
}

export async function deleteList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<ShoppingList>> {
  const list = await findChangeableList(deps, viewer, id);
  if (!list.ok) return list;
  await deps.shoppingLists.delete(list.value.id);
  return list;
}

/** A new read-only link (any older one stops working), or none: `share` false revokes it. */
export async function setListSharing(
  deps: ShoppingListDeps,
  viewer: Viewer,
  id: string,
  share: boolean,
): Promise<Result<ShoppingList>> {
  const list = await findChangeableList(deps, viewer, id);
  if (!list.ok) return list;
  const token = share ? newSecretToken() : null;
  await deps.shoppingLists.setShareToken(list.value.id, token, deps.clock.now());
  const { shareToken: _old, ...rest } = list.value;
  return ok(token ? { ...rest, shareToken: token } : rest);
}
