import { selectAll, selectOne } from "css-select";
import type { AnyNode, Element } from "domhandler";
import { cleanLines, squashText } from "../clean-text.js";
import { parsePage } from "../parse-page.js";
import { readVisibleText } from "../read-visible-text.js";

/** The visible text of a page's recipe region, a line per block, for the text importer on pages
 *  with no structured recipe. Region: the first recipe card or recipe item, else the page's
 *  article or main content, else its body; navigation, headers, footers, asides, forms and
 *  comments (the HTML ones and the comment sections) are left out. */

const REGIONS = [
  "[itemtype$='schema.org/Recipe' i]",
  ".wprm-recipe, .tasty-recipes, .mv-create-card, .h-recipe, .recipe-card",
  "article",
  "main, [role=main]",
  "body",
];

const CHROME = new Set(["nav", "header", "footer", "aside", "form"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);

/** A link that shares the page on a network or by mail ("facebook.com/sharer…",
 *  "twitter.com/intent/tweet…", "pinterest.com/pin/create…"): a button, whatever it says. */
const SHARE_LINK =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:(?:facebook\.com\/(?:share|sharer|dialog\/share))|(?:twitter|x)\.com\/(?:share|intent)|pinterest\.[a-z.]+\/pin\/create|(?:api\.)?whatsapp\.com\/send|wa\.me\/|linkedin\.com\/(?:share|sharing)|reddit\.com\/submit|t\.me\/share|telegram\.me\/share)|^(?:whatsapp|mailto):\?/i;

export function isChrome(node: AnyNode): boolean {
  const el = node as Element;
  if (CHROME.has(el.name)) return true;
  if (el.name === "a" && SHARE_LINK.test(el.attribs?.href?.trim() ?? "")) return true;
  const role = el.attribs?.role;
  if (role && CHROME_ROLES.has(role)) return true;
  const id = el.attribs?.id;
  return id === "comments" || id === "respond";
}

/** Fewer visible characters than this, and an element is a teaser, a slide or a caption that
 *  reuses the region's tag (an <article> per related recipe), not the recipe's region. */
const MIN_REGION_CHARS = 400;

const isSubstantial = (el: AnyNode) =>
  cleanLines(readVisibleText([el], { skip: isChrome, limit: MIN_REGION_CHARS * 2 })).join(" ")
    .length >= MIN_REGION_CHARS;

export function readRecipeRegionRoots(roots: AnyNode[]): AnyNode[] {
  for (const selector of REGIONS) {
    // Most pages' first match is the region: the others are looked for only when it is not.
    const first = selectOne(selector, roots);
    if (!first) continue;
    const region = isSubstantial(first) ? first : selectAll(selector, roots).find(isSubstantial);
    if (region) return [region];
  }
  return roots;
}

/** The page's own heading for the dish: the region's first h1, else the page's. It goes first,
 *  so the text importer takes it as the title rather than a breadcrumb or a menu line. */
function headingOf(region: AnyNode[], roots: AnyNode[]): string | undefined {
  const h1 = selectOne("h1", region) ?? selectOne("h1", roots);
  const text = h1 ? cleanLines(readVisibleText([h1], { skip: isChrome })).join(" ") : "";
  return text && text.length <= 200 ? text : undefined;
}

export function readRecipeRegionText(html: string): string {
  const { roots } = parsePage(html);
  const region = readRecipeRegionRoots(roots);
  const lines = cleanLines(readVisibleText(region, { skip: isChrome }));
  const heading = headingOf(region, roots);
  if (heading && lines[0] !== heading) lines.unshift(heading);
  return lines.join("\n");
}

/** The dish's name on a page without recipe markup: the first h1 that opens a part of the page's
 *  title other than the site's ("Recipe - Chicken Salad | Costco" → its h1 "Chicken Salad"), or
 *  the first h1 when the page has no title; a page's other h1s name its sections or its site. */
export function findDishHeading(
  roots: AnyNode[],
  pageTitle: string | undefined,
): string | undefined {
  const parts = (pageTitle ?? "").split(/\s+[-–—|│>»:]\s+|\s*[|│]\s*/).map(squashText);
  const anyTitle = parts.every((p) => p === "");
  // "Dish | Site", "Dish - Site": the last part names the site (a breadcrumb's names the dish).
  if (parts.length > 1 && /(?:\s[-–—]|[|│])\s*[^-–—|│]*$/.test(pageTitle ?? "")) parts.pop();
  for (const h1 of selectAll("h1", roots)) {
    const text = cleanLines(readVisibleText([h1], { skip: isChrome })).join(" ");
    const key = squashText(text);
    if (key.length < 3 || text.length > 200) continue;
    if (anyTitle || parts.some((p) => p.startsWith(key))) return text;
  }
  return undefined;
}
