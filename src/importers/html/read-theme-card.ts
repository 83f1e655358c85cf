import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";
import { cleanLines } from "../clean-text.js";
import { readVisibleText } from "../read-visible-text.js";
import { readTitleBefore } from "./find-list-run.js";
import { type CardGroup, readCardText, readHeadedLists } from "./read-headed-lists.js";
import { readRecipeLists } from "./read-recipe-lists.js";
import { isStatedFact } from "./trim-card-method.js";
import { holdsElement, walkElements } from "./walk-elements.js";

/** A recipe in a theme's own markup, without a plugin: class names say which part is which.
 *  Ingredients: the first element whose class names them and that holds list items, else the
 *  runs of repeated elements whose class names them ("ingredients__item" ×8). Method: the first
 *  element whose class names instructions, directions, method, preparation or steps and that
 *  holds list items or paragraphs. What no class names, the lists' shapes give (readRecipeLists).
 *  One pass over the page finds every candidate: a selector engine would walk it once per name. */

export interface ThemeCard {
  ingredients: CardGroup[];
  instructions: CardGroup[];
}

const STEP_WORDS = ["instruction", "direction", "method", "preparation", "steps"];

interface Candidates {
  readonly ingredients: Element[];
  readonly steps: Element[];
}

function findCandidates(roots: readonly AnyNode[]): Candidates {
  const found: Candidates = { ingredients: [], steps: [] };
  walkElements(roots, (node) => {
    if (node.attribs.class) {
      const cls = node.attribs.class.toLowerCase();
      const ingredients = cls.includes("ingredient");
      // The page's own classes (on <html>, <body>) name its categories, not a part of it.
      const steps =
        node.name !== "html" && node.name !== "body" && STEP_WORDS.some((w) => cls.includes(w));
      // "ingredients-and-directions" holds both lists: it is neither.
      if (ingredients && !steps) found.ingredients.push(node);
      if (steps && !ingredients) found.steps.push(node);
    }
    return true;
  });
  return found;
}

const holds = (el: Element, names: ReadonlySet<string>) =>
  holdsElement(el, (node) => names.has(node.name));

const LIST_ITEMS = new Set(["li"]);
/** Method boxes read before giving up: a page of empty ones costs no more than a few. */
const MAX_METHOD_BOXES = 5;
const STEP_BLOCKS = new Set(["li", "p"]);

function isAncestor(el: Element, of: AnyNode): boolean {
  for (let at = of.parent; at; at = at.parent) if (at === el) return true;
  return false;
}

/** The runs of two or more siblings sharing a class that names ingredients, a group each; the
 *  runs of one card share its container (pages repeat the card elsewhere, for print or tabs). */
function readIngredientItems(candidates: readonly Element[]): CardGroup[] {
  const groups: CardGroup[] = [];
  let cls: string | undefined;
  let container: AnyNode | null = null;
  for (const el of candidates) {
    const parent = el.parent;
    if (!parent || (cls !== undefined && el.attribs.class !== cls)) continue;
    if (container && parent.parent !== container) continue;
    let prev = el.prev;
    while (prev && !isTag(prev)) prev = prev.prev;
    if (prev && isTag(prev) && prev.attribs.class === el.attribs.class) continue;
    const run = parent.children.filter(
      (c): c is Element => isTag(c) && c.attribs.class === el.attribs.class,
    );
    const lines = run
      .map(readCardText)
      .filter((l): l is string => l !== undefined && l.length <= 300);
    if (run.length < 2 || lines.length < 2) continue;
    cls = el.attribs.class;
    container = parent.parent;
    const title = isTag(parent) ? readTitleBefore(parent) : undefined;
    groups.push({ ...(title && { title }), lines });
  }
  return groups;
}

/** A list of words ("Summer", "Main Meals"): tags or links, not steps; nor a list of the
 *  recipe's times and yield ("Elkészítési idő: kb. 30 perc") that a method's box may open with. */
const isStepList = (lines: readonly string[]) =>
  lines.reduce((n, l) => n + l.length, 0) >= 20 * lines.length && !lines.every(isStatedFact);

/** A paragraph that is only a link ("<p><a>Pumpkin muffins</a></p>"): a pointer to another
 *  recipe, not a step. */
function isLinkOnly(p: Element): boolean {
  const stack: AnyNode[] = [...p.children];
  let links = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text" && node.data.trim() !== "") return false;
    if (!isTag(node)) continue;
    if (node.name === "a") links++;
    else stack.push(...node.children);
  }
  return links > 0;
}

