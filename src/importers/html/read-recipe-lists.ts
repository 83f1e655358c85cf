import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";
import { readTimers } from "../../domain/read-timers.js";
import { type CardGroup, readCardLines, readCardText } from "./read-headed-lists.js";
import { isStatedFact } from "./trim-card-method.js";
import { walkElements } from "./walk-elements.js";

/** A recipe laid out without any recipe markup still has a shape: a list of short lines that
 *  mostly open with an amount ("200 g flour", "½ tsp salt"): the ingredients; after it, a list
 *  of sentences, or else paragraphs up to the next heading: the method. Chrome (nav, header,
 *  footer, aside, form), comment sections and hidden elements are not read.
 *  Grammar (over the page's elements in reading order):
 *    PAGE        = … INGREDIENTS … METHOD?
 *    LIST        = <ul> | <ol> | a checklist: the children of one parent that each hold a
 *                  checkbox ("☐ 100 g sugar", each line's parts in elements of their own)
 *    INGREDIENTS = LIST whose items mostly open with an amount (the page's best such LIST),
 *                  with the LISTs of the same kind beside it or next to it in reading order
 *                  (only wrappers and a TITLE or two between), each under its own HEADING
 *    METHOD      = the first LIST after it whose items are sentences
 *                | the paragraphs after it, up to the HEADING that follows them */

export interface RecipeLists {
  readonly ingredients: CardGroup[];
  readonly instructions: CardGroup[];
}

