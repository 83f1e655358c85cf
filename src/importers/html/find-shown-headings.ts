import { Parser } from "htmlparser2";
import type { RecipeInput } from "../../domain/recipe.js";

type IngredientGroup = NonNullable<RecipeInput["ingredientGroups"]>[number];

/** Structured ingredient lists flatten the page's sub-headings into lines: "Yoghurt dressing"
 *  sits between "Pita bread, to serve" and "1 tbsp ouzo". No reading of the line alone tells
 *  "Salsa" (a heading) from "salt" (a food); the page does: the heading is an element of its
 *  own that is a heading (h2–h6) or whose class names one ("…__title", "group-name"). Only
 *  short lines without an amount are looked up, each by a substring search of the page that
 *  says where to read a start tag; the tag itself is read by htmlparser2. */

const HEADING_TAG = new Set(["h2", "h3", "h4", "h5", "h6"]);
const HEADING_CLASS =
  /(?:^|[\s_-])(?:title|heading|headline|subheading|subtitle|group-?name)(?:$|[\s_-])/i;
/** "…ingredient__title", "ingredient-name": the name of one item, which a card marks as its title. */
const ITEM_TITLE = /(?:ingredient|item|product)[_-]+(?:title|name|heading)(?:$|[\s_-])/i;
const isHeadingClass = (className: string) =>
  className.split(/\s+/).some((c) => HEADING_CLASS.test(c) && !ITEM_TITLE.test(c));
/** Headings for more than half the lines: a list of items the page marks one by one, no groups. */
const MAX_HEADING_SHARE = 1 / 2;
/** At most this many places a line is looked up on the page. */
const MAX_TRIES = 20;

/** A line a heading could be: no amount, no note, a few words. */
const mayBeHeading = (line: string) =>
  !/[\d(),;\u00bc-\u00be\u2150-\u215e]/.test(line) &&
  line.length <= 60 &&
  line.split(/\s+/).length <= 6;

function readStartTag(tag: string): { name: string; className: string } | undefined {
  let found: { name: string; className: string } | undefined;
  new Parser({
    onopentag(name, attrs) {
      found ??= { name, className: attrs.class ?? "" };
    },
  }).end(tag);
  return found;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Whether the page shows `line` as the whole text of a heading element. */
function isShownHeading(html: string, from: number, line: string): boolean {
  let at = html.indexOf(line, from);
  for (let tries = 0; at !== -1 && tries < MAX_TRIES; tries++) {
    let before = at - 1;
    while (isSpace(html[before])) before--;
    let after = at + line.length;
    while (isSpace(html[after])) after++;
    if (html[before] === ">" && html[after] === "<") {
      const open = html.lastIndexOf("<", before);
      const tag = open === -1 ? undefined : readStartTag(html.slice(open, before + 1));
      if (tag && (HEADING_TAG.has(tag.name) || isHeadingClass(tag.className))) return true;
    }
    at = html.indexOf(line, at + line.length);
  }
  return false;
}

/** One flat group split where the page shows a line as a heading; the heading lines become
 *  the groups' titles. A heading with no line under it ("Ingredients" above "For the dough")
 *  names the list and goes. The same groups when the page shows none. */
export function splitAtShownHeadings(
  groups: IngredientGroup[],
  html: string,
  from: number,
): IngredientGroup[] {
  if (groups.length !== 1 || groups[0]!.title !== undefined) return groups;
  const items = groups[0]!.ingredients;
  // The last line titles nothing; a list of one line has no groups.
  const headings = new Set<number>();
  for (let i = 0; i < items.length - 1; i++) {
    const text = items[i]!.text;
    if (mayBeHeading(text) && isShownHeading(html, from, text)) headings.add(i);
  }
  if (headings.size === 0 || headings.size > items.length * MAX_HEADING_SHARE) return groups;
  const out: IngredientGroup[] = [];
  let current: IngredientGroup | undefined;
  items.forEach((item, i) => {
    if (headings.has(i)) {
      current = { title: item.text.replace(/:$/, "").slice(0, 500), ingredients: [] };
      out.push(current);
    } else {
      if (!current) {
        current = { ingredients: [] };
        out.push(current);
      }
      current.ingredients.push(item);
    }
  });
  return out.filter((g) => g.ingredients.length > 0);
}
