import { describeRecipe } from "../domain/describe-recipe.js";
import { toIsoDuration } from "../domain/duration.js";
import { formatQuantity } from "../domain/quantity.js";
import type { Ingredient, Recipe, RecipeImage } from "../domain/recipe.js";
import { absoluteUrl, browsePath } from "./browse-paths.js";

export interface JsonLdContext {
  /** Absolute address of the recipe's page; step anchors hang off it. */
  readonly pageUrl: string;
  readonly datePublished?: Date;
  readonly dateModified?: Date;
}

type JsonLd = Record<string, unknown>;

/** A resized copy of an image (made on upload); optional so imported images need none. */
export interface ImageVariant {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly type: string;
}
export type ImageWithVariants = RecipeImage & { readonly variants?: readonly ImageVariant[] };

/** Absolute image addresses, one per aspect ratio an image comes in (Google asks for 16x9, 4x3
 *  and 1x1 when there are such crops), the largest of each first. */
export function imageUrls(recipe: Recipe, origin: string): string[] {
  const urls: string[] = [];
  for (const image of recipe.images as readonly ImageWithVariants[]) {
    const main = absoluteUrl(origin, image.url);
    if (!main) continue;
    urls.push(main);
    const ratios = new Set<string>();
    if (image.width && image.height) ratios.add((image.width / image.height).toFixed(2));
    const largestFirst = [...(image.variants ?? [])].sort((a, b) => b.width - a.width);
    for (const variant of largestFirst) {
      const ratio = (variant.width / variant.height).toFixed(2);
      const url = absoluteUrl(origin, variant.url);
      if (url && !ratios.has(ratio)) {
        ratios.add(ratio);
        urls.push(url);
      }
    }
  }
  return [...new Set(urls)];
}

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
  const images = imageUrls(recipe, new URL(context.pageUrl).origin);
  return {
    "@context": "https://schema.org",
    "@type": "Recipe",
    name: recipe.title,
    url: context.pageUrl,
    ...(description && { description }),
    ...(images.length > 0 && { image: images }),
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

/** Home › the recipe's cuisine (else category) › the recipe, as the page's breadcrumb shows it. */
export function breadcrumbsOf(recipe: Recipe, origin: string): { name: string; url: string }[] {
  const home = { name: "Home", url: `${origin.replace(/\/+$/, "")}/` };
  const cuisine = recipe.cuisine[0];
  const category = recipe.category[0];
  const middle =
    cuisine !== undefined
      ? { name: cuisine, url: new URL(browsePath("cuisine", cuisine), origin).href }
      : category !== undefined
        ? { name: category, url: new URL(browsePath("category", category), origin).href }
        : undefined;
  const self = { name: recipe.title, url: recipePageUrl(origin, recipe.slug) };
  return middle ? [home, middle, self] : [home, self];
}

export function toBreadcrumbJsonLd(recipe: Recipe, pageUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: breadcrumbsOf(recipe, new URL(pageUrl).origin).map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** Everything a recipe page publishes as JSON-LD: the Recipe, an FAQPage when there is one, and
 *  its breadcrumb. */
export function toJsonLdDocuments(recipe: Recipe, context: JsonLdContext): JsonLd[] {
  const faq = toFaqPageJsonLd(recipe);
  const breadcrumbs = toBreadcrumbJsonLd(recipe, context.pageUrl);
  return [toRecipeJsonLd(recipe, context), ...(faq ? [faq] : []), breadcrumbs];
}

/** One JSON-LD document to hand out (API, exports): the Recipe alone, or an array when an
 *  FAQPage comes too; breadcrumbs belong to the page only. */
export function toJsonLdPayload(recipe: Recipe, context: JsonLdContext): JsonLd | JsonLd[] {
  const faq = toFaqPageJsonLd(recipe);
  return faq ? [toRecipeJsonLd(recipe, context), faq] : toRecipeJsonLd(recipe, context);
}
