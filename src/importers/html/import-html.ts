import type { AnyNode } from "domhandler";
import type { RecipeInput } from "../../domain/recipe.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { findSchemaRecipes, type SchemaNode } from "../find-schema-recipes.js";
import type { Importer, ImportSource } from "../importer.js";
import { parseElementWith, parsePage } from "../parse-page.js";
import { type PageFacts, readSchemaRecipe, toIngredient } from "../read-schema-recipe.js";
import { splitAtShownHeadings } from "./find-shown-headings.js";
import { findShownMethod } from "./find-shown-method.js";
import { fillHeaderSteps, findShownStepTexts, isHeaderMethod } from "./find-shown-step-texts.js";
import {
  isCommaSplit,
  isGluedMethod,
  lacksAmounts,
  preferShownLines,
} from "./prefer-shown-lines.js";
import { readRegionFacts } from "./read-labelled-facts.js";
import { readMicrodata } from "./read-microdata.js";
import { pickRecipe, readPageFacts } from "./read-page-facts.js";
import { type RecipeCard, readRecipeCard } from "./read-recipe-card.js";
import { findDishHeading } from "./read-recipe-region.js";
import { readThemeCard } from "./read-theme-card.js";
import { CARD_MARKERS, mayHaveRecipeMarkup, scanPage } from "./scan-page.js";
import { stripSiteName } from "./strip-site-name.js";
import { trimCardMethod } from "./trim-card-method.js";

/** HTML page → Recipe. Strategy, cheapest first:
 *  1. one streaming pass for JSON-LD blocks and <head> facts (most pages end here; a plugin's
 *     card is parsed alone only when it may hold ingredient sub-headings);
 *  2. when the JSON-LD lacks ingredients or steps, a full tree: microdata / RDFa / h-recipe
 *     items, then a plugin's card or a theme's markup and the page's lists (readThemeCard),
 *     each filling only what the sources before it left out; yields and times the page prints
 *     as labelled lines fill in last;
 *  2b. where the structured data is a poorer copy of what the page shows (lines without
 *     amounts or split at every comma, a method glued into one string, steps that are only
 *     headers), the page's own lines take its place; only such pages are parsed for it;
 *  3. none of these: NO_STRUCTURED_RECIPE, and the caller may run the text importer on
 *     `readRecipeRegionText(html)`.
 *  Of several Recipe objects the one with the most ingredients and steps wins. */

export const HtmlIssueCode = {
  NoStructuredRecipe: "NO_STRUCTURED_RECIPE",
  JsonLdBroken: "JSON_LD_UNREADABLE",
} as const;

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
    prepTime: card.prepTime,
    cookTime: card.cookTime,
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

/** The card's method without what the page prints after the last step; a yield the last step
 *  stated fills the card's when it has none. */
function withTrimmedMethod(card: RecipeCard): RecipeCard {
  const { groups, yields } = trimCardMethod(card.instructions);
  return { ...card, instructions: groups, ...(!card.yields && yields && { yields }) };
}

/** The first plugin card on the page, parsed alone; `filled`: only one that lists something. */
function readCardAlone(html: string, from: number, filled = false): RecipeCard | undefined {
  for (const marker of CARD_MARKERS) {
    const roots = parseElementWith(html, marker, from);
    const card = roots.length > 0 ? readRecipeCard(roots) : undefined;
    if (card && (!filled || card.ingredients.length > 0 || card.instructions.length > 0)) {
      return card;
    }
  }
  return undefined;
}

const hasIngredients = (r: RecipeInput) =>
  (r.ingredientGroups ?? []).some((g) => g.ingredients.length > 0);
const hasSteps = (r: RecipeInput) => (r.stepGroups ?? []).some((g) => g.steps.length > 0);
const hasContent = (r: RecipeInput) => hasIngredients(r) || hasSteps(r);
const isComplete = (r: RecipeInput | undefined) =>
  r !== undefined && hasIngredients(r) && hasSteps(r);

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && value !== null && Object.keys(value).length === 0);

/** `base` with what it lacks taken from `extra`, field by field: a page's JSON-LD may say the
 *  times and yields while its microdata or card holds the ingredients and steps. */
function fillIn(base: RecipeInput | undefined, extra: RecipeInput): RecipeInput {
  if (!base) return extra;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (isEmpty(merged[key])) merged[key] = value;
  }
  if (!hasIngredients(base)) merged.ingredientGroups = extra.ingredientGroups;
  if (!hasSteps(base)) merged.stepGroups = extra.stepGroups;
  merged.times = { ...extra.times, ...base.times };
  merged.source = { ...extra.source, ...base.source };
  return merged as RecipeInput;
}

