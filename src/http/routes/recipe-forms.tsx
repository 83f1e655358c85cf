import { Hono } from "hono";
import { z } from "zod";
import { pinRecipe } from "../../app/pin-recipe.js";
import { VISIBILITIES } from "../../app/ports.js";
import { MAX_COMMENT, moderateRating, rateRecipe } from "../../app/rate-recipe.js";
import { createShareLink, revokeShareLink, setRecipeVisibility } from "../../app/share-recipe.js";
import type { AppEnv } from "../app-env.js";
import { readForm } from "../read-body.js";
import { renderIssues, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";

const VisibilityForm = z.object({ visibility: z.enum(VISIBILITIES) });
const RatingForm = z.object({
  stars: z.coerce.number().int().min(1).max(5),
  comment: z.string().max(MAX_COMMENT).default(""),
});
const ModerationForm = z.object({ hidden: z.enum(["1", "0"]) });
const PinForm = z.object({
  board: z.string().max(20).default("new"),
  newBoard: z.string().max(100).default(""),
});

/** The recipe page's forms: pin, visibility, share link. Each answers with the page again. */
export function recipeForms(deps: RouteDeps) {
  const forms = new Hono<AppEnv>();
  const pageOf = (slug: string) => `/recipes/${encodeURIComponent(slug)}`;

  forms.post("/recipes/:slug/visibility", async (c) => {
    const form = await readForm(c, VisibilityForm);
    const slug = c.req.param("slug");
    const done = form.ok
      ? await setRecipeVisibility(deps, { viewer: c.get("viewer") }, slug, form.value.visibility)
      : form;
    return done.ok ? seeOther(c, pageOf(slug)) : renderIssues(c, deps, done.issues);
  });

  forms.post("/recipes/:slug/share-link", async (c) => {
    const slug = c.req.param("slug");
    const done = await createShareLink(deps, { viewer: c.get("viewer") }, slug);
    return done.ok ? seeOther(c, pageOf(slug)) : renderIssues(c, deps, done.issues);
  });

  forms.post("/recipes/:slug/share-link/revoke", async (c) => {
    const slug = c.req.param("slug");
    const done = await revokeShareLink(deps, { viewer: c.get("viewer") }, slug);
    return done.ok ? seeOther(c, pageOf(slug)) : renderIssues(c, deps, done.issues);
  });

  forms.post("/recipes/:slug/pin", async (c) => {
    const form = await readForm(c, PinForm);
    const slug = c.req.param("slug");
    const pinned = form.ok
      ? await pinRecipe(
          deps,
          c.get("viewer"),
          slug,
          form.value.board === "new" || form.value.newBoard.trim()
            ? { newBoardName: form.value.newBoard || "Saved recipes" }
            : { boardId: form.value.board },
        )
      : form;
    return pinned.ok
      ? seeOther(c, `/boards/${pinned.value.board.id}`)
      : renderIssues(c, deps, pinned.issues);
  });

  forms.post("/recipes/:slug/rating", async (c) => {
    const form = await readForm(c, RatingForm);
    const slug = c.req.param("slug");
    const done = form.ok
      ? await rateRecipe(deps, { viewer: c.get("viewer") }, slug, form.value)
      : form;
    return done.ok ? seeOther(c, `${pageOf(slug)}#ratings`) : renderIssues(c, deps, done.issues);
  });

  forms.post("/recipes/:slug/ratings/:userId/moderation", async (c) => {
    const form = await readForm(c, ModerationForm);
    const slug = c.req.param("slug");
    const done = form.ok
      ? await moderateRating(deps, { viewer: c.get("viewer") }, slug, {
          userId: c.req.param("userId"),
          hidden: form.value.hidden === "1",
        })
      : form;
    return done.ok ? seeOther(c, `${pageOf(slug)}#ratings`) : renderIssues(c, deps, done.issues);
  });

  return forms;
}
