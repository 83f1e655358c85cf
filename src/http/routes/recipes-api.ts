import { Hono } from "hono";
import { z } from "zod";
import { publishedRecipe } from "../../app/rate-recipe.js";
import { getRecipe, listRecipes } from "../../app/read-recipes.js";
import { toJsonLdPayload } from "../../app/recipe-json-ld.js";
import { issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { pageUrlOf } from "../public-url.js";
import type { RouteDeps } from "../route-deps.js";

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  after: z
    .string()
    .regex(/^\d{1,18}$/, "after must be a recipe id from `next`")
    .optional(),
});

function wantsJsonLd(format: string | undefined, accept: string | undefined): boolean {
  return format === "jsonld" || (accept ?? "").includes("application/ld+json");
}

/** The share link's secret, when the reader came by one (`?share=`). */
export const shareTokenOf = (value: string | undefined) =>
  value !== undefined && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;

export function recipesApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const query = ListQuery.safeParse(c.req.query());
    if (!query.success) {
      return problem(
        c,
        query.error.issues.map((i) =>
          issue("BAD_REQUEST", i.message, ["query", ...i.path.map(String)]),
        ),
      );
    }
    const page = await listRecipes(deps, {
      ...(query.data.limit !== undefined && { limit: query.data.limit }),
      ...(query.data.after !== undefined && { after: query.data.after }),
      viewer: c.get("viewer"),
    });
    return c.json(page);
  });

  api.get("/:slug", async (c) => {
    const shareToken = shareTokenOf(c.req.query("share"));
    const found = await getRecipe(deps, c.req.param("slug"), {
      viewer: c.get("viewer"),
      ...(shareToken !== undefined && { shareToken }),
    });
    if (!found.ok) return problem(c, found.issues);
    const { recipe, id, createdAt, updatedAt } = found.value;
    if (wantsJsonLd(c.req.query("format"), c.req.header("accept"))) {
      const pageUrl = pageUrlOf(c.req.url, deps.publicUrl, recipe.slug);
      const payload = toJsonLdPayload(await publishedRecipe(deps, found.value), {
        pageUrl,
        datePublished: createdAt,
        dateModified: updatedAt,
      });
      return c.body(JSON.stringify(payload), 200, {
        "Content-Type": "application/ld+json; charset=utf-8",
        Vary: "Accept",
      });
    }
    c.header("Vary", "Accept");
    if (found.value.visibility !== "public") c.header("Cache-Control", "private, no-store");
    const { ownerId, visibility } = found.value;
    return c.json({ id, createdAt, updatedAt, visibility, ...(ownerId && { ownerId }), recipe });
  });

  return api;
}
