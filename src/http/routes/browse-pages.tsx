import { Hono } from "hono";
import { BROWSE_FACETS, type BrowseFacet, browsePath } from "../../app/browse-paths.js";
import { searchRecipes } from "../../app/search-recipes.js";
import { adaptRecipe } from "../../domain/adapt-recipe.js";
import type { AppEnv } from "../app-env.js";
import { BrowsePage } from "../pages/browse-page.js";
import { ErrorPage } from "../pages/error-page.js";
import { PrintPage } from "../pages/print-page.js";
import { pageUrlOf } from "../public-url.js";
import { renderIssues, renderPage } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { cookChoicesOf } from "./cook-choices-query.js";
import { readableRecipe } from "./readable-recipe.js";
import { originOf } from "./sharing-api.js";

const PAGE_SIZE = 24;

/** Cuisine, category and tag listings, and a recipe's print view. */
export function browsePages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();
  const { stylesheetHref, publicUrl } = deps;

  for (const [facet, segment] of Object.entries(BROWSE_FACETS) as [BrowseFacet, string][]) {
    pages.get(`/${segment}/:value`, async (c) => {
      const value = c.req.param("value").trim();
      const after = c.req.query("after");
      const found =
        value.length > 0 && value.length <= 100
          ? await searchRecipes(deps, {
              [facet]: value,
              sort: "newest",
              limit: PAGE_SIZE,
              ...(after && { after }),
              viewer: c.get("viewer"),
            })
          : undefined;
      if (!found?.ok) {
        return renderPage(
          c,
          publicUrl,
          <ErrorPage
            status={404}
            message="There is nothing at this address."
            stylesheetHref={stylesheetHref}
          />,
          404,
        );
      }
      const path = browsePath(facet, value);
      const next = found.value.next;
      return renderPage(
        c,
        publicUrl,
        <BrowsePage
          facet={facet}
          value={value}
          recipes={found.value.items}
          canonical={`${originOf(c.req.url, publicUrl)}${path}`}
          stylesheetHref={stylesheetHref}
          {...(next !== undefined && { nextHref: `${path}?after=${encodeURIComponent(next)}` })}
        />,
      );
    });
  }

  pages.get("/recipes/:slug/print", async (c) => {
    const found = await readableRecipe(c, deps, c.req.param("slug"));
    if (!found.ok) return renderIssues(c, deps, found.issues);
    const { recipe, visibility } = found.value;
    if (visibility !== "public") c.header("Cache-Control", "private, no-store");
    return renderPage(
      c,
      publicUrl,
      <PrintPage
        // Printed as the reader set it up: servings, units, swaps and spice from the address.
        recipe={adaptRecipe(recipe, cookChoicesOf(c)).recipe}
        pageUrl={pageUrlOf(c.req.url, publicUrl, recipe.slug)}
        stylesheetHref={stylesheetHref}
      />,
    );
  });

  return pages;
}
