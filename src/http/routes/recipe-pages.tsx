import { Hono } from "hono";
import type { RecipeStore } from "../../app/ports.js";
import { getRecipe, listRecipes } from "../../app/read-recipes.js";
import { toJsonLdDocuments } from "../../app/recipe-json-ld.js";
import { ErrorPage } from "../pages/error-page.js";
import { HomePage } from "../pages/home-page.js";
import { RecipePage } from "../pages/recipe-page.js";
import { statusOf } from "../problem.js";
import { pageUrlOf } from "../public-url.js";

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
