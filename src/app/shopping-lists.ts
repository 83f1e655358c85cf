import { adaptRecipe, listSwaps } from "../domain/adapt-recipe.js";
import type { Recipe } from "../domain/recipe.js";
import { listIngredients } from "../domain/recipe.js";
import {
  addShoppingLines,
  lineOfIngredient,
  lineOfText,
  type ShoppingLine,
} from "../domain/shopping-entries.js";
import { fail, failWith, type Issue, issue, ok, type Result } from "../lib/result.js";
import {
  createList,
  findChangeableList,
  ListIssueCode,
  type ShoppingListDeps,
} from "./manage-shopping-lists.js";
import { getRecipe } from "./read-recipes.js";
import type { Viewer } from "./recipe-access.js";
import type { ShoppingList, ShoppingListItem } from "./shopping-list-ports.js";

/** A recipe to shop for: how many it should serve, and which of its substitutions to apply. */
export interface RecipeToShopFor {
  readonly slug: string;
  readonly servings?: number;
  readonly swaps?: readonly string[];
}

export const MAX_RECIPES_AT_ONCE = 50;
export const MAX_ITEM_TEXT = 200;

type ListResult = Result<{ list: ShoppingList; items: ShoppingListItem[] }>;

/** The recipe as the reader would cook it (domain/adapt-recipe: swaps applied, then scaled to
 *  `servings`, as the recipe page does), its ingredients as shopping lines; swap ids the recipe
 *  does not offer are told back as warnings. */
function linesOf(
  recipe: Recipe,
  recipeId: string,
  want: RecipeToShopFor,
): { lines: ShoppingLine[]; warnings: Issue[] } {
  const offered = new Set(listSwaps(recipe).map((swap) => swap.id));
  const warnings = (want.swaps ?? [])
    .filter((id) => !offered.has(id))
    .map((id) => issue("SWAP_UNKNOWN", `"${recipe.title}" offers no swap "${id}"`, ["swaps", id]));
  const adapted = adaptRecipe(recipe, {
    ...(want.servings !== undefined && { servings: want.servings }),
    ...(want.swaps !== undefined && { swaps: want.swaps }),
  }).recipe;
  const lines = listIngredients(adapted).map(({ ingredient }) =>
    lineOfIngredient(ingredient, recipeId),
  );
  return { lines, warnings };
}

/** Adds the ingredients of recipes the viewer can see to one of their lists, each food merged
 *  with what the list has of it. All or nothing: one recipe not found, and nothing is added.
 *  The meal plan's "shopping list for this week" calls this too. */
export async function addRecipesToList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  listId: string,
  items: readonly RecipeToShopFor[],
): Promise<ListResult> {
  const list = await findChangeableList(deps, viewer, listId);
  if (!list.ok) return list;
  if (items.length === 0 || items.length > MAX_RECIPES_AT_ONCE) {
    return fail("BAD_REQUEST", `add 1 to ${MAX_RECIPES_AT_ONCE} recipes at once`, ["items"]);
  }
  const lines: ShoppingLine[] = [];
  const notes: Issue[] = [];
  for (const [i, want] of items.entries()) {
    if (want.servings !== undefined && !(want.servings > 0 && want.servings <= 1000)) {
      return fail("BAD_REQUEST", "servings go from 1 to 1000", ["items", i, "servings"]);
    }
    // Only what the viewer sees without a share link: a list shows what its household may.
    const found = await getRecipe(deps, want.slug, { viewer });
    if (!found.ok) return failWith(found.issues.map((x) => ({ ...x, path: ["items", i, "slug"] })));
    const adapted = linesOf(found.value.recipe, found.value.id, want);
    lines.push(...adapted.lines);
    notes.push(...adapted.warnings);
  }
  const after = await deps.shoppingLists.changeItems(
    list.value.id,
    (old) => addShoppingLines(old, lines),
    deps.clock.now(),
  );
  return ok({ list: list.value, items: after }, notes);
}

