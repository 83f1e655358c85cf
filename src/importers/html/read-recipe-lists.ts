import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";
import { readTimers } from "../../domain/read-timers.js";
import { HEADING_TAGS } from "../read-visible-text.js";
import {
  findListRun,
  groupListRun,
  isSentence,
  type List,
  type Page,
  readLabelBefore,
} from "./find-list-run.js";
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
 *                  with its sub-lists: the run of LISTs of its kind (see findListRun)
 *    METHOD      = the first LIST after it whose items are sentences
 *                | the paragraphs after it, up to the HEADING that follows them */

export interface RecipeLists {
  readonly ingredients: CardGroup[];
  readonly instructions: CardGroup[];
}

const CHROME = new Set(["nav", "header", "footer", "aside", "form", "select", "button"]);
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
    if (HEADING_TAGS.has(node.name) || node.name === "p") {
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

/** The paragraphs from `from` on, up to the next heading or list (`until`). */
function readMethodParagraphs(page: Page, from: number, until: number) {
  const lines: string[] = [];
  for (const { el, at } of page.blocks) {
    if (at < from) continue;
    const heading = HEADING_TAGS.has(el.name);
    // "Step 2" over each paragraph numbers it; any other heading ends the method.
    if (heading && STEP_NUMBER.test(readCardText(el) ?? "")) continue;
    if (at >= until || (heading && lines.length > 0)) break;
    if (!heading) lines.push(...readCardLines(el));
  }
  return lines.filter((l) => l.length >= 2);
}

const nextListAfter = (page: Page, at: number) =>
  page.lists.find((l) => l.at > at)?.at ?? Number.POSITIVE_INFINITY;

export function readRecipeLists(roots: readonly AnyNode[]): RecipeLists {
  const page = readPage(roots);
  let best: List | undefined;
  for (const list of page.lists) {
    if (isIngredientList(list) && (!best || list.amounts > best.amounts)) best = list;
  }
  if (!best) return { ingredients: [], instructions: [] };
  const run = findListRun(page, best, isIngredientList);
  const last = run.at(-1)!.at;
  // The method is whichever comes first after them: a list of sentences, or paragraphs.
  const steps = page.lists.find((l) => l.at > last && isStepList(l));
  const prose = page.blocks.find(
    (b) => b.at > last && b.el.name === "p" && readCardLines(b.el).some(isSentence),
  );
  const ingredients = groupListRun(page, run);
  if (prose && (!steps || prose.at < steps.at)) {
    const lines = readMethodParagraphs(page, prose.at, nextListAfter(page, prose.at));
    return { ingredients, instructions: lines.length > 0 ? [{ lines }] : [] };
  }
  // A one-line list after the steps is one more step under a label ("Optional glaze:" + its
  // step); without a label it is the page's (a download). Labels of asides: see findListRun.
  const isMoreSteps = (l: List) =>
    isStepList(l) && (l.lines.length >= 2 || readLabelBefore(l.el) !== undefined);
  return {
    ingredients,
    instructions: steps ? groupListRun(page, findListRun(page, steps, isMoreSteps)) : [],
  };
}
