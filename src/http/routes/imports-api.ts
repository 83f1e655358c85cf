import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { addRecipe } from "../../app/add-recipe.js";
import { importRecipeFromUrl } from "../../app/import-from-url.js";
import { importRecipe, MAX_IMPORT_BYTES } from "../../app/import-recipe.js";
import { type Fetcher, VISIBILITIES } from "../../app/ports.js";
import { issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import type { RouteDeps } from "../route-deps.js";

/** POST /api/imports: a recipe from a URL, a page's HTML or plain text, kept and returned.
 *  A signed-in user's import is theirs, private unless `visibility` says otherwise; an anonymous
 *  one (when allowed) is the site's and public, as before accounts existed. */

const visibility = z.enum(VISIBILITIES).optional();
const ImportBody = z.union([
  z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2_000), visibility }),
  z.strictObject({
    html: z.string().min(1),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional(),
    visibility,
  }),
  z.strictObject({ text: z.string().min(1), visibility }),
]);

export interface ImportsApiDeps extends RouteDeps {
  readonly fetchPage: Fetcher;
  readonly allowAnonymous: boolean;
}

const encoder = new TextEncoder();

export function importsApi(deps: ImportsApiDeps) {
  const api = new Hono<AppEnv>();
  api.post(
    "/",
    // JSON escapes make a body longer than the page it carries; a little room over the page cap.
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES + 64 * 1024,
      onError: (c) => problem(c, [issue("INPUT_TOO_LARGE", "the request body is too large")]),
    }),
    async (c) => {
      const viewer = c.get("viewer");
      if (viewer.kind === "anonymous" && !deps.allowAnonymous) {
        return problem(c, [issue("UNAUTHENTICATED", "sign in, or send an API token, to import")]);
      }
      let json: unknown;
      try {
        json = await c.req.json();
      } catch {
        return problem(c, [issue("BAD_REQUEST", "the body is not JSON")]);
      }
      const body = ImportBody.safeParse(json);
      if (!body.success) {
        return problem(c, [
          issue("BAD_REQUEST", 'send {"url"}, {"html", "url"?} or {"text"}', ["body"]),
        ]);
      }
      const input = body.data;
      const imported =
        "html" in input
          ? importRecipe({
              bytes: encoder.encode(input.html),
              format: "html",
              ...(input.url !== undefined && { url: input.url }),
            })
          : "text" in input
            ? importRecipe({ bytes: encoder.encode(input.text), format: "text" })
            : await importRecipeFromUrl(deps, input.url);
      if (!imported.ok) return problem(c, imported.issues);
      const owner =
        viewer.kind === "user"
          ? { ownerId: viewer.user.id, visibility: input.visibility ?? "private" }
          : {};
      const { stored } = await addRecipe(deps, imported.value, undefined, owner);
      c.header("Location", `/api/recipes/${encodeURIComponent(stored.recipe.slug)}`);
      return c.json(
        {
          id: stored.id,
          slug: stored.recipe.slug,
          visibility: stored.visibility,
          recipe: stored.recipe,
        },
        201,
      );
    },
  );
  return api;
}
