import type { SearchHit } from "../../app/ports.js";
import { formatDuration } from "../../domain/duration.js";
import { Layout } from "./layout.js";
import { RecipeList } from "./recipe-list.js";
import { SearchForm, type SearchFormValues } from "./search-form.js";

export interface SearchPageProps {
  readonly values: SearchFormValues;
  readonly hits: readonly SearchHit[];
  /** Address of the next page, when there is one. */
  readonly nextHref?: string;
  readonly error?: string;
  readonly stylesheetHref: string;
}

const metaOf = (hit: SearchHit) =>
  [
    hit.totalSeconds !== undefined && `Ready in ${formatDuration({ min: hit.totalSeconds })}`,
    hit.coverage !== undefined &&
      `your foods cover ${Math.round(hit.coverage * 100)}% of the ingredients`,
  ]
    .filter(Boolean)
    .join(" · ");

export function SearchPage({ values, hits, nextHref, error, stylesheetHref }: SearchPageProps) {
  const searched = Object.values(values).some((v) => v !== undefined && v !== "");
  return (
    <Layout
      title={values.q ? `“${values.q}” — Search — Claypot` : "Search — Claypot"}
      description="Search recipes by words, by the foods you have, by cuisine and by time."
      stylesheetHref={stylesheetHref}
    >
      <h1>Search</h1>
      <SearchForm values={values} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{searched ? "Results" : "All recipes"}</h2>
        {error && (
          <p class="lede" role="alert">
            {error}
          </p>
        )}
        {!error && hits.length === 0 && <p class="lede">No recipe matches that search.</p>}
        {hits.length > 0 && (
          <RecipeList
            label="Results"
            items={hits.map((hit) => {
              const meta = metaOf(hit);
              return meta ? { ...hit, meta } : hit;
            })}
          />
        )}
        {nextHref && (
          <p>
            <a href={nextHref}>More results →</a>
          </p>
        )}
      </section>
    </Layout>
  );
}
