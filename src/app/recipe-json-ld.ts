import { describeRecipe } from "../domain/describe-recipe.js";
import { toIsoDuration } from "../domain/duration.js";
import { formatQuantity } from "../domain/quantity.js";
import type { Ingredient, Recipe } from "../domain/recipe.js";

export interface JsonLdContext {
  /** Absolute address of the recipe's page; step anchors hang off it. */
  readonly pageUrl: string;
  readonly datePublished?: Date;
  readonly dateModified?: Date;
}

type JsonLd = Record<string, unknown>;

/** Where a recipe's page lives under a site's origin: the one rule for pages, API and CLI. */
export function recipePageUrl(origin: string, slug: string): string {
  return `${origin.replace(/\/+$/, "")}/recipes/${encodeURIComponent(slug)}`;
}

/** "Palm Sugar: Provides a deeper…" → "Palm Sugar": search engines want the line, not the essay. */
function ingredientLine(ingredient: Ingredient): string {
  const { text, note } = ingredient;
  if (note && text.endsWith(note)) {
    const head = text.slice(0, text.length - note.length).replace(/[\s:,;–—-]+$/, "");
    if (head) return head;
  }
  return text;
}

function instructions(recipe: Recipe, pageUrl: string): JsonLd[] {
  let n = 0;
  const sections = recipe.stepGroups.map((group) => {
    const steps = group.steps.map((step) => {
      n++;
      return {
        "@type": "HowToStep",
        ...(step.title && { name: step.title }),
        text: step.text,
        url: `${pageUrl}#step-${n}`,
      };
    });
    return group.title
      ? [{ "@type": "HowToSection", name: group.title, itemListElement: steps }]
      : steps;
  });
  return sections.flat();
}

/** schema.org Recipe as Google reads it: ISO durations at their upper bound, nutrition only
 *  with a yield (it is per serving), a rating only when there is one. */
export function toRecipeJsonLd(recipe: Recipe, context: JsonLdContext): JsonLd {
  const description = describeRecipe(recipe);
  const { times, yields } = recipe;
  return {
    "@context": "https://schema.org",
    "@type": "Recipe",
    name: recipe.title,
    url: context.pageUrl,
    ...(description && { description }),
    ...(recipe.images.length > 0 && { image: recipe.images.map((image) => image.url) }),
    ...(recipe.source.author && { author: { "@type": "Person", name: recipe.source.author } }),
    ...(context.datePublished && { datePublished: context.datePublished.toISOString() }),
    ...(context.dateModified && { dateModified: context.dateModified.toISOString() }),
    ...(recipe.language && { inLanguage: recipe.language }),
    ...(times.prep && { prepTime: toIsoDuration(times.prep) }),
    ...(times.cook && { cookTime: toIsoDuration(times.cook) }),
    ...(times.total && { totalTime: toIsoDuration(times.total) }),
    ...(yields && {
      recipeYield: [formatQuantity(yields.quantity), yields.text].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
    }),
    ...(recipe.category.length > 0 && { recipeCategory: recipe.category.join(", ") }),
    ...(recipe.cuisine.length > 0 && { recipeCuisine: recipe.cuisine.join(", ") }),
    ...(recipe.keywords.length > 0 && { keywords: recipe.keywords.join(", ") }),
    ...(recipe.equipment.length > 0 && {
      tool: recipe.equipment.map((name) => ({ "@type": "HowToTool", name })),
    }),
    recipeIngredient: recipe.ingredientGroups.flatMap((g) => g.ingredients.map(ingredientLine)),
    recipeInstructions: instructions(recipe, context.pageUrl),
    ...(recipe.nutrition &&
      yields && { nutrition: { "@type": "NutritionInformation", ...recipe.nutrition } }),
    ...(recipe.rating &&
      (recipe.rating.count ?? 0) > 0 && {
        aggregateRating: {
          "@type": "AggregateRating",
          ratingValue: recipe.rating.value,
          ratingCount: recipe.rating.count,
          ...(recipe.rating.best && { bestRating: recipe.rating.best }),
        },
      }),
  };
}

export function toFaqPageJsonLd(recipe: Recipe): JsonLd | undefined {
  if (recipe.faq.length === 0) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: recipe.faq.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: entry.answer },
    })),
  };
}

/** Everything a recipe page publishes as JSON-LD: the Recipe, and an FAQPage when there is one. */
export function toJsonLdDocuments(recipe: Recipe, context: JsonLdContext): JsonLd[] {
  const faq = toFaqPageJsonLd(recipe);
  return faq ? [toRecipeJsonLd(recipe, context), faq] : [toRecipeJsonLd(recipe, context)];
}

/** One JSON-LD document to hand out: the Recipe alone, or an array when an FAQPage comes too. */
export function toJsonLdPayload(recipe: Recipe, context: JsonLdContext): JsonLd | JsonLd[] {
  const documents = toJsonLdDocuments(recipe, context);
  return documents.length === 1 ? documents[0]! : documents;
}
