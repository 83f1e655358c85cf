import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { textContent } from "domutils";
import type { SchemaNode } from "../find-schema-recipes.js";
import { readVisibleText } from "../read-visible-text.js";
import { holdsElement, walkElements } from "./walk-elements.js";

/** Microdata (itemscope/itemtype/itemprop), RDFa (typeof/property) and h-recipe (class names)
 *  → the same plain objects JSON-LD gives, so one reader maps all of them to the model.
 *  A property's value: a nested item as an object; else content, href, src, datetime or value
 *  attributes by element; else the element's visible text, line breaks kept (instructions). */

const MAX_DEPTH = 16;

function attributeValue(el: Element): string | undefined {
  const a = el.attribs;
  if (a.content !== undefined) return a.content;
  switch (el.name) {
    case "a":
    case "link":
    case "area":
      return a.href;
    case "img":
    case "source":
    case "video":
    case "audio":
    case "iframe":
    case "embed":
      return a.src;
    case "time":
      return a.datetime;
    case "data":
    case "meter":
      return a.value;
    default:
      return undefined;
  }
}

function add(node: SchemaNode, key: string, value: unknown) {
  const prev = node[key];
  if (prev === undefined) node[key] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else node[key] = [prev, value];
}

interface Vocabulary {
  /** Property names of an element (itemprop or property). */
  props(el: Element): string[];
  /** The element opens a nested item: its type names, or undefined. */
  scope(el: Element): string | undefined;
}

const MICRODATA: Vocabulary = {
  props: (el) => el.attribs.itemprop?.split(/\s+/).filter(Boolean) ?? [],
  scope: (el) =>
    el.attribs.itemscope !== undefined ? (el.attribs.itemtype ?? "Thing") : undefined,
};

const RDFA: Vocabulary = {
  props: (el) =>
    el.attribs.property
      ?.split(/\s+/)
      .filter(Boolean)
      .map((p) => p.slice(Math.max(p.lastIndexOf(":"), p.lastIndexOf("/")) + 1)) ?? [],
  scope: (el) => el.attribs.typeof,
};

function readItem(root: Element, vocab: Vocabulary, depth: number): SchemaNode {
  const item: SchemaNode = { "@type": vocab.scope(root)?.split(/\s+/) ?? [] };
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const props = vocab.props(node);
    const nested = vocab.scope(node) !== undefined;
    if (props.length > 0) {
      const value =
        nested && depth < MAX_DEPTH
          ? readItem(node, vocab, depth + 1)
          : (attributeValue(node) ?? readVisibleText(node));
      for (const prop of props) add(item, prop, value);
    }
    if (nested) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return item;
}

const hasClass = (el: Element, name: string) =>
  el.attribs.class?.split(/\s+/).includes(name) ?? false;

/** h-recipe (microformats2) and hrecipe (its older form) class names mapped onto schema.org
 *  properties. */
const H_RECIPE: Record<string, string> = {
  fn: "name",
  ingredient: "recipeIngredient",
  instructions: "recipeInstructions",
  yield: "recipeYield",
  duration: "totalTime",
  summary: "description",
  photo: "image",
  author: "author",
  "p-name": "name",
  "p-ingredient": "recipeIngredient",
  "e-instructions": "recipeInstructions",
  "p-instructions": "recipeInstructions",
  "p-yield": "recipeYield",
  "dt-duration": "totalTime",
  "p-duration": "totalTime",
  "p-author": "author",
  "p-summary": "description",
  "u-photo": "image",
  "p-category": "recipeCategory",
};

/** An element with the class that also holds elements with it ("instructions" around the
 *  story, the lists and each "instructions" step): a container, its parts are the values. */
const holdsClass = (el: Element, cls: string) =>
  holdsElement(el, (node) => node.attribs.class?.split(/\s+/).includes(cls) === true);

const isTagLink = (el: Element) =>
  el.name === "a" && (el.attribs.rel?.split(/\s+/).includes("tag") ?? false);

/** "Ingredients: <a rel=tag>Beef</a>, <a rel=tag>Garlic</a>": the page's tags (rel=tag names a
 *  subject of the whole page), which a theme may class as an h-recipe part; apart from the
 *  links it says only a label and separators, and it is labelled or lists several. */
function isTagList(el: Element): boolean {
  let links = 0;
  let rest = "";
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) rest += node.data;
    else if (isTag(node) && isTagLink(node)) links++;
    else if (isTag(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  // One linked food alone ("<a rel=tag>Salt</a>") is an ingredient that links to its tag page.
  const labelled = /^[^:]*:/.test(rest);
  return (
    (links >= 2 || (links === 1 && labelled)) && /^[\s,;|/·•]*$/u.test(rest.replace(/^[^:]*:/, ""))
  );
}

/** An author given as an h-card (class "vcard" or "h-card") is named by its "fn" / "p-name"
 *  part; the rest of the card is a photo, a bio, "View other recipes by this chef". */
function readCardName(el: Element): string | undefined {
  if (!hasClass(el, "vcard") && !hasClass(el, "h-card")) return undefined;
  let name: string | undefined;
  walkElements(el.children, (node) => {
    if (name === undefined && (hasClass(node, "fn") || hasClass(node, "p-name"))) {
      name = textContent(node);
    }
    return name === undefined;
  });
  return name;
}

function readHRecipe(root: Element): SchemaNode {
  const item: SchemaNode = { "@type": "Recipe" };
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    for (const cls of node.attribs.class?.split(/\s+/) ?? []) {
      const prop = H_RECIPE[cls];
      if (!prop || (prop === "name" && item.name !== undefined)) continue;
      if (holdsClass(node, cls)) continue;
      if (prop !== "recipeCategory" && isTagList(node)) continue;
      // e-* and the older unprefixed names (but a photo) read as the reader sees them.
      const older = !cls.includes("-") && cls !== "photo";
      const value =
        (prop === "author" ? readCardName(node) : undefined) ??
        (cls.startsWith("e-") || older
          ? readVisibleText(node)
          : (attributeValue(node) ?? (cls.startsWith("p-") ? textContent(node) : undefined)));
      if (value !== undefined && value.trim() !== "") add(item, prop, value);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return item;
}

const isRecipeType = (types: string | undefined) =>
  types?.split(/\s+/).some((t) => /(?:^|[/:#])recipe$/i.test(t)) ?? false;

/** Every Recipe item on the page, in document order. */
export function readMicrodata(roots: readonly AnyNode[]): SchemaNode[] {
  const found: SchemaNode[] = [];
  walkElements(roots, (node) => {
    // One element may carry several vocabularies (itemscope and class="hrecipe"): each is read.
    const before = found.length;
    if (MICRODATA.scope(node) && isRecipeType(node.attribs.itemtype)) {
      found.push(readItem(node, MICRODATA, 0));
    }
    if (isRecipeType(node.attribs.typeof)) found.push(readItem(node, RDFA, 0));
    if (hasClass(node, "h-recipe") || hasClass(node, "hrecipe")) found.push(readHRecipe(node));
    return found.length === before;
  });
  return found;
}
