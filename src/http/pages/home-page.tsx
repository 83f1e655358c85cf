import type { PopularRecipe } from "../../app/list-popular-recipes.js";
import type { RecipeSummary } from "../../app/ports.js";
import { Layout } from "./layout.js";
import { RecipeList } from "./recipe-list.js";

export interface HomePageProps {
  readonly recipes: readonly RecipeSummary[];
  readonly popular?: readonly PopularRecipe[];
  readonly next?: string;
  /** Absolute address of the home page, when it is the first page. */
  readonly canonical?: string;
  readonly stylesheetHref: string;
}

const ratingLine = (r: PopularRecipe) =>
  `★ ${r.rating.average.toFixed(1)} · ${r.rating.count} ${r.rating.count === 1 ? "rating" : "ratings"}`;

/** Newest recipes, the most rated ones, and a search box: where every visit starts. */
export function HomePage({
  recipes,
  popular = [],
  next,
  canonical,
  stylesheetHref,
}: HomePageProps) {
  return (
    <Layout
      title="Claypot — recipes kept well"
      description="Recipes to cook tonight: fast pages, the recipe first, printable cards."
      stylesheetHref={stylesheetHref}
      {...(canonical !== undefined && { canonical })}
    >
      <section class="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">Recipes worth keeping</h1>
        <search>
          <form class="quick-search" action="/search" method="get">
            <label for="home-q">Search recipes</label>
            <input id="home-q" type="search" name="q" placeholder="pork stir fry" />
            <button type="submit">Search</button>
          </form>
        </search>
        <p class="muted">
          Or <a href="/search">search by the foods you have</a>.
        </p>
      </section>
      {popular.length > 0 && (
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading">Popular</h2>
          <RecipeList
            label="Popular recipes"
            items={popular.map((r) => ({ ...r, meta: ratingLine(r) }))}
          />
        </section>
      )}
      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">Newest</h2>
        {recipes.length === 0 ? (
          <p class="lede">
            No recipes yet. Import one with <code>npx claypot import FILE</code>.
          </p>
        ) : (
          <RecipeList label="Newest recipes" items={recipes} />
        )}
        {next && (
          <p>
            <a href={`/?after=${encodeURIComponent(next)}`}>Older recipes →</a>
          </p>
        )}
      </section>
    </Layout>
  );
}
