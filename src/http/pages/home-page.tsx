import type { RecipeSummary } from "../../app/ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { Layout } from "./layout.js";
import { SearchForm } from "./search-form.js";

export interface HomePageProps {
  readonly recipes: readonly RecipeSummary[];
  readonly next?: string;
  readonly stylesheetHref: string;
}

export function HomePage({ recipes, next, stylesheetHref }: HomePageProps) {
  return (
    <Layout title="Claypot — recipes" stylesheetHref={stylesheetHref}>
      <h1>Recipes</h1>
      <SearchForm />
      {recipes.length === 0 ? (
        <p class="lede">
          No recipes yet. Import one with <code>npx claypot import FILE</code>.
        </p>
      ) : (
        <ul class="recipe-list">
          {recipes.map((r) => (
            <li>
              <a href={recipePageUrl("", r.slug)}>{r.title}</a>
              {r.summary && <p class="muted">{r.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p>
          <a href={`/?after=${encodeURIComponent(next)}`}>Older recipes →</a>
        </p>
      )}
    </Layout>
  );
}
