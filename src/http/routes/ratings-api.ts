import { Hono } from "hono";
import { z } from "zod";
import { MAX_COMMENT, moderateRating, rateRecipe, readRatings } from "../../app/rate-recipe.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";

const RatingBody = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: z.string().max(MAX_COMMENT).optional(),
});
const ModerationBody = z.strictObject({ hidden: z.boolean() });

/** Ratings and comments of a public recipe, and their moderation by its keepers. */
export function ratingsApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/:slug/ratings", async (c) => {
    const read = await readRatings(deps, { viewer: c.get("viewer") }, c.req.param("slug"));
    return read.ok ? c.json(read.value) : problem(c, read.issues);
  });

  api.put("/:slug/ratings", async (c) => {
    const body = await readJson(c, RatingBody);
    if (!body.ok) return problem(c, body.issues);
    const { stars, comment } = body.value;
    const done = await rateRecipe(deps, { viewer: c.get("viewer") }, c.req.param("slug"), {
      stars,
      ...(comment !== undefined && { comment }),
    });
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  api.put("/:slug/ratings/:userId/hidden", async (c) => {
    const body = await readJson(c, ModerationBody);
    if (!body.ok) return problem(c, body.issues);
    const done = await moderateRating(deps, { viewer: c.get("viewer") }, c.req.param("slug"), {
      userId: c.req.param("userId"),
      hidden: body.value.hidden,
    });
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}
