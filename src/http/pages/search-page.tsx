import type { SearchHit } from "../../app/ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { formatDuration } from "../../domain/duration.js";
import { Layout } from "./layout.js";
import { SearchForm, type SearchFormValues } from "./search-form.js";

export interface SearchPageProps {
  readonly values: SearchFormValues;
  readonly hits: readonly SearchHit[];
  /** Address of the next page, when there is one. */
  readonly nextHref?: string;
  readonly error?: string;
  readonly stylesheetHref: string;
}

export function SearchPage({ values, hits, nextHref, error, stylesheetHref }: SearchPageProps) {
  return (
    <Layout title="Search — Claypot" stylesheetHref={stylesheetHref}>
      <h1>Search</h1>
      <SearchForm values={values} />
      {error && <p class="lede">{error}</p>}
      {!error && hits.length === 0 && <p class="lede">No recipe matches that search.</p>}
      <ul class="recipe-list" aria-label="Results">
        {hits.map((hit) => (
          <li>
            <a href={recipePageUrl("", hit.slug)}>{hit.title}</a>
            <p class="muted">
              {[
                hit.totalSeconds !== undefined && formatDuration({ min: hit.totalSeconds }),
                hit.coverage !== undefined &&
                  `your foods cover ${Math.round(hit.coverage * 100)}% of the ingredients`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {hit.summary && <p class="muted">{hit.summary}</p>}
          </li>
        ))}
      </ul>
      {nextHref && (
        <p>
          <a href={nextHref}>More results →</a>
        </p>
      )}
    </Layout>
  );
}
