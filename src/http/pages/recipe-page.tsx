import { browsePath } from "../../app/browse-paths.js";
import { breadcrumbsOf } from "../../app/recipe-json-ld.js";
import { describeRecipe } from "../../domain/describe-recipe.js";
import type { Recipe } from "../../domain/recipe.js";
import { JsonLdScript } from "../json-ld-script.js";
import {
  CookChoicesForm,
  type CookChoicesFormProps,
  RecipeDataScript,
} from "./cook-choices-form.js";
import { DownloadLinks } from "./download-links.js";
import { Layout } from "./layout.js";
import { RecipeCard } from "./recipe-card.js";
import { RecipeControls, type RecipeControlsProps } from "./recipe-controls.js";
import {
  Conclusion,
  Faq,
  Pairings,
  SpiceLevels,
  StorageNotes,
  Story,
  Substitutions,
  Variations,
} from "./recipe-extras.js";
import { RecipeImages } from "./recipe-images.js";
import { RecipeMeta } from "./recipe-meta.js";
import { type RecipeRatingsProps, RecipeRatingsSection } from "./recipe-ratings.js";

export interface RecipePageProps {
  readonly recipe: Recipe;
  readonly jsonLd: readonly unknown[];
  readonly stylesheetHref: string;
  /** The page's absolute address (the public URL's when configured). */
  readonly pageUrl?: string;
  /** Public: search engines and Pinterest may read it (metadata, Save links). */
  readonly published?: boolean;
  /** Slugs of paired recipes the reader can open: only those become links. */
  readonly linkedSlugs?: readonly string[];
  /** For a signed-in reader: pin, and for its keepers, share. */
  readonly controls?: RecipeControlsProps;
  readonly ratings?: RecipeRatingsProps;
  /** The page's query ("?servings=6&share=…"): cook mode opens with the same choices. */
  readonly search?: string;
  /** The reader's servings, units, swaps and heat: the card shows `recipe` adapted to them. */
  readonly cooking?: {
    readonly form: CookChoicesFormProps;
    readonly adapted: Recipe;
    readonly scriptHref?: string;
  };
}

/** A food-blog page done right: the story is there, but one link away from the recipe. */
export function RecipePage(props: RecipePageProps) {
  const { recipe, jsonLd, stylesheetHref, controls, ratings } = props;
  const pageUrl = props.pageUrl ?? `http://localhost/recipes/${recipe.slug}`;
  const published = props.published ?? jsonLd.length > 0;
  const description = describeRecipe(recipe);
  const crumbs = breadcrumbsOf(recipe, new URL(pageUrl).origin);
  // The print and cook views keep the page's query: its share link and the reader's choices.
  const printHref = `/recipes/${encodeURIComponent(recipe.slug)}/print${props.search ?? ""}`;
  return (
    <Layout
      title={`${recipe.title} — Claypot`}
      stylesheetHref={stylesheetHref}
      {...(description !== undefined && { description })}
      {...(published && { canonical: pageUrl })}
      head={
        <>
          {!published && <meta name="robots" content="noindex" />}
          {published && (
            <RecipeMeta
              recipe={recipe}
              pageUrl={pageUrl}
              {...(description !== undefined && { description })}
            />
          )}
          {jsonLd.map((data) => (
            <JsonLdScript data={data} />
          ))}
          {props.cooking?.scriptHref && <script type="module" src={props.cooking.scriptHref} />}
        </>
      }
    >
      <nav class="breadcrumbs no-print" aria-label="Breadcrumb">
        <ol>
          {crumbs.map((crumb, i) => (
            <li>
              {i === crumbs.length - 1 ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <a href={new URL(crumb.url).pathname}>{crumb.name}</a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <article class="recipe">
        <header class="recipe-head">
          <h1>{recipe.title}</h1>
          {recipe.source.author && (
            <p class="byline">
              By <a href={browsePath("author", recipe.source.author)}>{recipe.source.author}</a>
            </p>
          )}
          {/* Only the author's own summary: the fallback would repeat the story's first lines. */}
          {recipe.description && <p class="lede">{recipe.description}</p>}
          <p class="actions no-print">
            <a class="button" href="#recipe">
              Jump to recipe
            </a>{" "}
            <a class="button secondary" href={printHref} rel="nofollow">
              Print
            </a>{" "}
            <a
              class="button secondary"
              href={`/recipes/${encodeURIComponent(recipe.slug)}/cook${props.search ?? ""}`}
            >
              Cook mode
            </a>
          </p>
          <DownloadLinks slug={recipe.slug} search={props.search ?? ""} />
        </header>
        {controls && <RecipeControls {...controls} />}
        <RecipeImages recipe={recipe} pageUrl={pageUrl} published={published} />
        <Story recipe={recipe} />
        {props.cooking && <CookChoicesForm {...props.cooking.form} />}
        {props.cooking && <RecipeDataScript recipe={recipe} />}
        <RecipeCard recipe={props.cooking?.adapted ?? recipe} />
        <div class="extras">
          <Substitutions recipe={recipe} />
          <SpiceLevels recipe={recipe} />
          <Variations recipe={recipe} />
          <Pairings recipe={recipe} linkedSlugs={props.linkedSlugs ?? []} />
          <StorageNotes recipe={recipe} />
          <Faq recipe={recipe} />
          <Conclusion recipe={recipe} />
        </div>
        {ratings && <RecipeRatingsSection {...ratings} />}
      </article>
    </Layout>
  );
}
