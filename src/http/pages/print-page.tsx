import type { Recipe } from "../../domain/recipe.js";
import { Layout } from "./layout.js";
import { RecipeCard } from "./recipe-card.js";

/** The card alone, for paper: the recipe page's print stylesheet applies here too. */
export function PrintPage(props: { recipe: Recipe; pageUrl: string; stylesheetHref: string }) {
  const { recipe } = props;
  return (
    <Layout
      title={`${recipe.title} (print) — Claypot`}
      stylesheetHref={props.stylesheetHref}
      canonical={props.pageUrl}
      head={<meta name="robots" content="noindex" />}
    >
      <article class="recipe print-view">
        <h1>{recipe.title}</h1>
        <p class="no-print">
          Print this page with your browser (Ctrl+P or ⌘P).{" "}
          <a href={props.pageUrl}>Back to the recipe</a>
        </p>
        <RecipeCard recipe={recipe} />
        <p class="muted">{props.pageUrl}</p>
      </article>
    </Layout>
  );
}
