import { fail, ok, type Result } from "../lib/result.js";
import type { Board } from "./account-ports.js";
import { type BoardDeps, createBoard, findChangeableBoard } from "./manage-boards.js";
import type { RecipeStore } from "./ports.js";
import { getRecipe } from "./read-recipes.js";
import type { Viewer } from "./recipe-access.js";

export interface PinDeps extends BoardDeps {
  readonly store: RecipeStore;
}

export type PinTarget = { readonly boardId: string } | { readonly newBoardName: string };

/** Saves a recipe the viewer can see to one of their boards, or to a new board made on the
 *  spot. Only recipes the viewer sees without a share link: a board shows what its reader may. */
export async function pinRecipe(
  deps: PinDeps,
  viewer: Viewer,
  slug: string,
  target: PinTarget,
): Promise<Result<{ board: Board; recipeId: string }>> {
  const recipe = await getRecipe(deps, slug, { viewer });
  if (!recipe.ok) return recipe;
  const board =
    "boardId" in target
      ? await findChangeableBoard(deps, viewer, target.boardId)
      : await createBoard(deps, viewer, { name: target.newBoardName });
  if (!board.ok) return board;
  await deps.boards.pin(board.value.id, recipe.value.id, deps.clock.now());
  return ok({ board: board.value, recipeId: recipe.value.id });
}

export async function unpinRecipe(
  deps: PinDeps,
  viewer: Viewer,
  boardId: string,
  slug: string,
): Promise<Result<Board>> {
  const board = await findChangeableBoard(deps, viewer, boardId);
  if (!board.ok) return board;
  // Unpinning needs no sight of the recipe: a pin of one that turned private can still go.
  const recipe = await deps.store.findBySlug(slug);
  if (recipe) await deps.boards.unpin(board.value.id, recipe.id);
  return board;
}

export type PinMove = "up" | "down" | { readonly position: number };

/** Moves a pin on a board the viewer may change: one place up or down, or to a 1-based place. */
export async function movePin(
  deps: PinDeps,
  viewer: Viewer,
  boardId: string,
  slug: string,
  move: PinMove,
): Promise<Result<Board>> {
  const board = await findChangeableBoard(deps, viewer, boardId);
  if (!board.ok) return board;
  const recipe = await deps.store.findBySlug(slug);
  const order = await deps.boards.pinOrder(board.value.id);
  const from = recipe ? order.indexOf(recipe.id) : -1;
  if (!recipe || from < 0)
    return fail("PIN_NOT_FOUND", "that recipe is not on this board", ["slug"]);
  const wanted =
    move === "up" ? from - 1 : move === "down" ? from + 1 : Math.trunc(move.position) - 1;
  const to = Math.min(Math.max(wanted, 0), order.length - 1);
  order.splice(from, 1);
  order.splice(to, 0, recipe.id);
  await deps.boards.setPinOrder(board.value.id, order);
  return board;
}
