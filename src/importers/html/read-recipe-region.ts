import { selectOne } from "css-select";
import type { AnyNode, Element } from "domhandler";
import { cleanLines } from "../clean-text.js";
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

function isChrome(node: AnyNode): boolean {
  const el = node as Element;
  if (CHROME.has(el.name)) return true;
  const role = el.attribs?.role;
  if (role && CHROME_ROLES.has(role)) return true;
  const id = el.attribs?.id;
  return id === "comments" || id === "respond";
}

export function readRecipeRegionRoots(roots: AnyNode[]): AnyNode[] {
  for (const selector of REGIONS) {
    const region = selectOne(selector, roots);
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
