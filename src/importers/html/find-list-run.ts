import type { Element, ParentNode } from "domhandler";
import { isTag } from "domhandler";
import { HEADING_TAGS } from "../read-visible-text.js";
import { type CardGroup, readCardText } from "./read-headed-lists.js";

/** A recipe's sub-lists ("For the sauce" + its list) as one run, each under its own title.
 *  Grammar (over the page's lists and blocks in reading order):
 *    RUN   = LIST (TITLE? LIST)*   at most MAX_RUN lists of one kind, sharing the first's
 *                                  parent or each following on from the one before in
 *                                  wrappers of the same kinds (see `continuesFrom`)
 *    TITLE = a heading, or a short line that is no sentence, before a LIST; a LIST after
 *            the first under an aside's label ("Nutrition", "Related") is not in the RUN */

export interface List {
  readonly el: Element;
  /** Position in reading order. */
  readonly at: number;
  readonly lines: string[];
  readonly amounts: number;
}

export interface Page {
  readonly lists: List[];
  /** Headings and paragraphs in reading order, for the method written without a list. */
  readonly blocks: { el: Element; at: number }[];
}

/** A paragraph that reads as a step: a sentence, not a caption or a button's label. */
export const isSentence = (line: string) => line.length >= 20 && /[.!?)]$/.test(line);

/** The element just before `el` in its parent, past text between them. */
function elementBefore(el: Element): Element | undefined {
  let prev = el.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  return prev && isTag(prev) ? prev : undefined;
}

/** The heading just before a list, inside the same parent: its group's title. */
export function readTitleBefore(list: Element): string | undefined {
  const prev = elementBefore(list);
  if (!prev) return undefined;
  const isTitle =
    HEADING_TAGS.has(prev.name) ||
    (prev.name === "p" &&
      prev.children.length === 1 &&
      isTag(prev.children[0]!) &&
      ["strong", "b"].includes((prev.children[0] as Element).name));
  const title = isTitle ? readCardText(prev) : undefined;
  return title && title.length <= 100 ? title : undefined;
}

/** Labels over what is beside a recipe, not a part of it, as data: advice ("Tip", "Notes:",
 *  "Sugerencia", "Storage", "Variations"), the dish's nutrients, the site's other pages.
 *  Matched at a label's start. */
