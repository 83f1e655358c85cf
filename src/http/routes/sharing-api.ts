import { Hono } from "hono";
import { z } from "zod";
import { VISIBILITIES } from "../../app/ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { createShareLink, revokeShareLink, setRecipeVisibility } from "../../app/share-recipe.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";

const VisibilityBody = z.strictObject({ visibility: z.enum(VISIBILITIES) });

/** The address a share link opens: the recipe page with the link's secret. */
export function shareUrlOf(origin: string, slug: string, token: string): string {
  return `${recipePageUrl(origin, slug)}?share=${encodeURIComponent(token)}`;
}

export const originOf = (requestUrl: string, publicUrl: string | undefined) =>
  (publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, "");

/** A recipe's visibility and share link, for whoever may change the recipe. */
export function sharingApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();
  const access = (c: { get(key: "viewer"): AppEnv["Variables"]["viewer"] }) => ({
    viewer: c.get("viewer"),
  });

  api.put("/:slug/visibility", async (c) => {
    const body = await readJson(c, VisibilityBody);
    if (!body.ok) return problem(c, body.issues);
    const done = await setRecipeVisibility(
      deps,
      access(c),
      c.req.param("slug"),
      body.value.visibility,
    );
    return done.ok
      ? c.json({ slug: done.value.recipe.slug, visibility: done.value.visibility })
      : problem(c, done.issues);
  });

  api.post("/:slug/share-link", async (c) => {
    const done = await createShareLink(deps, access(c), c.req.param("slug"));
    if (!done.ok) return problem(c, done.issues);
    const { recipe, visibility, shareToken } = done.value;
    return c.json(
      {
        slug: recipe.slug,
        visibility,
        url: shareUrlOf(originOf(c.req.url, deps.publicUrl), recipe.slug, shareToken),
      },
      201,
    );
  });

  api.delete("/:slug/share-link", async (c) => {
    const done = await revokeShareLink(deps, access(c), c.req.param("slug"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}
