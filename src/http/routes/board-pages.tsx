import { Hono } from "hono";
import { z } from "zod";
import { createBoard, getBoard, listMyBoards } from "../../app/manage-boards.js";
import { movePin, unpinRecipe } from "../../app/pin-recipe.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { BoardPage, BoardsPage } from "../pages/board-pages.js";
import { readForm } from "../read-body.js";
import { renderIssues, renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";

const MoveForm = z.object({ direction: z.enum(["up", "down"]) });
const BoardForm = z.object({
  name: z.string().max(100).default(""),
  public: z.literal("on").optional(),
});

export function boardPages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();

  pages.get("/boards", async (c) => {
    const boards = await listMyBoards(deps, c.get("viewer"));
    if (!boards.ok) return renderIssues(c, deps, boards.issues);
    return renderPage(
      c,
      deps.publicUrl,
      <BoardsPage
        boards={boards.value}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
      />,
    );
  });

  pages.post("/boards", async (c) => {
    const form = await readForm(c, BoardForm);
    const board = form.ok
      ? await createBoard(deps, c.get("viewer"), {
          name: form.value.name,
          visibility: form.value.public ? "public" : "private",
        })
      : form;
    return board.ok
      ? seeOther(c, `/boards/${board.value.id}`)
      : renderIssues(c, deps, board.issues);
  });

  pages.get("/boards/:id", async (c) => {
    const found = await getBoard(deps, c.get("viewer"), c.req.param("id"));
    if (!found.ok) return renderIssues(c, deps, found.issues);
    const { board, pins, mayChange } = found.value;
    return renderPage(
      c,
      deps.publicUrl,
      <BoardPage
        board={board}
        pins={pins}
        stylesheetHref={deps.stylesheetHref}
        {...(mayChange && { csrfToken: csrfTokenFor(c, deps.publicUrl) })}
      />,
    );
  });

  pages.post("/boards/:id/pins/:slug/remove", async (c) => {
    const done = await unpinRecipe(deps, c.get("viewer"), c.req.param("id"), c.req.param("slug"));
    return done.ok ? seeOther(c, `/boards/${done.value.id}`) : renderIssues(c, deps, done.issues);
  });

  pages.post("/boards/:id/pins/:slug/move", async (c) => {
    const form = await readForm(c, MoveForm);
    const moved = form.ok
      ? await movePin(
          deps,
          c.get("viewer"),
          c.req.param("id"),
          c.req.param("slug"),
          form.value.direction,
        )
      : form;
    return moved.ok
      ? seeOther(c, `/boards/${moved.value.id}`)
      : renderIssues(c, deps, moved.issues);
  });

  return pages;
}
