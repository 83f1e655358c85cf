import { Hono } from "hono";
import type { RecipeStore } from "../../app/ports.js";
import { getRecipe, listRecipes } from "../../app/read-recipes.js";
import { toJsonLdDocuments } from "../../app/recipe-json-ld.js";
import { searchRecipes } from "../../app/search-recipes.js";
import { ErrorPage } from "../pages/error-page.js";
import { HomePage } from "../pages/home-page.js";
import { RecipePage } from "../pages/recipe-page.js";
import { SearchPage } from "../pages/search-page.js";
import { statusOf } from "../problem.js";
import { pageUrlOf } from "../public-url.js";
import { SearchParams, toSearchInput } from "./search-query.js";

export interface PageDeps {
  readonly store: RecipeStore;
  readonly publicUrl?: string;
  readonly stylesheetHref: string;
}

export function recipePages(deps: PageDeps) {
  const pages = new Hono();
  const { stylesheetHref } = deps;

  pages.get("/", async (c) => {
    const after = c.req.query("after");
    const page = await listRecipes(deps, /^\d{1,18}$/.test(after ?? "") ? { after: after! } : {});
    return c.html(
      <HomePage
        recipes={page.items}
        stylesheetHref={stylesheetHref}
        {...(page.next !== undefined && { next: page.next })}
      />,
    );
  });

  pages.get("/search", async (c) => {
    const params = SearchParams.safeParse(c.req.query());
    if (!params.success) {
      return c.html(
        <SearchPage
          values={{}}
          hits={[]}
          error="That search could not be read."
          stylesheetHref={stylesheetHref}
        />,
        400,
      );
    }
    const page = await searchRecipes(deps, toSearchInput(params.data));
    const { q, ingredients, cuisine, maxMinutes, sort } = params.data;
    const values = {
      ...(q !== undefined && { q }),
      ...(ingredients !== undefined && { ingredients }),
      ...(cuisine !== undefined && { cuisine }),
      ...(maxMinutes !== undefined && { maxMinutes }),
      ...(sort !== undefined && { sort }),
    };
    if (!page.ok) {
      return c.html(
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
    return c.html(
      <SearchPage
        values={values}
        hits={page.value.items}
        stylesheetHref={stylesheetHref}
        {...(next !== undefined && { nextHref: `/search?${nextParams}` })}
      />,
    );
  });

  pages.get("/recipes/:slug", async (c) => {
    const found = await getRecipe(deps, c.req.param("slug"));
    if (!found.ok) {
      const [first] = found.issues;
      const status = statusOf(first?.code ?? "NOT_FOUND");
      return c.html(
        <ErrorPage
          status={status}
          message="There is no recipe at this address."
          stylesheetHref={stylesheetHref}
        />,
        status === 404 ? 404 : 500,
      );
    }
    const { recipe, createdAt, updatedAt } = found.value;
    const pageUrl = pageUrlOf(c.req.url, deps.publicUrl, recipe.slug);
    const jsonLd = toJsonLdDocuments(recipe, {
      pageUrl,
      datePublished: createdAt,
      dateModified: updatedAt,
    });
    return c.html(<RecipePage recipe={recipe} jsonLd={jsonLd} stylesheetHref={stylesheetHref} />);
  });

  return pages;
}
