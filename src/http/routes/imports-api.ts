import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { addRecipe } from "../../app/add-recipe.js";
import { importRecipeFromUrl } from "../../app/import-from-url.js";
import { importRecipe, MAX_IMPORT_BYTES } from "../../app/import-recipe.js";
import type { Clock, Fetcher, RecipeStore } from "../../app/ports.js";
import { issue } from "../../lib/result.js";
import { problem } from "../problem.js";

/** POST /api/imports: a recipe from a URL, a page's HTML or plain text, kept and returned. */

const ImportBody = z.union([
  z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2_000) }),
  z.strictObject({
    html: z.string().min(1),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional(),
  }),
  z.strictObject({ text: z.string().min(1) }),
]);

export interface ImportsApiDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
  readonly fetchPage: Fetcher;
}

const encoder = new TextEncoder();

export function importsApi(deps: ImportsApiDeps) {
  const api = new Hono();
  api.post(
    "/",
    // JSON escapes make a body longer than the page it carries; a little room over the page cap.
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES + 64 * 1024,
      onError: (c) => problem(c, [issue("INPUT_TOO_LARGE", "the request body is too large")]),
    }),
    async (c) => {
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
      const { stored } = await addRecipe(deps, imported.value);
      c.header("Location", `/api/recipes/${encodeURIComponent(stored.recipe.slug)}`);
      return c.json({ id: stored.id, slug: stored.recipe.slug, recipe: stored.recipe }, 201);
    },
  );
  return api;
}
