import type { BrowseFacet } from "../../app/browse-paths.js";
import type { RecipeSummary } from "../../app/ports.js";
import { Layout } from "./layout.js";
import { RecipeList } from "./recipe-list.js";

const HEADINGS: Record<BrowseFacet, string> = {
  cuisine: "cuisine",
  category: "recipes",
  tag: "recipes tagged",
  author: "recipes by",
};

export interface BrowsePageProps {
  readonly facet: BrowseFacet;
  readonly value: string;
  readonly recipes: readonly RecipeSummary[];
  readonly canonical: string;
  readonly nextHref?: string;
  readonly stylesheetHref: string;
}

const titleCase = (s: string) => s.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());

/** One cuisine, category, tag or author: their recipes, newest first. */
export function BrowsePage(props: BrowsePageProps) {
  const name = titleCase(props.value);
  const heading =
    props.facet === "tag"
      ? `Recipes tagged “${name}”`
      : props.facet === "author"
        ? `Recipes by ${name}`
        : `${name} ${HEADINGS[props.facet]}`;
  return (
    <Layout
      title={`${heading} — Claypot`}
      description={`${heading} on Claypot.`}
      stylesheetHref={props.stylesheetHref}
      canonical={props.canonical}
      {...(props.recipes.length === 0 && { head: <meta name="robots" content="noindex" /> })}
    >
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <a href="/">Home</a>
          </li>
          <li>
            <span aria-current="page">{name}</span>
          </li>
        </ol>
      </nav>
      <h1>{heading}</h1>
      {props.recipes.length === 0 ? (
        <p class="lede">
          No recipes here yet. <a href="/search">Search all recipes</a>.
        </p>
      ) : (
        <RecipeList items={props.recipes} label={heading} />
      )}
      {props.nextHref && (
        <p>
          <a href={props.nextHref}>More recipes →</a>
        </p>
      )}
    </Layout>
  );
}