const CHROME = new Set(["nav", "header", "footer", "aside", "form", "select", "button"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
// An amount: digits, a fraction glyph, or a decimal (",5" reads as one too).
const AMOUNT = /^(?:\d|[\u00bc-\u00be\u2150-\u215e]|[.,]\d)/;
const MAX_ITEMS = 80;
const STEP_NUMBER = /^(?:\p{L}{1,12}\s*)?\d{1,3}\s*[.:)]?$/u;
const MAX_LINE = 200;

function isSkipped(el: Element): boolean {
  if (CHROME.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  const id = a.id ?? "";
  if (id === "comments" || id === "respond") return true;
  return /(?:^|[\s_-])(?:hidden|visuallyhidden|sr-only|comments?)(?:$|[\s_-])/i.test(a.class ?? "");
}

interface List {
  readonly el: Element;
  /** Position in reading order. */
  readonly at: number;
  readonly lines: string[];
  readonly amounts: number;
}

interface Page {
  readonly lists: List[];
  /** Headings and paragraphs in reading order, for the method written without a list. */
  readonly blocks: { el: Element; at: number }[];
}

const isCheckbox = (node: Element): boolean =>
  node.name === "input" && node.attribs.type?.toLowerCase() === "checkbox";

/** A checkbox among the first elements of `el`'s top three levels: a row is small. */
function holdsCheckbox(el: Element): boolean {
  let level: AnyNode[] = [el];
  let budget = 50;
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: AnyNode[] = [];
    for (const node of level) {
      if (!isTag(node)) continue;
      if (isCheckbox(node)) return true;
      if (--budget <= 0) return false;
      next.push(...node.children);
    }
    level = next;
  }
  return false;
}

/** The rows of the checklist a checkbox is in: the children of one parent (the checkbox's
 *  grandparent or one of the two elements above it) that each hold a checkbox. Each parent is
 *  looked at once, so a page of checkboxes costs what its elements do. */
function readChecklist(input: Element, seen: Set<AnyNode>): Element[] | undefined {
  let row = input.parent;
  for (let depth = 0; depth < 3 && row && isTag(row); depth++) {
    const parent = row.parent;
    if (!parent || !isTag(parent) || seen.has(parent)) return undefined;
    seen.add(parent);
    if (parent.children.length > 4 * MAX_ITEMS) return undefined;
    const rows = parent.children.filter((c): c is Element => isTag(c) && holdsCheckbox(c));
    if (rows.length >= 2) return rows;
    row = parent;
  }
  return undefined;
}

function toList(el: Element, at: number, items: readonly Element[]): List | undefined {
  if (items.length === 0 || items.length > MAX_ITEMS) return undefined;
  const lines = items
    .map(readCardText)
    .filter((l): l is string => l !== undefined && l.length <= 2_000);
  const amounts = lines.filter((l) => l.length <= MAX_LINE && AMOUNT.test(l)).length;
  return { el, at, lines, amounts };
}

function readPage(roots: readonly AnyNode[]): Page {
  const lists: List[] = [];
  const blocks: { el: Element; at: number }[] = [];
  const checklists = new Set<AnyNode>();
  let at = 0;
  walkElements(roots, (node) => {
    if (isSkipped(node)) return false;
    at++;
    if (node.name === "ul" || node.name === "ol") {
      const items = node.children.filter((c): c is Element => isTag(c) && c.name === "li");
      const list = toList(node, at, items);
      if (list) lists.push(list);
      return false;
    }
    if (isCheckbox(node)) {
      const rows = readChecklist(node, checklists);
      const list = rows && toList(rows[0]!.parent as Element, at, rows);
      if (list) lists.push(list);
      return false;
    }
    if (HEADINGS.has(node.name) || node.name === "p") {
      blocks.push({ el: node, at });
      return false;
    }
    return true;
  });
  return { lists, blocks };
}

const averageLength = (list: List) =>
  list.lines.reduce((n, l) => n + l.length, 0) / Math.max(1, list.lines.length);

/** A yield or a time on a line of its own: labelled ("Cook: 20 min", "Serves 4"), or a time
 *  alone ("1 hour 30 minutes + marinating"): no food opens with a duration. */
const isFactLine = (line: string) =>
  isStatedFact(line) || (line.length <= 60 && line.startsWith(readTimers(line)[0]?.text ?? "\0"));

/** Short lines, most opening with an amount (numbered steps open with a number too, but are
 *  long), that are not all the recipe's yield and times ("Serves 4", "1 hour 30 minutes"). */
const isIngredientList = (list: List) =>
  list.amounts >= 1 &&
  list.amounts * 2 >= list.lines.length &&
  list.lines.length >= 2 &&
  averageLength(list) <= 80 &&
  !list.lines.every(isFactLine);

/** Lines long enough to be sentences, not a menu's words. */
const isStepList = (list: List) =>
  list.lines.length > 0 && !isIngredientList(list) && averageLength(list) >= 25;

/** The heading just before a list, inside the same parent: its group's title. */
export function titleBefore(list: Element): string | undefined {
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
const TIP_LABEL =
  /^(?:(?:top |chef's |cook's |recipe )?(?:tips?|notes?|hints?)|tipps?|hinweise?|astuces?|conseils?|remarques?|notas?|sugerencias?|consejos?|consigli|consiglio|suggerimenti|notities|opmerkingen?|vinkit|wskazówki|savjeti?)\b/iu;

/** The text of the short heading or paragraph just before a list, in the same parent. */
function labelBefore(list: Element): string | undefined {
  let prev = list.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  if (!prev || !isTag(prev) || !(HEADINGS.has(prev.name) || prev.name === "p")) return undefined;
  const text = readCardText(prev);
  return text && text.length <= 60 ? text : undefined;
}

/** The paragraphs from `from` on, up to the next heading or list (`until`). */
function readMethodParagraphs(page: Page, from: number, until: number) {
  const lines: string[] = [];
  for (const { el, at } of page.blocks) {
    if (at < from) continue;
    const heading = HEADINGS.has(el.name);
    // "Step 2" over each paragraph numbers it; any other heading ends the method.
    if (heading && STEP_NUMBER.test(readCardText(el) ?? "")) continue;
    if (at >= until || (heading && lines.length > 0)) break;
    if (!heading) lines.push(...readCardLines(el));
  }
  return lines.filter((l) => l.length >= 2);
}

/** A paragraph that reads as a step: a sentence, not a caption or a button's label. */
const isSentence = (line: string) => line.length >= 20 && /[.!?)]$/.test(line);

const nextListAfter = (page: Page, at: number) =>
  page.lists.find((l) => l.at > at)?.at ?? Number.POSITIVE_INFINITY;

export function readRecipeLists(roots: readonly AnyNode[]): RecipeLists {
  const page = readPage(roots);
  let best: List | undefined;
  for (const list of page.lists) {
    if (isIngredientList(list) && (!best || list.amounts > best.amounts)) best = list;
  }
  if (!best) return { ingredients: [], instructions: [] };
  const run = findRun(page, best, isIngredientList);
  const last = run.at(-1)!.at;
  // The method is whichever comes first after them: a list of sentences, or paragraphs.
  const steps = page.lists.find((l) => l.at > last && isStepList(l));
  const prose = page.blocks.find(
    (b) => b.at > last && b.el.name === "p" && readCardLines(b.el).some(isSentence),
  );
  const ingredients = toGroups(page, run);
  if (prose && (!steps || prose.at < steps.at)) {
    const lines = readMethodParagraphs(page, prose.at, nextListAfter(page, prose.at));
    return { ingredients, instructions: lines.length > 0 ? [{ lines }] : [] };
  }
  // A one-line list after the steps is one more step under a label ("Optional glaze:" + its
  // step) that names no tip ("Sugerencia", "Note"); without a label it is the page's (a download).
  const isMoreSteps = (l: List) => {
    if (!isStepList(l)) return false;
    const label = l.lines.length >= 2 ? "" : labelBefore(l.el);
    return label !== undefined && !TIP_LABEL.test(label);
  };
  return {
    ingredients,
    instructions: steps ? toGroups(page, findRun(page, steps, isMoreSteps)) : [],
  };
}

/** Elements between two lists that still read as one run: a wrapper or two and a title. */
const MAX_GAP = 16;

/** The blocks (headings, paragraphs) between two positions in reading order. */
const blocksBetween = (page: Page, from: number, to: number) =>
  page.blocks.filter((b) => b.at > from && b.at < to);

/** A short line that names what follows ("Für den Belag", "Sauce:"), not a sentence. */
const isTitleLine = (text: string | undefined) =>
  text !== undefined && text.length <= 100 && !isSentence(text);

/** Whether `b` goes on from `a` (`a` first in reading order): nothing but a title or two and a
 *  few wrappers between them. Editors wrap each list and each title in an element of its own,
 *  so a recipe's sub-lists need not share a parent. */
function continues(page: Page, a: List, b: List): boolean {
  if (b.at - a.at > MAX_GAP) return false;
  const between = blocksBetween(page, a.at, b.at);
  return between.length <= 2 && between.every((x) => isTitleLine(readCardText(x.el)));
}

/** A list and the lists of the same kind that share its parent or follow on from it in
 *  reading order (see `continues`), in reading order. */
function findRun(page: Page, first: List, isKind: (list: List) => boolean): List[] {
  const parent = first.el.parent;
  const run = page.lists.filter((l) => l === first || (l.el.parent === parent && isKind(l)));
  let start = page.lists.indexOf(run[0]!);
  while (
    start > 0 &&
    isKind(page.lists[start - 1]!) &&
    continues(page, page.lists[start - 1]!, page.lists[start]!)
  ) {
    run.unshift(page.lists[--start]!);
  }
  let end = page.lists.indexOf(run.at(-1)!);
  while (
    end + 1 < page.lists.length &&
    isKind(page.lists[end + 1]!) &&
    continues(page, page.lists[end]!, page.lists[end + 1]!)
  ) {
    run.push(page.lists[++end]!);
  }
  return run;
}

/** A run's list's title: the heading beside it, else the title line between it and the list
 *  before it (the first list's heading before it names the whole run: "Ingredients"). */
function titleOf(page: Page, list: List, prev: List | undefined): string | undefined {
  const beside = titleBefore(list.el);
  if (beside || !prev) return beside;
  const before = blocksBetween(page, prev.at, list.at).at(-1);
  const text = before && readCardText(before.el);
  return isTitleLine(text) ? text : undefined;
}

/** A run's lists as groups, each under its own title. */
function toGroups(page: Page, run: readonly List[]): CardGroup[] {
  return run.map((l, i) => {
    const title = run.length > 1 ? titleOf(page, l, run[i - 1]) : undefined;
    return { ...(title && { title }), lines: l.lines };
  });
}
