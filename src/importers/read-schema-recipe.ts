import { parseIngredientLine } from "../domain/parse-ingredient-line.js";
import type { Ingredient, IngredientGroup, RecipeImage, RecipeInput } from "../domain/recipe.js";
import { slugify } from "../lib/slug.js";
import { isNode, resolve, type SchemaNode } from "./find-schema-recipes.js";
import { readSchemaInstructions } from "./read-schema-instructions.js";
import {
  clip,
  type Refs,
  readDiets,
  readImages,
  readList,
  readNutrition,
  readRating,
  readSchemaDuration,
  readSchemaYields,
  readText,
  readTexts,
} from "./read-schema-values.js";
import { readMarkupLines } from "./read-visible-text.js";

/** A schema.org Recipe (from JSON-LD, microdata, RDFa or a recipe card, all read into the same
 *  plain-object shape) → the model. Each field is read on its own: what cannot be read is left
 *  out, never the recipe. `page` supplies what the page says when the recipe does not. */

export interface PageFacts {
  readonly title?: string;
  readonly description?: string;
  readonly author?: string;
  readonly site?: string;
  /** The site's name as the page's title ends with it: when nothing else names the site. */
  readonly siteInTitle?: string;
  readonly url?: string;
  readonly language?: string;
  readonly image?: string;
}

/** Recipe plugins wrap a note the author already put in parentheses in their own: "((optional))". */
const unwrapDoubleParentheses = (line: string) => line.replace(/\(\(([^()]*)\)\)/g, "($1)");

export function toIngredient(line: string): Ingredient {
  const text = clip(unwrapDoubleParentheses(line), 2_000);
  const parsed = parseIngredientLine(text);
  if (parsed.kind === "header") return { text, food: clip(text, 500), substitutes: [] };
  const note = [parsed.note, parsed.purpose].filter(Boolean).join("; ");
  return {
    text,
    ...(parsed.quantity && { quantity: parsed.quantity }),
    ...(parsed.unit && { unit: clip(parsed.unit, 500) }),
    food: clip(parsed.food.trim() || text, 500),
    ...(parsed.preparation && { preparation: clip(parsed.preparation, 1_000) }),
    ...(note && { note: clip(note, 2_000) }),
    ...(parsed.optional && { optional: true }),
    substitutes: [],
  };
}

/** A list marker a page typed before the line ("- 2 eggs", "• salt"): layout, not content. */
const BULLET = /^[-–•·▢*]\s+/;
/** An amount a database printed as a float ("500.0 g", "250.0g", "2,00 Zehen"): the page shows "500 g".
 *  Three zeros are a thousands separator ("1,000 g"), not a float. */
const FLOAT_AMOUNT = /^(\d+)[.,]0{1,2}(?=[\s\p{L}]|$)/u;

const OPENS_WITH_AMOUNT = /^[\d\u00bc-\u00be\u2150-\u215e]/;
/** Lines in one string that each open with an amount, at least this many: the whole list. */
const MIN_GLUED_LINES = 3;

/** A line's parts at its commas outside brackets, where the next part opens with an amount
 *  ("1 (14 oz, 400 g) can tomatoes, 2 cloves garlic" parts after "tomatoes" only). */
function partsAtCommas(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      let next = i + 1;
      while (line[next] === " ") next++;
      if (OPENS_WITH_AMOUNT.test(line[next] ?? "")) {
        parts.push(line.slice(from, i).trim());
        from = next;
      }
    }
  }
  parts.push(line.slice(from).trim());
  return parts;
}

/** A list of one line that is the whole list, comma-separated ("125ml milk, 1 tsp vinegar,
 *  60ml oil"): every part opens with an amount, where a line's own note ("2 eggs, beaten") does
 *  not. Otherwise the line as it is. */
function splitGluedList(lines: string[]): string[] {
  if (lines.length !== 1 || lines[0]!.length > 10_000) return lines;
  const parts = partsAtCommas(lines[0]!);
  const glued = parts.length >= MIN_GLUED_LINES && parts.every((p) => OPENS_WITH_AMOUNT.test(p));
  return glued ? parts : lines;
}

/** recipeIngredient → lines. A list of one string with line breaks is the whole list, a line
 *  each; in a longer list a line break is only a wrap inside one line ("2\nbay leaves"). */
