import type { AnyNode } from "domhandler";
import type { RecipeInput } from "../../domain/recipe.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { cleanText } from "../clean-text.js";
import { findSchemaRecipes, type SchemaNode } from "../find-schema-recipes.js";
import type { Importer, ImportSource } from "../importer.js";
import { parseElementWith, parsePage } from "../parse-page.js";
import { type PageFacts, readSchemaRecipe, toIngredient } from "../read-schema-recipe.js";
import { readUrl } from "../read-schema-values.js";
import { readMicrodata } from "./read-microdata.js";
import { type RecipeCard, readRecipeCard } from "./read-recipe-card.js";
import { CARD_MARKERS, type PageScan, scanPage } from "./scan-page.js";
import { stripSiteName } from "./strip-site-name.js";

/** HTML page → Recipe. Strategy, cheapest first:
 *  1. one streaming pass for JSON-LD blocks and <head> facts (most pages end here);
 *  2. only when needed, a full tree: microdata / RDFa / h-recipe items, and the visible
 *     recipe card of a plugin (for ingredient sub-headings, or as the recipe itself);
 *  3. none of these: NO_STRUCTURED_RECIPE, and the caller may run the text importer on
 *     `readRecipeRegionText(html)`.
 *  Of several Recipe objects the one with the most ingredients and steps wins. */

export const HtmlIssueCode = {
  NoStructuredRecipe: "NO_STRUCTURED_RECIPE",
  JsonLdBroken: "JSON_LD_UNREADABLE",
} as const;

const meta = (scan: PageScan, ...keys: string[]) => {
  for (const key of keys) {
    const value = scan.meta.get(key);
    const text = value === undefined ? "" : cleanText(value);
    if (text) return text;
  }
  return undefined;
};

function readPageFacts(scan: PageScan, given: string | undefined): PageFacts {
  const refs = new Map<string, SchemaNode>();
  const base = given ?? scan.canonical ?? scan.meta.get("og:url");
  const url =
    readUrl(scan.canonical, refs, base) ?? readUrl(scan.meta.get("og:url"), refs, base) ?? given;
  const title = meta(scan, "og:title", "twitter:title") ?? cleanText(scan.title ?? "");
  const image = readUrl(scan.meta.get("og:image"), refs, base);
  const language = scan.language ?? meta(scan, "og:locale", "language", "content-language");
  const facts: Record<string, string | undefined> = {
    title: title || undefined,
    description: meta(scan, "description", "og:description"),
    author: meta(scan, "author", "article:author", "twitter:creator"),
    site: meta(scan, "og:site_name", "application-name"),
    url,
    language: language && cleanText(language),
    image,
  };
  return Object.fromEntries(
    Object.entries(facts).filter(([, v]) => v !== undefined && v !== ""),
  ) as PageFacts;
}

const weight = (node: SchemaNode) => {
  const size = (v: unknown) => (Array.isArray(v) ? v.length : v ? 1 : 0);
  return size(node.recipeIngredient ?? node.ingredients) + size(node.recipeInstructions);
};

function pickRecipe(recipes: readonly SchemaNode[]): SchemaNode | undefined {
  let best: SchemaNode | undefined;
  for (const r of recipes) if (!best || weight(r) > weight(best)) best = r;
  return best;
}

type IngredientGroups = NonNullable<RecipeInput["ingredientGroups"]>;

/** The card's sub-headings over the structured list, when both list as many lines. The
 *  structured lines stay: they are what the author entered, the card adds only the headings. */
function regroup(groups: IngredientGroups, card: RecipeCard | undefined): IngredientGroups {
  const flat = groups.flatMap((g) => g.ingredients);
  if (!card || card.ingredients.length < 2) return groups;
  const total = card.ingredients.reduce((n, g) => n + g.lines.length, 0);
  if (total !== flat.length) return groups;
  let at = 0;
  return card.ingredients.map((g) => {
    const ingredients = flat.slice(at, at + g.lines.length);
    at += g.lines.length;
    return { ...(g.title && { title: g.title.slice(0, 500) }), ingredients };
  });
}