const isBreak = (node: AnyNode | null) => node !== null && isTag(node) && node.name === "br";
const isBlank = (node: AnyNode | null) =>
  node !== null && node.type === "text" && !node.data.trim();

/** A list of one item whose paragraphs a blank line parts ("Mix.<br><br>Bake."): each is a step. */
function splitAtBlankLines(item: Element): string[] | undefined {
  const parts: AnyNode[][] = [[]];
  for (const child of item.children) {
    let prev = child.prev;
    while (isBlank(prev)) prev = prev!.prev;
    if (isBreak(child) && isBreak(prev)) parts.push([]);
    else parts.at(-1)!.push(child);
  }
  if (parts.length < 2) return undefined;
  const lines = parts.map((p) => cleanLines(readVisibleText(p)).join(" "));
  return lines.filter((l) => l !== "");
}

function onlyItem(container: Element): Element | undefined {
  let found: Element | undefined;
  let count = 0;
  walkElements([container], (el) => {
    if (el.name === "li") {
      found = el;
      count++;
    }
    return true;
  });
  return count === 1 ? found : undefined;
}

/** Paragraphs are steps when a method is written without a list. */
function readSteps(container: Element): CardGroup[] {
  const groups = readHeadedLists(container, isStepList);
  if (groups.length === 1 && groups[0]!.lines.length === 1) {
    const item = onlyItem(container);
    const lines = item && splitAtBlankLines(item);
    if (lines && lines.length > 1) return [{ ...groups[0], lines }];
  }
  if (groups.length > 0) return groups;
  const lines: string[] = [];
  const stack: AnyNode[] = [...container.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === "p") {
      const line = isLinkOnly(node) ? undefined : readCardText(node);
      if (line) lines.push(line);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return lines.length > 0 ? [{ lines }] : [];
}

/** A lone group's heading ("Directions", "Method") names the list, not a part of it. */
const untitledAlone = (groups: CardGroup[]) =>
  groups.length === 1 ? [{ lines: groups[0]!.lines }] : groups;

/** The element and the siblings after it that share its tag and class and hold list items: a
 *  theme may give each ingredient group a box of its own ("ingredients-wrap" ×2). */
function withSiblingBoxes(el: Element): Element[] {
  const boxes = [el];
  for (let next = el.next; next; next = next.next) {
    if (!isTag(next)) continue;
    if (next.name !== el.name || next.attribs.class !== el.attribs.class) break;
    if (holds(next, LIST_ITEMS)) boxes.push(next);
  }
  return boxes;
}

/** The ingredients' groups before one whose heading names the method ("Cooking Instructions"):
 *  a theme's box of ingredients may hold the steps too. */
function beforeMethod(groups: CardGroup[]): CardGroup[] {
  const at = groups.findIndex(
    (g) => g.title && STEP_WORDS.some((w) => g.title!.toLowerCase().includes(w)),
  );
  return at === -1 ? groups : groups.slice(0, at);
}

export function readThemeCard(roots: AnyNode[]): ThemeCard {
  const candidates = findCandidates(roots);
  const named = candidates.ingredients.find((el) => holds(el, LIST_ITEMS));
  // The first box that names the method and holds steps: one that names it but holds only the
  // recipe's times ("method-overview": "Prep Time: 5 mins") gives way to the next.
  let steps: CardGroup[] = [];
  let tries = MAX_METHOD_BOXES;
  for (const el of candidates.steps) {
    if (!holds(el, STEP_BLOCKS) || (named && isAncestor(el, named))) continue;
    if (tries-- === 0) break;
    const read = readSteps(el);
    if (read.every((g) => g.lines.every(isStatedFact))) continue;
    steps = read;
    break;
  }
  const card = {
    ingredients: untitledAlone(
      named
        ? beforeMethod(withSiblingBoxes(named).flatMap((box) => readHeadedLists(box)))
        : readIngredientItems(candidates.ingredients),
    ),
    instructions: untitledAlone(steps),
  };
  if (card.ingredients.length > 0 && card.instructions.length > 0) return card;
  const lists = readRecipeLists(roots);
  return {
    ingredients: card.ingredients.length > 0 ? card.ingredients : lists.ingredients,
    instructions: card.instructions.length > 0 ? card.instructions : lists.instructions,
  };
}