export function readIngredientLines(value: unknown, refs: Refs): string[] {
  const item = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const lines =
    typeof item === "string" && /[\n\r]|<(?:br|li|p)\b/i.test(item.trim())
      ? readMarkupLines(item)
      : splitGluedList(readTexts(value, refs));
  return lines
    .map((line) => line.replace(BULLET, "").replace(FLOAT_AMOUNT, "$1"))
    .filter((line) => line !== "");
}

function readIngredientGroups(recipe: SchemaNode, refs: Refs): IngredientGroup[] {
  const lines = readIngredientLines(recipe.recipeIngredient ?? recipe.ingredients, refs);
  return lines.length === 0 ? [] : [{ ingredients: lines.map(toIngredient) }];
}

/** An address (a profile page, `<a itemprop="author" href>`) says where someone is, not who. */
export const isAddress = (text: string) => /^(?:https?:\/\/|www\.)\S*$/i.test(text);

function readAuthor(value: unknown, refs: Refs): string | undefined {
  const names = readTexts(value, refs, ["name", "@value"]).filter((name) => !isAddress(name));
  return names.length === 0 ? undefined : clip([...new Set(names)].join(", "), 500);
}

export function readSchemaRecipe(recipe: SchemaNode, refs: Refs, page: PageFacts): RecipeInput {
  const title = clip(
    readText(recipe.name, refs) ?? readText(recipe.headline, refs) ?? page.title ?? "",
    300,
  );
  const description = readText(recipe.description, refs) ?? page.description;
  const language = readText(recipe.inLanguage, refs) ?? page.language;
  const author = readAuthor(recipe.author ?? recipe.creator, refs) ?? page.author?.slice(0, 500);
  const publisher = resolve(recipe.publisher, refs);
  const site =
    page.site ??
    (isNode(publisher) ? readText(publisher.name, refs) : undefined) ??
    page.siteInTitle;
  const images = withPageImage(
    readImages(recipe.image ?? recipe.thumbnailUrl, refs, page.url),
    page,
  );
  const times = {
    ...optional("prep", readSchemaDuration(recipe.prepTime, refs)),
    ...optional("cook", readSchemaDuration(recipe.cookTime ?? recipe.performTime, refs)),
    ...optional("total", readSchemaDuration(recipe.totalTime, refs)),
  };
  const yields = readSchemaYields(recipe.recipeYield ?? recipe.yield, refs);
  const nutrition = readNutrition(recipe.nutrition, refs);
  const rating = readRating(recipe.aggregateRating, refs);
  const source = {
    // A cut address is no address: one past the model's bound is left out.
    ...optional("url", page.url && page.url.length <= 2_000 ? page.url : undefined),
    ...optional("site", site && clip(site, 500)),
    ...optional("author", author),
  };
  return {
    title,
    slug: slugify(title) || "recipe",
    ...optional("description", description && clip(description, 5_000)),
    ...optional("language", language && language.length <= 35 ? language : undefined),
    ingredientGroups: readIngredientGroups(recipe, refs),
    stepGroups: readSchemaInstructions(recipe.recipeInstructions ?? recipe.instructions, refs),
    images,
    ...optional("yields", yields),
    times,
    category: readList(recipe.recipeCategory, refs).slice(0, 20),
    cuisine: readList(recipe.recipeCuisine, refs).slice(0, 20),
    keywords: readList(recipe.keywords, refs),
    diets: readDiets(recipe.suitableForDiet, refs),
    ...optional("nutrition", nutrition),
    ...optional("rating", rating),
    source,
    equipment: readTexts(recipe.tool, refs)
      .map((t) => clip(t, 500))
      .slice(0, 100),
  };
}

/** A site-wide picture rather than a dish's: a logo, a placeholder, an icon or an avatar. */
const SITE_PICTURE = /(?:^|[^a-z])(?:logo|placeholder|favicon|icon|avatar)(?![a-z])/i;

/** The page's own picture (og:image) first: the one its author chose to show the dish, where a
 *  Recipe's list often opens with a square crop or a thumbnail ("…-225x225.jpg"); not when its
 *  name says it is the site's (a logo). A page of several recipes gives none (readPageFacts). */
function withPageImage(images: RecipeImage[], page: PageFacts): RecipeImage[] {
  const url = page.image;
  if (!url || url.length > 2_000) return images;
  const file = url.split(/[?#]/)[0]!.split("/").pop() ?? "";
  if (images.length > 0 && SITE_PICTURE.test(file)) return images;
  return [{ url }, ...images.filter((image) => image.url !== url)];
}

/** `{ key: value }` when the value is there, `{}` otherwise (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === "" ? {} : { [key]: value }) as { [P in K]?: V };
}