function fromCard(card: RecipeCard, page: PageFacts): RecipeInput {
  const node: SchemaNode = {
    name: card.name,
    recipeYield: card.yields,
    totalTime: card.totalTime,
    recipeInstructions: card.instructions.map((g) => ({
      "@type": "HowToSection",
      name: g.title,
      itemListElement: g.lines,
    })),
  };
  const recipe = readSchemaRecipe(node, new Map(), page);
  recipe.ingredientGroups = card.ingredients.map((g) => ({
    ...(g.title && { title: g.title.slice(0, 500) }),
    ingredients: g.lines.map(toIngredient),
  }));
  return recipe;
}

function readCardAlone(html: string, from: number): RecipeCard | undefined {
  for (const marker of CARD_MARKERS) {
    const roots = parseElementWith(html, marker, from);
    if (roots.length > 0) return readRecipeCard(roots);
  }
  return undefined;
}

const hasContent = (r: RecipeInput) =>
  (r.ingredientGroups ?? []).some((g) => g.ingredients.length > 0) ||
  (r.stepGroups ?? []).some((g) => g.steps.length > 0);

export function importHtml(source: ImportSource): Result<RecipeInput> {
  const scan = scanPage(source.text);
  const page = readPageFacts(scan, source.url);
  const issues: Issue[] = [];
  const found = findSchemaRecipes(scan.jsonLd);
  if (found.broken > 0) {
    issues.push(
      issue(HtmlIssueCode.JsonLdBroken, `${found.broken} JSON-LD block(s) could not be read`),
    );
  }
  const jsonLd = pickRecipe(found.recipes);
  let tree: AnyNode[] | undefined;
  const parse = () => (tree ??= parsePage(source.text).roots);
  let recipe: RecipeInput | undefined;
  if (jsonLd) recipe = readSchemaRecipe(jsonLd, found.byId, page);
  if ((!recipe || !hasContent(recipe)) && scan.hasRecipeMarkup) {
    const item = pickRecipe(readMicrodata(parse()));
    if (item) recipe = readSchemaRecipe(item, new Map(), page);
  }
  const structured = recipe !== undefined && hasContent(recipe);
  // With structured data, the card only adds sub-headings: parse just the card, not the page.
  const card = structured
    ? scan.hasRecipeCard
      ? readCardAlone(source.text, scan.headEnd)
      : undefined
    : readRecipeCard(parse(), true);
  if (recipe && hasContent(recipe)) {
    recipe.ingredientGroups = regroup(recipe.ingredientGroups ?? [], card);
  } else if (card && card.ingredients.length > 0) {
    const fromPage = fromCard(card, page);
    // What the structured data does say (title, times, yields…) still counts.
    recipe = recipe
      ? { ...recipe, ingredientGroups: fromPage.ingredientGroups, stepGroups: fromPage.stepGroups }
      : fromPage;
  }
  if (!recipe || !hasContent(recipe) || recipe.title === "") {
    return fail(
      HtmlIssueCode.NoStructuredRecipe,
      "the page has no structured recipe (JSON-LD, microdata, RDFa, h-recipe or a recipe card)",
    );
  }
  return ok({ ...recipe, title: stripSiteName(recipe.title, page) }, issues);
}

/** An HTML document or fragment: a doctype, or <html>/<head>/<body> near the start. */
function sniffHtml(source: ImportSource): number {
  const head = source.text.slice(0, 2_000).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return 1;
  if (source.name && /\.x?html?$/i.test(source.name)) return 0.95;
  const tags = ["<head", "<body", "<meta", "<script", "<div", "<p>"];
  if (head.startsWith("<") && tags.some((t) => head.includes(t))) return 0.8;
  return 0;
}

export const htmlImporter: Importer = {
  id: "html",
  sniff: sniffHtml,
  importRecipe: importHtml,
};
