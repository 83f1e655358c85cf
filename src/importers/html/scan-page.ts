import { Parser } from "htmlparser2";
import { guardDepth, isTooDeep } from "../parse-page.js";

/** The cheap first look at a page, without tokenising all of it (a page averages 350 kB, of
 *  which the recipe's JSON-LD is a few kB): the parser reads the <head> for its facts (title,
 *  meta, canonical link, language), and each <script> element that a plain substring search
 *  for "ld+json" points at. Substring searches only say where to parse, never what the markup
 *  means: every tag and attribute is still read by htmlparser2. Whether other recipe markup
 *  (microdata, RDFa, h-recipe, a plugin's card) is present is a substring hint too, so a full
 *  tree is built only for the pages that may need one. */

export interface PageScan {
  readonly jsonLd: string[];
  /** Lower-cased meta name/property → first content. */
  readonly meta: Map<string, string>;
  canonical?: string;
  language?: string;
  title?: string;
  /** Where the <head> ends: the body starts there. */
  headEnd: number;
  /** A recipe-card plugin may hold ingredient sub-headings here: WP Recipe Maker names its
   *  titled groups with one class, so its card without that class has none; other plugins give
   *  no such hint. */
  mayGroupIngredients: boolean;
}

const WPRM = "wprm-recipe-container";
export const CARD_MARKERS = [
  WPRM,
  "tasty-recipes",
  "mv-create-card",
  "wp-block-wpzoom-recipe-card",
  "easyrecipe",
];

/** The first of `needles` found, tried in turn: lower-case spellings first, as pages write
 *  them; a missed search costs a scan of the whole page, so the rare spellings come last. */
function find(text: string, needles: readonly string[], from: number): number {
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at !== -1) return at;
  }
  return -1;
}

function findLast(text: string, needles: readonly string[], before: number): number {
  for (const needle of needles) {
    const at = text.lastIndexOf(needle, before);
    if (at !== -1) return at;
  }
  return -1;
}

function readHead(html: string, scan: PageScan): void {
  let capture = false;
  let buffer = "";
  const depth = guardDepth();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth.open();
        if (name === "title" && scan.title === undefined) {
          capture = true;
          buffer = "";
        } else if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.toLowerCase();
          if (key && attrs.content !== undefined && !scan.meta.has(key)) {
            scan.meta.set(key, attrs.content);
          }
        } else if (name === "link") {
          const rel = attrs.rel?.toLowerCase().split(/\s+/) ?? [];
          if (rel.includes("canonical") && attrs.href && scan.canonical === undefined) {
            scan.canonical = attrs.href;
          }
        } else if (name === "html" && attrs.lang && scan.language === undefined) {
          scan.language = attrs.lang;
        }
      },
      ontext(text) {
        if (capture) buffer += text;
      },
      onclosetag(name) {
        depth.close();
        if (capture && name === "title") {
          scan.title = buffer;
          capture = false;
        }
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!isTooDeep(error)) throw error;
  }
}

/** The text of the <script> element around `at`, if it is a JSON-LD one. The parser reads
 *  the start tag; the content is raw text in HTML (no entities, no tags), so it is taken as is. */
function readScriptAt(html: string, at: number): { text?: string; end: number } {
  const start = findLast(html, ["<script", "<SCRIPT"], at);
  const close = find(html, ["</script", "</SCRIPT"], at);
  const end = close === -1 ? html.length : close + 9;
  const tagEnd = start === -1 ? -1 : html.indexOf(">", start);
  if (tagEnd === -1 || tagEnd > at + 200 || (close !== -1 && tagEnd > close)) return { end };
  let isJsonLd = false;
  new Parser({
    onopentag(name, attrs) {
      isJsonLd = name === "script" && (attrs.type?.toLowerCase().includes("ld+json") ?? false);
    },
  }).end(html.slice(start, tagEnd + 1));
  return isJsonLd
    ? { text: html.slice(tagEnd + 1, close === -1 ? html.length : close), end }
    : { end };
}

/** The head's <html>, <title>, <meta> and <link> tags, each parsed alone: heads carry tens of
 *  kB of inline styles and scripts that need no reading. */
function readHeadTags(html: string, scan: PageScan): void {
  const head = html.slice(0, scan.headEnd);
  const tags: string[] = [];
  for (const open of ["<html", "<HTML", "<meta", "<META", "<link", "<LINK"]) {
    for (let at = head.indexOf(open); at !== -1; at = head.indexOf(open, at + open.length)) {
      const end = head.indexOf(">", at);
      if (end === -1) break;
      tags.push(head.slice(at, end + 1));
    }
  }
  const title = find(head, ["<title", "<TITLE"], 0);
  if (title !== -1) {
    const close = find(head, ["</title", "</TITLE"], title);
    tags.push(head.slice(title, close === -1 ? undefined : close + 8));
  }
  readHead(tags.join("\n"), scan);
}

/** Microdata, RDFa or h-recipe markup of a Recipe may be present: asked only of pages whose
 *  JSON-LD falls short, since each substring search reads the whole page. */
export const mayHaveRecipeMarkup = (html: string) =>
  html.includes("schema.org/Recipe") ||
  html.includes("h-recipe") ||
  html.includes("hrecipe") ||
  html.includes("typeof");

export function scanPage(html: string): PageScan {
  const bodyAt = find(html, ["<body", "<BODY", "</head", "</HEAD"], 0);
  const headEnd = bodyAt === -1 ? html.length : bodyAt;
  const scan: PageScan = {
    jsonLd: [],
    meta: new Map(),
    headEnd,
    // A card is in the body: the head's stylesheets name its classes on pages without one.
    mayGroupIngredients: CARD_MARKERS.some(
      (m) => html.indexOf(m === WPRM ? "wprm-recipe-group-name" : m, headEnd) !== -1,
    ),
  };
  readHeadTags(html, scan);
  let from = 0;
  const needle = html.includes("ld+json") ? ["ld+json"] : ["LD+JSON", "Ld+Json"];
  for (;;) {
    const at = find(html, needle, from);
    if (at === -1) break;
    const script = readScriptAt(html, at);
    if (script.text !== undefined) scan.jsonLd.push(script.text);
    from = Math.max(script.end, at + 7);
  }
  return scan;
}
