import { type Context, Hono } from "hono";
import {
  DOWNLOAD_FORMATS,
  type Download,
  type DownloadFormat,
  downloadCollection,
  downloadRecipe,
  listOwnRecipes,
} from "../../app/export-download.js";
import { fail, ok, type Result } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import type { RouteDeps } from "../route-deps.js";
import { readableRecipe } from "./readable-recipe.js";

/** GET /api/recipes/:slug/export?format=… (any recipe the reader may see) and GET /api/export
 *  ?format=… (every recipe of the signed-in user's own, as one file). */
export function exportRoutes(deps: RouteDeps) {
  const routes = new Hono<AppEnv>();
  const originOf = (c: Context<AppEnv>) => deps.publicUrl ?? new URL(c.req.url).origin;

  routes.get("/api/recipes/:slug/export", async (c) => {
    const format = formatOf(c.req.query("format"));
    if (!format.ok) return problem(c, format.issues);
    const found = await readableRecipe(c, deps, c.req.param("slug"));
    if (!found.ok) return problem(c, found.issues);
    if (found.value.visibility !== "public") c.header("Cache-Control", "private, no-store");
    return send(c, downloadRecipe(found.value, format.value, originOf(c)));
  });

  routes.get("/api/export", async (c) => {
    const format = formatOf(c.req.query("format"));
    if (!format.ok) return problem(c, format.issues);
    const own = await listOwnRecipes(deps, c.get("viewer"));
    if (!own.ok) return problem(c, own.issues);
    c.header("Cache-Control", "private, no-store");
    return send(c, downloadCollection(own.value, format.value, originOf(c), "claypot-recipes"));
  });

  return routes;
}

function formatOf(value: string | undefined): Result<DownloadFormat> {
  const format = DOWNLOAD_FORMATS.find((f) => f === value);
  return format
    ? ok(format)
    : fail("BAD_REQUEST", `format must be one of ${DOWNLOAD_FORMATS.join(", ")}`, [
        "query",
        "format",
      ]);
}

/** Slugs are ASCII already; anything else in a name is replaced so the header stays valid. */
function send(c: Context<AppEnv>, download: Download) {
  const name = download.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return c.body(download.body as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": download.contentType,
    "Content-Disposition": `attachment; filename="${name}"`,
    "X-Content-Type-Options": "nosniff",
  });
}
