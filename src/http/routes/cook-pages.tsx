import { createHash } from "node:crypto";
import { type Context, Hono } from "hono";
import { adaptRecipe } from "../../domain/adapt-recipe.js";
import type { Recipe } from "../../domain/recipe.js";
import type { AppEnv } from "../app-env.js";
import { COOK_STYLESHEET } from "../assets/cook-stylesheet.js";
import { CookPage } from "../pages/cook-page.js";
import { renderPage } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import type { WebAssets } from "../web-assets.js";
import { cookChoicesOf } from "./cook-choices-query.js";
import { noRecipePage, readableRecipe } from "./readable-recipe.js";

export interface CookPagesDeps extends RouteDeps {
  readonly webAssets?: WebAssets;
}

const cookStylesheetVersion = createHash("sha256").update(COOK_STYLESHEET).digest("hex");
export const COOK_STYLESHEET_HREF = `/assets/cook-${cookStylesheetVersion.slice(0, 12)}.css`;

/** At the site's root, not under the hashed /assets/web/: a service worker keeps one address for
 *  life (the browser checks it for updates), and its scope may only cover what lies below it. */
export const COOK_WORKER_PATH = "/cook-worker.js";

/** The recipe as the cook will make it: adapted to the recipe page's choices (servings, units,
 *  swaps, spice), read from the address and the remembered units exactly as that page reads them. */
function recipeToCook(c: Context<AppEnv>, recipe: Recipe): Recipe {
  return adaptRecipe(recipe, cookChoicesOf(c)).recipe;
}

/** Cook mode: the page, its stylesheet and the service worker that keeps it offline. Who may
 *  read a cook page is exactly who may read the recipe page, share links included. */
export function cookPages(deps: CookPagesDeps) {
  const pages = new Hono<AppEnv>();
  const { stylesheetHref, publicUrl } = deps;
  const script = deps.webAssets?.entries["cook-mode"];
  const worker = deps.webAssets?.entries["cook-worker"];
  const workerBody = worker !== undefined ? deps.webAssets?.files.get(worker) : undefined;

  pages.get(COOK_STYLESHEET_HREF, (c) =>
    c.body(COOK_STYLESHEET, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    }),
  );

  pages.get(COOK_WORKER_PATH, (c) => {
    if (!workerBody) return c.notFound();
    return c.body(workerBody as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      // Revalidated each time: a worker that cannot be replaced would serve old pages for good.
      "Cache-Control": "no-cache",
    });
  });

  pages.get("/recipes/:slug/cook", async (c) => {
    const found = await readableRecipe(c, deps, c.req.param("slug"));
    if (!found.ok) return noRecipePage(c, deps, found.issues);
    const stored = found.value;
    const recipe = recipeToCook(c, stored.recipe);
    c.header("X-Robots-Tag", "noindex");
    if (stored.visibility !== "public") c.header("Cache-Control", "private, no-store");
    const search = new URL(c.req.url).search;
    return renderPage(
      c,
      publicUrl,
      <CookPage
        recipe={recipe}
        stylesheetHref={stylesheetHref}
        cookStylesheetHref={COOK_STYLESHEET_HREF}
        recipeHref={`/recipes/${encodeURIComponent(stored.recipe.slug)}${search}`}
        {...(script !== undefined && { scriptHref: `/assets/web/${script}` })}
        {...(workerBody !== undefined && { workerHref: COOK_WORKER_PATH })}
      />,
    );
  });

  return pages;
}