/** The recipe page's "Add to list": to the list named, else to the viewer's list changed last,
 *  else to a new one. The recipe is checked first, so a hidden one makes no empty list. */
export async function addRecipeToMyList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  input: RecipeToShopFor & { readonly listId?: string },
): Promise<ListResult> {
  const { listId, ...want } = input;
  const seen = await getRecipe(deps, want.slug, { viewer });
  if (!seen.ok) return seen;
  if (listId !== undefined) return addRecipesToList(deps, viewer, listId, [want]);
  if (viewer.kind !== "user") return addRecipesToList(deps, viewer, "", [want]);
  const [latest] = await deps.shoppingLists.listOf(viewer.user.id);
  const list = latest ? ok(latest) : await createList(deps, viewer, { name: "Shopping" });
  return list.ok ? addRecipesToList(deps, viewer, list.value.id, [want]) : list;
}

/** Adds what a person typed ("2 lemons", "kitchen roll"), merged like a recipe's lines. */
export async function addItemToList(
  deps: ShoppingListDeps,
  viewer: Viewer,
  listId: string,
  text: string,
): Promise<ListResult> {
  const list = await findChangeableList(deps, viewer, listId);
  if (!list.ok) return list;
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_ITEM_TEXT) {
    return fail("BAD_REQUEST", `an item is 1 to ${MAX_ITEM_TEXT} characters`, ["text"]);
  }
  const after = await deps.shoppingLists.changeItems(
    list.value.id,
    (old) => addShoppingLines(old, [lineOfText(trimmed)]),
    deps.clock.now(),
  );
  return ok({ list: list.value, items: after });
}

export async function checkItem(
  deps: ShoppingListDeps,
  viewer: Viewer,
  listId: string,
  itemId: string,
  checked: boolean,
): Promise<Result<ShoppingList>> {
  const list = await findChangeableList(deps, viewer, listId);
  if (!list.ok) return list;
  const done = await deps.shoppingLists.setChecked(
    list.value.id,
    itemId,
    checked,
    deps.clock.now(),
  );
  return done ? list : fail(ListIssueCode.ItemNotFound, "no such item on this list", ["itemId"]);
}

export type ItemMove = "up" | "down" | { readonly position: number };

/** Moves an item one place up or down among the items of its aisle (the page shows the list
 *  by aisle, so that is the move a reader sees), or to a 1-based place on the whole list. */
export async function moveItem(
  deps: ShoppingListDeps,
  viewer: Viewer,
  listId: string,
  itemId: string,
  move: ItemMove,
): Promise<Result<ShoppingList>> {
  const list = await findChangeableList(deps, viewer, listId);
  if (!list.ok) return list;
  const items = await deps.shoppingLists.itemsOf(list.value.id);
  const from = items.findIndex((item) => item.id === itemId);
  const moving = items[from];
  if (!moving) return fail(ListIssueCode.ItemNotFound, "no such item on this list", ["itemId"]);
  const sameAisle = (i: number) => items[i]?.aisle === moving.aisle;
  let to = from;
  if (move === "up") while (to > 0 && !sameAisle(--to));
  else if (move === "down") while (to < items.length - 1 && !sameAisle(++to));
  else to = Math.trunc(move.position) - 1;
  if (typeof move === "string" && !sameAisle(to)) to = from;
  const order = items.map((item) => item.id);
  order.splice(from, 1);
  order.splice(Math.min(Math.max(to, 0), order.length), 0, itemId);
  await deps.shoppingLists.setItemOrder(list.value.id, order, deps.clock.now());
  return list;
}

export async function removeCheckedItems(
  deps: ShoppingListDeps,
  viewer: Viewer,
  listId: string,
): Promise<Result<{ list: ShoppingList; removed: number }>> {
  const list = await findChangeableList(deps, viewer, listId);
  if (!list.ok) return list;
  const removed = await deps.shoppingLists.removeChecked(list.value.id, deps.clock.now());
  return ok({ list: list.value, removed });
}
