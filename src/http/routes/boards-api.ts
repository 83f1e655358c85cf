import { Hono } from "hono";
import { z } from "zod";
import { BOARD_VISIBILITIES } from "../../app/account-ports.js";
import { createBoard, getBoard, listMyBoards } from "../../app/manage-boards.js";
import { movePin, pinRecipe, unpinRecipe } from "../../app/pin-recipe.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";

const NewBoard = z.strictObject({
  name: z.string().min(1).max(100),
  visibility: z.enum(BOARD_VISIBILITIES).optional(),
});
const NewPin = z.strictObject({ slug: z.string().min(1).max(200) });
const PinPlace = z.strictObject({ position: z.number().int().min(1).max(100_000) });

export function boardsApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const boards = await listMyBoards(deps, c.get("viewer"));
    return boards.ok ? c.json({ items: boards.value }) : problem(c, boards.issues);
  });

  api.post("/", async (c) => {
    const body = await readJson(c, NewBoard);
    if (!body.ok) return problem(c, body.issues);
    const board = await createBoard(deps, c.get("viewer"), {
      name: body.value.name,
      ...(body.value.visibility && { visibility: body.value.visibility }),
    });
    return board.ok ? c.json(board.value, 201) : problem(c, board.issues);
  });

  api.get("/:id", async (c) => {
    const found = await getBoard(deps, c.get("viewer"), c.req.param("id"));
    if (!found.ok) return problem(c, found.issues);
    return c.json({ ...found.value.board, pins: found.value.pins });
  });

  api.post("/:id/pins", async (c) => {
    const body = await readJson(c, NewPin);
    if (!body.ok) return problem(c, body.issues);
    const pinned = await pinRecipe(deps, c.get("viewer"), body.value.slug, {
      boardId: c.req.param("id"),
    });
    return pinned.ok
      ? c.json({ board: pinned.value.board.id, slug: body.value.slug }, 201)
      : problem(c, pinned.issues);
  });

  api.put("/:id/pins/:slug/position", async (c) => {
    const body = await readJson(c, PinPlace);
    if (!body.ok) return problem(c, body.issues);
    const moved = await movePin(
      deps,
      c.get("viewer"),
      c.req.param("id"),
      c.req.param("slug"),
      body.value,
    );
    return moved.ok ? c.body(null, 204) : problem(c, moved.issues);
  });

  api.delete("/:id/pins/:slug", async (c) => {
    const done = await unpinRecipe(deps, c.get("viewer"), c.req.param("id"), c.req.param("slug"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}