const ASIDE_LABELS = [
  // Advice.
  "(?:top |chef's |cook's |recipe )?(?:tips?|notes?|hints?)|tipps?|hinweise?|astuces?|conseils?",
  "remarques?|notas?|sugerencias?|consejos?|consigli|consiglio|suggerimenti|notities|opmerkingen?",
  "vinkit|vinkki|wskazówki|savjeti?",
  // Keeping it, serving it, making it another way.
  "storage|storing|(?:how )?to store|leftovers|make[- ]ahead|serving (?:suggestions?|ideas)",
  "variations?|substitutions?|aufbewahrung|lagerung|haltbarkeit|serviervorschlag|servier-?tipps?",
  "variationen|varianten?|abwandlungen?|conservation|suggestions? de (?:service|présentation)",
  "variantes?|conservaci[oó]n|almacenamiento|variaciones|conservazione|varianti|variazioni",
  "bewaren|bewaartips?|serveertips?|serveersuggesties?|variaties|säilytys|muunnelmat",
  "przechowywanie|warianty|čuvanje|varijacije",
  // Nutrients.
  "nutrition(?:al)?|nutrients?|calories|nährwert(?:e|angaben)?|kalorien|valeurs? nutritionnelles?",
  "informations? nutritionnelles?|informaci[oó]n nutricional|valor(?:es)? nutricional(?:es)?",
  "calor[ií]as|valori nutrizionali|voedingswaarden?|ravintoarvot|wartości odżywcze",
  "nutritivne vrijednosti",
  // The site's other pages.
  "related|popular|trending|recommended|(?:you )?(?:may|might|will) also (?:like|love|enjoy)",
  "more (?:recipes|from|like this)|(?:read|see) (?:more|also)|(?:similar|other) recipes",
  "most (?:popular|read|viewed)|recent (?:posts|recipes)|beliebt|meistgelesen",
  "(?:mehr|weitere|ähnliche|passende) rezepte|das könnte (?:dich|sie|euch) auch interessieren",
  "populaires?|(?:à|a) (?:lire|découvrir) aussi|vous aimerez aussi|(?:plus de|autres) recettes",
  "populares?|tambi[eé]n te puede gustar|m[aá]s recetas|otras recetas|recetas relacionadas",
  "popolari|potrebbe (?:interessarti|piacerti)|altre ricette|ricette (?:correlate|simili)",
  "populair|meer recepten|gerelateerde recepten|misschien ook lekker|lue myös|zobacz (?:też|także)",
];
// A lookahead, not \b: \b reads "ë" or "ó" as no letter.
const ASIDE_LABEL = new RegExp(`^(?:${ASIDE_LABELS.join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** Whether a list's label names something beside the recipe ("Notes", "Nutrition facts"). */
const namesAside = (label: string | undefined) => label !== undefined && ASIDE_LABEL.test(label);

/** The text of the short heading or paragraph just before a list, in the same parent. */
export function readLabelBefore(list: Element): string | undefined {
  const prev = elementBefore(list);
  if (!prev || !(HEADING_TAGS.has(prev.name) || prev.name === "p")) return undefined;
  const text = readCardText(prev);
  return text && text.length <= 60 ? text : undefined;
}

/** Elements between two lists that still read as one run: a wrapper or two and a title. */
const MAX_GAP = 16;
/** No recipe has more sub-lists; a longer run is a page of lists (a feed, an index). */
const MAX_RUN = 12;

/** The index of the first block at or after `at`: blocks are in reading order, so a page of
 *  many lists is not scanned once per pair of them. */
function findBlockIndex(page: Page, at: number): number {
  let low = 0;
  let high = page.blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (page.blocks[mid]!.at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The blocks (headings, paragraphs) between two positions in reading order. */
const findBlocksBetween = (page: Page, from: number, to: number) =>
  page.blocks.slice(findBlockIndex(page, from + 1), findBlockIndex(page, to));

/** A short line that names what follows ("Für den Belag", "Sauce:"), not a sentence. */
const isTitleLine = (text: string | undefined) =>
  text !== undefined && text.length <= 100 && !isSentence(text);

/** A wrapper's kind: its tag and the class names an editor gives every block of a kind (those
 *  with digits name one element: "elementor-element-3f2a1b"). */
const readWrapperKind = (el: Element) =>
  `${el.name}.${(el.attribs.class ?? "")
    .split(/\s+/)
    .filter((c) => !/\d/.test(c))
    .join(".")}`;

/** The elements around `el` up to (not including) `top`, innermost first. */
function readWrappers(el: Element, top: ParentNode | null): string[] {
  const kinds: string[] = [];
  for (let node = el.parent; node && node !== top; node = node.parent) {
    if (isTag(node)) kinds.push(readWrapperKind(node));
  }
  return kinds;
}

/** Whether two lists sit in wrappers of one kind below the element both are in: an editor's
 *  blocks, not a widget beside the recipe (a nutrition box, a list of links). */
function isWrappedAlike(a: Element, b: Element): boolean {
  if (a.parent === b.parent) return true;
  const above = new Set<ParentNode>();
  for (let node = a.parent; node; node = node.parent) above.add(node);
  let top = b.parent;
  while (top && !above.has(top)) top = top.parent;
  const wrappers = readWrappers(a, top);
  const others = readWrappers(b, top);
  return wrappers.length === others.length && wrappers.every((w, i) => w === others[i]);
}

/** Whether `b` goes on from `a` (`a` first in reading order): nothing but a title or two and a
 *  few wrappers of the same kinds between them. Editors wrap each list and each title in an
 *  element of its own, so a recipe's sub-lists need not share a parent. */
function continuesFrom(page: Page, a: List, b: List): boolean {
  if (b.at - a.at > MAX_GAP) return false;
  const between = findBlocksBetween(page, a.at, b.at);
  return (
    between.length <= 2 &&
    between.every((x) => isTitleLine(readCardText(x.el))) &&
    isWrappedAlike(a.el, b.el)
  );
}

/** The text of the nearest block (heading, paragraph) before position `at` and after `after`. */
function readBlockBefore(page: Page, at: number, after: number): string | undefined {
  const before = page.blocks[findBlockIndex(page, at) - 1];
  return before && before.at > after ? readCardText(before.el) : undefined;
}

/** What a list is filed under: the short heading or paragraph just before it in its parent,
 *  else the block between it and the list before it (its title in a wrapper of its own). */
const readListLabel = (page: Page, list: List, after: number) =>
  readLabelBefore(list.el) ?? readBlockBefore(page, list.at, after);

/** A list and the lists of the same kind that share its parent or follow on from it in
 *  reading order (see `continuesFrom`), in reading order, at most MAX_RUN of them. A list under
 *  an aside's label (`namesAside`) is the page's, not one of the recipe's. */
export function findListRun(page: Page, first: List, isKind: (list: List) => boolean): List[] {
  const lists = page.lists;
  const mayJoin = (i: number) =>
    isKind(lists[i]!) && !namesAside(readListLabel(page, lists[i]!, lists[i - 1]?.at ?? 0));
  const parent = first.el.parent;
  const siblings = lists.filter((l, i) => l === first || (l.el.parent === parent && mayJoin(i)));
  const from = Math.max(0, siblings.indexOf(first) - MAX_RUN + 1);
  const run = siblings.slice(from, from + MAX_RUN);
  let start = lists.indexOf(run[0]!);
  while (
    run.length < MAX_RUN &&
    start > 0 &&
    mayJoin(start - 1) &&
    continuesFrom(page, lists[start - 1]!, lists[start]!)
  ) {
    run.unshift(lists[--start]!);
  }
  let end = lists.indexOf(run.at(-1)!);
  while (
    run.length < MAX_RUN &&
    end + 1 < lists.length &&
    mayJoin(end + 1) &&
    continuesFrom(page, lists[end]!, lists[end + 1]!)
  ) {
    run.push(lists[++end]!);
  }
  return run;
}

/** A run's list's title: the heading beside it, else the title line between it and the list
 *  before it (the first list's heading before it names the whole run: "Ingredients"). */
function findListTitle(page: Page, list: List, prev: List | undefined): string | undefined {
  const beside = readTitleBefore(list.el);
  if (beside || !prev) return beside;
  const text = readBlockBefore(page, list.at, prev.at);
  return isTitleLine(text) ? text : undefined;
}

/** A run's lists as groups, each under its own title. */
export function groupListRun(page: Page, run: readonly List[]): CardGroup[] {
  return run.map((l, i) => {
    const title = run.length > 1 ? findListTitle(page, l, run[i - 1]) : undefined;
    return { ...(title && { title }), lines: l.lines };
  });
}
