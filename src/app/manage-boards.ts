import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Board, BoardStore, BoardVisibility } from "./account-ports.js";
import type { Clock, RecipeSummary } from "./ports.js";
import { canChangeBoard, canSeeBoard, recipeScopeOf, type Viewer } from "./recipe-access.js";

export interface BoardDeps {
  readonly boards: BoardStore;
  readonly clock: Clock;
}

export const MAX_BOARD_NAME = 100;

export async function createBoard(
  deps: BoardDeps,
  viewer: Viewer,
  input: { name: string; visibility?: BoardVisibility },
): Promise<Result<Board>> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to make a board");
  const name = input.name.trim().slice(0, MAX_BOARD_NAME);
  if (!name) return fail("BAD_REQUEST", "a board needs a name", ["name"]);
  return ok(
    await deps.boards.create({
      ownerId: viewer.user.id,
      name,
      visibility: input.visibility ?? "private",
      now: deps.clock.now(),
    }),
  );
}

/** The viewer's own boards, all of them. */
export async function listMyBoards(deps: BoardDeps, viewer: Viewer): Promise<Result<Board[]>> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to see your boards");
  return ok(await deps.boards.listOf(viewer.user.id));
}

/** A board and the pins this viewer may see: a pinned recipe that turned private is gone for
 *  everyone but those who may still see it. */
export async function getBoard(
  deps: BoardDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<{ board: Board; pins: RecipeSummary[]; mayChange: boolean }>> {
  const board = await deps.boards.find(id);
  if (!board || !canSeeBoard(viewer, board)) {
    return fail(AccountIssueCode.BoardNotFound, "no such board", ["id"]);
  }
  const pins = await deps.boards.pinsOf(board.id, recipeScopeOf(viewer));
  return ok({ board, pins, mayChange: canChangeBoard(viewer, board) });
}

/** A board the viewer may change: not found when they cannot see it, forbidden when they can. */
export async function findChangeableBoard(
  deps: BoardDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<Board>> {
  const board = await deps.boards.find(id);
  if (!board || !canSeeBoard(viewer, board)) {
    return fail(AccountIssueCode.BoardNotFound, "no such board", ["id"]);
  }
  if (canChangeBoard(viewer, board)) return ok(board);
  return viewer.kind === "anonymous"
    ? fail(AccountIssueCode.Unauthenticated, "sign in to change this board")
    : fail(AccountIssueCode.Forbidden, "this board is not yours to change");
}
