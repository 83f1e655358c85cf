import { describeRecipe } from "../../domain/describe-recipe.js";
import type { Recipe } from "../../domain/recipe.js";
import { JsonLdScript } from "../json-ld-script.js";
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
import { type RecipeRatingsProps, RecipeRatingsSection } from "./recipe-ratings.js";

/** Only web and same-site addresses become an image's src: an import may say anything. */
const isWebImage = (image: { url: string }) => /^(https?:\/\/|\/(?!\/))/i.test(image.url);

export interface RecipePageProps {
  readonly recipe: Recipe;
  readonly jsonLd: readonly unknown[];
  readonly stylesheetHref: string;
  /** For a signed-in reader: pin, and for its keepers, share. */
  readonly controls?: RecipeControlsProps;
  readonly ratings?: RecipeRatingsProps;
}

/** A food-blog page done right: the story is there, but one link away from the recipe. */
export function RecipePage({ recipe, jsonLd, stylesheetHref, controls, ratings }: RecipePageProps) {
  const description = describeRecipe(recipe);
  return (
    <Layout
      title={`${recipe.title} — Claypot`}
      stylesheetHref={stylesheetHref}
      {...(description !== undefined && { description })}
      head={jsonLd.map((data) => <JsonLdScript data={data} />)}
    >
      <article>
        <h1>{recipe.title}</h1>
        {recipe.source.author && <p class="muted">By {recipe.source.author}</p>}
        <p class="jump no-print">
          <a class="button" href="#recipe">
            Jump to recipe
          </a>
        </p>
        {controls && <RecipeControls {...controls} />}
        {recipe.images.filter(isWebImage).map((image) => (
          <img
            src={image.url}
            alt={image.alt ?? recipe.title}
            {...(image.width && { width: image.width })}
            {...(image.height && { height: image.height })}
            loading="lazy"
          />
        ))}
        <Story recipe={recipe} />
        <RecipeCard recipe={recipe} />
        <Substitutions recipe={recipe} />
        <SpiceLevels recipe={recipe} />
        <Variations recipe={recipe} />
        <Pairings recipe={recipe} />
        <StorageNotes recipe={recipe} />
        <Faq recipe={recipe} />
        <Conclusion recipe={recipe} />
        {ratings && <RecipeRatingsSection {...ratings} />}
      </article>
    </Layout>
  );
}
