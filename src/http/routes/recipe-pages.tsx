import { type Context, Hono } from "hono";
import { findLinkedRecipes } from "../../app/find-linked-recipes.js";
import { listPopularRecipes } from "../../app/list-popular-recipes.js";
import { listMyBoards } from "../../app/manage-boards.js";
import { ratingsOf, withSiteRating } from "../../app/rate-recipe.js";
import { listRecipes, publicVersionOf } from "../../app/read-recipes.js";
import { canChangeRecipe } from "../../app/recipe-access.js";
import { toJsonLdDocuments } from "../../app/recipe-json-ld.js";
import { searchRecipes } from "../../app/search-recipes.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { answerFromCache, isSharedRequest } from "../page-cache.js";
import { HomePage } from "../pages/home-page.js";
import { RecipePage } from "../pages/recipe-page.js";
import { SearchPage } from "../pages/search-page.js";
import { pageUrlOf } from "../public-url.js";
import { renderPage } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import type { WebAssets } from "../web-assets.js";
import { cookingFor, dependsOnUnitsCookie } from "./cook-choices-query.js";
import { noRecipePage, readableRecipe } from "./readable-recipe.js";
import { SearchParams, toSearchInput } from "./search-query.js";
import { originOf, shareUrlOf } from "./sharing-api.js";

export function recipePages(deps: RouteDeps & { readonly webAssets?: WebAssets }) {
  const pages = new Hono<AppEnv>();
  const { stylesheetHref, publicUrl } = deps;

  pages.get("/", async (c) => {
    const after = c.req.query("after");
    const page = await listRecipes(deps, {
      ...(/^\d{1,18}$/.test(after ?? "") && { after: after! }),
      viewer: c.get("viewer"),
    });
    return renderPage(
      c,
      publicUrl,
      <HomePage
        recipes={page.items}
        stylesheetHref={stylesheetHref}
        {...(page.next !== undefined && { next: page.next })}
        {...(after === undefined && {
          canonical: `${originOf(c.req.url, publicUrl)}/`,
          popular: await listPopularRecipes(deps, { viewer: c.get("viewer"), limit: 6 }),
        })}
      />,
    );
  });

  pages.get("/search", async (c) => {
    const params = SearchParams.safeParse(c.req.query());
    if (!params.success) {
      return renderPage(
        c,
        publicUrl,
        <SearchPage
          values={{}}
          hits={[]}
          error="That search could not be read."
          stylesheetHref={stylesheetHref}
        />,
        400,
      );
    }
    const page = await searchRecipes(deps, {
      ...toSearchInput(params.data),
      viewer: c.get("viewer"),
    });
    const { q, ingredients, cuisine, maxMinutes, sort } = params.data;
    const values = {
      ...(q !== undefined && { q }),
      ...(ingredients !== undefined && { ingredients }),
      ...(cuisine !== undefined && { cuisine }),
      ...(maxMinutes !== undefined && { maxMinutes }),
      ...(sort !== undefined && { sort }),
    };
    if (!page.ok) {
      return renderPage(
        c,
        publicUrl,
        <SearchPage
          values={values}
          hits={[]}
          error="That page of results no longer exists."
          stylesheetHref={stylesheetHref}
        />,
        400,
      );
    }
    const next = page.value.next;
    const nextParams = new URLSearchParams(c.req.query());
    if (next) nextParams.set("after", next);
    return renderPage(
      c,
      publicUrl,
      <SearchPage
        values={values}
        hits={page.value.items}
        stylesheetHref={stylesheetHref}
        {...(next !== undefined && { nextHref: `/search?${nextParams}` })}
      />,
    );
  });

  pages.get("/recipes/:slug", async (c) => {
    const slug = c.req.param("slug");
    // The cache is keyed by address: a page in the reader's remembered units is rendered anew.
    if (isSharedRequest(c) && !dependsOnUnitsCookie(c)) {
      const version = await deps.pageCache.versionOf(slug, () => publicVersionOf(deps, slug));
      if (version) return answerFromCache(c, deps.pageCache, version, () => recipePage(c, slug));
    }
    return recipePage(c, slug);
  });

  const recipePage = async (c: Context<AppEnv>, slug: string) => {
    const viewer = c.get("viewer");
    const found = await readableRecipe(c, deps, slug);
    if (!found.ok) return noRecipePage(c, deps, found.issues);
    const stored = found.value;
    const { recipe, createdAt, updatedAt } = stored;
    const pageUrl = pageUrlOf(c.req.url, publicUrl, recipe.slug);
    const ratings = await ratingsOf(deps, viewer, stored);
    const jsonLd = toJsonLdDocuments(withSiteRating(recipe, ratings.summary), {
      pageUrl,
      datePublished: createdAt,
      dateModified: updatedAt,
    });
    const boards = await listMyBoards(deps, viewer);
    const controls = boards.ok
      ? {
          slug: recipe.slug,
          csrfToken: csrfTokenFor(c, publicUrl),
          boards: boards.value,
          ...(canChangeRecipe(viewer, stored) && {
            sharing: {
              visibility: stored.visibility,
              ...(stored.shareToken !== undefined && {
                shareUrl: shareUrlOf(
                  originOf(c.req.url, publicUrl),
                  recipe.slug,
                  stored.shareToken,
                ),
              }),
            },
          }),
        }
      : undefined;
    // A shared (unlisted or private) page stays out of search engines and caches.
    if (stored.visibility !== "public") {
      c.header("X-Robots-Tag", "noindex");
      c.header("Cache-Control", "private, no-store");
    }
    return renderPage(
      c,
      publicUrl,
      <RecipePage
        recipe={recipe}
        jsonLd={stored.visibility === "public" ? jsonLd : []}
        stylesheetHref={stylesheetHref}
        pageUrl={pageUrl}
        published={stored.visibility === "public"}
        linkedSlugs={await findLinkedRecipes(deps, recipe, { viewer })}
        {...(controls && { controls })}
        search={new URL(c.req.url).search}
        cooking={cookingFor(c, recipe, deps.webAssets?.entries["cook-choices"])}
        ratings={{
          ...ratings,
          slug: recipe.slug,
          ...(viewer.kind === "user" && { csrfToken: csrfTokenFor(c, publicUrl) }),
        }}
      />,
    );
  };

  return pages;
}
