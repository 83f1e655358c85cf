import type { RecipeInput } from "../../domain/recipe.js";
import { cleanText } from "../clean-text.js";
import { findSchemaRecipes, type SchemaNode, type SchemaRecipes } from "../find-schema-recipes.js";
import type { ImportSource } from "../importer.js";
import { isAddress, type PageFacts, readSchemaRecipe } from "../read-schema-recipe.js";
import { readText, readUrl } from "../read-schema-values.js";
import { type PageScan, scanPage } from "./scan-page.js";
import { findSiteInTitle } from "./strip-site-name.js";

/** What a page says of itself beside its recipe: its <head> (canonical address, og: and meta
 *  tags, language) and its WebSite node; and which of its Recipe objects is the recipe. */

const isName = (text: string | undefined) => text !== undefined && !isAddress(text);

const meta = (scan: PageScan, ...keys: string[]) => {
  for (const key of keys) {
    const value = scan.meta.get(key);
    const text = value === undefined ? "" : cleanText(value);
    if (text) return text;
  }
  return undefined;
};

/** The site's name: its WebSite node's first, where og:site_name often carries a tagline ("Pies
 *  and Plots - Writing Never Tasted So Sweet"), an address or a looser spelling. */
export function readPageFacts(
  scan: PageScan,
  given: string | undefined,
  found: SchemaRecipes,
): PageFacts {
  const refs = new Map<string, SchemaNode>();
  const base = given ?? scan.canonical ?? scan.meta.get("og:url");
  const url =
    readUrl(scan.canonical, refs, base) ?? readUrl(scan.meta.get("og:url"), refs, base) ?? given;
  const title = meta(scan, "og:title", "twitter:title") ?? cleanText(scan.title ?? "");
  // A page of several recipes shows one picture for all of them: it is none's in particular.
  // The same Recipe given twice (a site's graph and a plugin's block) is still one recipe.
  const recipes = new Set(found.recipes.map((r) => JSON.stringify(r.name ?? r.headline ?? "")));
  const image = recipes.size > 1 ? undefined : readUrl(scan.meta.get("og:image"), refs, base);
  const language = scan.language ?? meta(scan, "og:locale", "language", "content-language");
  const facts: Record<string, string | undefined> = {
    title: title || undefined,
    description: meta(scan, "description", "og:description"),
    // article:author is often the author's Facebook page; twitter:creator an account ("@ana").
    // Some pages prefix the Open Graph article's properties as they do og:title.
    author: ["author", "article:author", "og:article:author"]
      .map((key) => meta(scan, key))
      .find(isName),
    site:
      (found.website && readText(found.website.name, found.byId)) ??
      meta(scan, "og:site_name", "application-name"),
    siteInTitle:
      findSiteInTitle(cleanText(scan.title ?? ""), url) ??
      findSiteInTitle(meta(scan, "og:title") ?? "", url),
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

/** Of several Recipe objects the page's recipe: the one listing the most ingredients and steps. */
export function pickRecipe(recipes: readonly SchemaNode[]): SchemaNode | undefined {
  let best: SchemaNode | undefined;
  for (const r of recipes) if (!best || weight(r) > weight(best)) best = r;
  return best;
}

/** What a page's head says of it (its address, language, site, author and image): the text
 *  importer, reading a page that has no structured recipe, sees only its body's text. */
export function readPageSource(
  source: ImportSource,
): Pick<RecipeInput, "source" | "language" | "images"> {
  const scan = scanPage(source.text);
  const found = findSchemaRecipes(scan.jsonLd);
  const page = readPageFacts(scan, source.url, found);
  // A structured recipe that lists no lines still says who wrote it.
  const recipe = pickRecipe(found.recipes);
  const credit = recipe ? { author: recipe.author, creator: recipe.creator } : {};
  const { source: said, language, images } = readSchemaRecipe(credit, found.byId, page);
  return { source: said, images, ...(language !== undefined && { language }) };
}
