import type { Context } from "hono";
import type { RecipeStore } from "../../app/ports.js";
import { getRecipe } from "../../app/read-recipes.js";
import type { Issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { ErrorPage } from "../pages/error-page.js";
import { statusOf } from "../problem.js";
import { renderPage } from "../render-page.js";

/** The share link's secret, when the reader came by one (`?share=`). */
export const shareTokenOf = (value: string | undefined) =>
  value !== undefined && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;

/** The recipe at `slug` as this request's reader may open it: by who they are, or by the share
 *  link in the address. One rule for the recipe page, its cook and print views, JSON and export. */
export function readableRecipe(
  c: Context<AppEnv>,
  deps: { readonly store: RecipeStore },
  slug: string,
) {
  const shareToken = shareTokenOf(c.req.query("share"));
  return getRecipe(deps, slug, {
    viewer: c.get("viewer"),
    ...(shareToken !== undefined && { shareToken }),
  });
}

/** The page for a recipe the reader cannot open: 404 (never 403: its existence is not theirs to
 *  learn), or 500 when reading it failed. */
export function noRecipePage(
  c: Context<AppEnv>,
  deps: { readonly stylesheetHref: string; readonly publicUrl?: string },
  issues: readonly Issue[],
) {
  const status = statusOf(issues[0]?.code ?? "NOT_FOUND");
  return renderPage(
    c,
    deps.publicUrl,
    <ErrorPage
      status={status}
      message="There is no recipe at this address."
      stylesheetHref={deps.stylesheetHref}
    />,
    status === 404 ? 404 : 500,
  );
}