/** The one step a glued method is (isGluedMethod). */
const gluedMethod = (recipe: RecipeInput) =>
  (recipe.stepGroups ?? []).flatMap((g) => g.steps)[0]?.text;

export function importHtml(source: ImportSource): Result<RecipeInput> {
  const scan = scanPage(source.text);
  const found = findSchemaRecipes(scan.jsonLd);
  const page = readPageFacts(scan, source.url, found);
  const issues: Issue[] = [];
  if (found.broken > 0) {
    issues.push(
      issue(HtmlIssueCode.JsonLdBroken, `${found.broken} JSON-LD block(s) could not be read`),
    );
  }
  const jsonLd = pickRecipe(found.recipes);
  let tree: AnyNode[] | undefined;
  const parse = () => (tree ??= parsePage(source.text).roots);
  let recipe = jsonLd ? readSchemaRecipe(jsonLd, found.byId, page) : undefined;
  if (!isComplete(recipe) && mayHaveRecipeMarkup(source.text)) {
    const item = pickRecipe(readMicrodata(parse()));
    if (item) recipe = fillIn(recipe, readSchemaRecipe(item, new Map(), page));
  }
  // A complete recipe takes only sub-headings from the card: parse just the card, not the page.
  const complete = isComplete(recipe);
  const card: RecipeCard | undefined = complete
    ? scan.mayGroupIngredients
      ? readCardAlone(source.text, scan.headEnd)
      : undefined
    : withTrimmedMethod(readCardAlone(source.text, scan.headEnd, true) ?? readThemeCard(parse()));
  if (recipe && hasIngredients(recipe)) {
    const groups = regroup(recipe.ingredientGroups ?? [], card);
    recipe.ingredientGroups = splitAtShownHeadings(groups, source.text, scan.headEnd);
  }
  // A card of steps alone is worth less than the text importer's reading of the page, unless
  // structured data already says the recipe's times or yields.
  const facts = recipe && (recipe.yields || Object.keys(recipe.times ?? {}).length > 0);
  const usable = card?.ingredients.length || (facts && card?.instructions.length);
  if (!complete && card && usable) {
    if (!recipe) {
      issues.push(
        issue(
          HtmlIssueCode.NoStructuredRecipe,
          "the page has no structured recipe: it was read from the page's lists and headings",
        ),
      );
    }
    const name = recipe ? undefined : findDishHeading(parse(), page.title);
    recipe = fillIn(recipe, fromCard(name && !card.name ? { ...card, name } : card, page));
  }
  // Lines without amounts, split at commas, or a method in one string: the page may show them
  // whole. Few pages are like this, so only they pay for reading the page's lists.
  const split = isCommaSplit(jsonLd?.recipeIngredient);
  if (recipe && (lacksAmounts(recipe) || isGluedMethod(recipe) || split)) {
    const before = recipe;
    if (card) recipe = preferShownLines(recipe, card, split);
    if (recipe === before) recipe = preferShownLines(recipe, readThemeCard(parse()), split);
    // No box names the method: the page's paragraphs, wherever they are, may still part it.
    const method = recipe === before && isGluedMethod(recipe) ? gluedMethod(recipe) : undefined;
    const shown = method === undefined ? undefined : findShownMethod(parse(), method);
    if (shown) recipe = preferShownLines(recipe, { ingredients: [], instructions: shown });
  }
  // Steps that are only headers: the page may show their text under them (few pages do).
  if (recipe && isHeaderMethod(recipe)) {
    const groups = recipe.stepGroups ?? [];
    const texts = findShownStepTexts(
      parse(),
      groups.flatMap((g) => g.steps.map((s) => s.text)),
    );
    if (texts) recipe = { ...recipe, stepGroups: fillHeaderSteps(groups, texts) };
  }
  // What the page prints ("Servings: 4", "Total Time: 1 Hr") and no markup says. A recipe
  // without a yield is worth parsing the body for (few structured ones lack it, and pages print
  // it); times alone are not (more lack them, fewer print them): read only on a parsed page.
  const noYield = recipe !== undefined && !recipe.yields;
  if (recipe && hasContent(recipe) && (noYield || (tree && isEmpty(recipe.times)))) {
    const body = tree ?? parsePage(source.text.slice(scan.headEnd)).roots;
    const card = { ...readRegionFacts(body), ingredients: [], instructions: [] };
    recipe = fillIn(recipe, { ...fromCard(card, page), ingredientGroups: [], stepGroups: [] });
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
