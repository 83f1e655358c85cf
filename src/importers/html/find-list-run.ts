import type { Element } from "domhandler";
import { isTag } from "domhandler";
import { type CardGroup, readCardText } from "./read-headed-lists.js";

/** A recipe's sub-lists ("For the sauce" + its list) as one run, each under its own title.
 *  Grammar (over the page's lists and blocks in reading order):
 *    RUN   = LIST (TITLE? LIST)*   lists of one kind, sharing the first's parent or each
 *                                  following on from the one before (see `continuesFrom`)
 *    TITLE = a heading, or a short line that is no sentence, before a LIST */

export const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

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

/** The heading just before a list, inside the same parent: its group's title. */
export function readTitleBefore(list: Element): string | undefined {
  let prev = list.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  if (!prev || !isTag(prev)) return undefined;
  const isTitle =
    HEADINGS.has(prev.name) ||
    (prev.name === "p" &&
      prev.children.length === 1 &&
      isTag(prev.children[0]!) &&
      ["strong", "b"].includes((prev.children[0] as Element).name));
  const title = isTitle ? readCardText(prev) : undefined;
  return title && title.length <= 100 ? title : undefined;
}

/** "Tip", "Notes:", "Sugerencia": a label over advice, not over a part of the method. */
export const TIP_LABEL =
  /^(?:(?:top |chef's |cook's |recipe )?(?:tips?|notes?|hints?)|tipps?|hinweise?|astuces?|conseils?|remarques?|notas?|sugerencias?|consejos?|consigli|consiglio|suggerimenti|notities|opmerkingen?|vinkit|wskazówki|savjeti?)\b/iu;

/** The text of the short heading or paragraph just before a list, in the same parent. */
export function readLabelBefore(list: Element): string | undefined {
  let prev = list.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  if (!prev || !isTag(prev) || !(HEADINGS.has(prev.name) || prev.name === "p")) return undefined;
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

/** Whether `b` goes on from `a` (`a` first in reading order): nothing but a title or two and a
 *  few wrappers between them. Editors wrap each list and each title in an element of its own,
 *  so a recipe's sub-lists need not share a parent. */
function continuesFrom(page: Page, a: List, b: List): boolean {
  if (b.at - a.at > MAX_GAP) return false;
  const between = findBlocksBetween(page, a.at, b.at);
  return between.length <= 2 && between.every((x) => isTitleLine(readCardText(x.el)));
}

/** A list and the lists of the same kind that share its parent or follow on from it in
 *  reading order (see `continuesFrom`), in reading order, at most MAX_RUN of them. */
export function findListRun(page: Page, first: List, isKind: (list: List) => boolean): List[] {
  const parent = first.el.parent;
  const siblings = page.lists.filter((l) => l === first || (l.el.parent === parent && isKind(l)));
  const from = Math.max(0, siblings.indexOf(first) - MAX_RUN + 1);
  const run = siblings.slice(from, from + MAX_RUN);
  let start = page.lists.indexOf(run[0]!);
  while (
    run.length < MAX_RUN &&
    start > 0 &&
    isKind(page.lists[start - 1]!) &&
    continuesFrom(page, page.lists[start - 1]!, page.lists[start]!)
  ) {
    run.unshift(page.lists[--start]!);
  }
  let end = page.lists.indexOf(run.at(-1)!);
  while (
    run.length < MAX_RUN &&
    end + 1 < page.lists.length &&
    isKind(page.lists[end + 1]!) &&
    continuesFrom(page, page.lists[end]!, page.lists[end + 1]!)
  ) {
    run.push(page.lists[++end]!);
  }
  return run;
}

/** A run's list's title: the heading beside it, else the title line between it and the list
 *  before it (the first list's heading before it names the whole run: "Ingredients"). */
function findListTitle(page: Page, list: List, prev: List | undefined): string | undefined {
  const beside = readTitleBefore(list.el);
  if (beside || !prev) return beside;
  const before = page.blocks[findBlockIndex(page, list.at) - 1];
  const text = before && before.at > prev.at ? readCardText(before.el) : undefined;
  return isTitleLine(text) ? text : undefined;
}

/** A run's lists as groups, each under its own title. */
export function groupListRun(page: Page, run: readonly List[]): CardGroup[] {
  return run.map((l, i) => {
    const title = run.length > 1 ? findListTitle(page, l, run[i - 1]) : undefined;
    return { ...(title && { title }), lines: l.lines };
  });
}
