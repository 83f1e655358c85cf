import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { deleteRecipe } from "../../app/delete-recipe.js";
import { publishedRecipe } from "../../app/rate-recipe.js";
import { listRecipes, publicVersionOf } from "../../app/read-recipes.js";
import { toJsonLdPayload } from "../../app/recipe-json-ld.js";
import { updateRecipe } from "../../app/update-recipe.js";
import { RecipeIssueCode } from "../../domain/validate-recipe.js";
import { type Issue, issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { answerFromCache, isSharedRequest } from "../page-cache.js";
import { problem } from "../problem.js";
import { pageUrlOf } from "../public-url.js";
import type { RouteDeps } from "../route-deps.js";
import { readableRecipe } from "./readable-recipe.js";

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

/** The model's own codes name what is wrong with a recipe sent whole; the request is still a
 *  bad one (400), said first, with each field's issue after it at its path in the body. */
const RECIPE_CODES = new Set<string>(Object.values(RecipeIssueCode));
const asBadRequest = (issues: readonly Issue[]): Issue[] =>
  issues.some((i) => RECIPE_CODES.has(i.code))
    ? [
        issue("BAD_REQUEST", "the recipe is not valid", ["body"]),
        ...issues.map((i) => ({ ...i, path: ["body", ...i.path] })),
      ]
    : [...issues];

/** A whole recipe as JSON is far below this; a bound so a hostile body is refused unread. */
const MAX_RECIPE_BODY = 2 * 1024 * 1024;

export function recipesApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();
  const access = (c: Context<AppEnv>) => ({ viewer: c.get("viewer") });

  api.put(
    "/:slug",
    bodyLimit({
      maxSize: MAX_RECIPE_BODY,
      onError: (c) => problem(c, [issue("INPUT_TOO_LARGE", "the request body is too large")]),
    }),
    async (c) => {
      let json: unknown;
      try {
        json = await c.req.json();
      } catch {
        return problem(c, [issue("BAD_REQUEST", "the body is not JSON", ["body"])]);
      }
      const done = await updateRecipe(deps, access(c), c.req.param("slug"), json);
      if (!done.ok) return problem(c, asBadRequest(done.issues));
      const { id, createdAt, updatedAt, visibility, recipe } = done.value;
      return c.json({ id, createdAt, updatedAt, visibility, recipe });
    },
  );

  api.delete("/:slug", async (c) => {
    const done = await deleteRecipe(deps, access(c), c.req.param("slug"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

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
    const slug = c.req.param("slug");
    if (isSharedRequest(c)) {
      const version = await deps.pageCache.versionOf(slug, () => publicVersionOf(deps, slug));
      if (version) return answerFromCache(c, deps.pageCache, version, () => recipeJson(c, slug));
    }
    return recipeJson(c, slug);
  });

  const recipeJson = async (c: Context<AppEnv>, slug: string) => {
    const found = await readableRecipe(c, deps, slug);
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
  };

  return api;
}
