import type { RecipeSummary } from "../../app/ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";

export interface RecipeListItem extends RecipeSummary {
  /** A line under the title: time, coverage, rating. */
  readonly meta?: string;
}

/** The one recipe card of listings: home, search, cuisines, tags and boards look alike. */
export function RecipeList(props: { items: readonly RecipeListItem[]; label: string }) {
  return (
    <ul class="recipe-list" aria-label={props.label}>
      {props.items.map((r) => (
        <li class="recipe-tile">
          <h3>
            <a href={recipePageUrl("", r.slug)}>{r.title}</a>
          </h3>
          {r.meta && <p class="meta">{r.meta}</p>}
          {r.summary && <p class="muted">{r.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
