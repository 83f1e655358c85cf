import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";
import { cleanLines } from "../clean-text.js";
import { readVisibleText } from "../read-visible-text.js";

/** How a recipe card's text is read: as a reader sees it, without what only screen readers
 *  get; and a card's container of headings and lists as groups of lines. */

export interface CardGroup {
  title?: string;
  lines: string[];
}

/** Text only screen readers get ("▢" before a checkbox): the standard visually hidden classes. */
const HIDDEN_CLASSES = /(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden)(?:\s|$)/;
const isScreenReaderOnly = (node: AnyNode) =>
  isTag(node) && HIDDEN_CLASSES.test(node.attribs.class ?? "");

/** An element the page hides until a script shows it: the `hidden` attribute or class (a
 *  collapsed tab bar repeating the card's headings). */
const isHidden = (el: Element) =>
  el.attribs.hidden !== undefined || /(?:^|\s)hidden(?:\s|$)/.test(el.attribs.class ?? "");

/** Each visible line of an element. */
export const readCardLines = (node: AnyNode) =>
  cleanLines(readVisibleText(node, { skip: isScreenReaderOnly }));

/** An element's visible text on one line; undefined when it has none. */
export const readCardText = (node: AnyNode | null | undefined) =>
  node ? readCardLines(node).join(" ") || undefined : undefined;

const HEADING = new Set(["h2", "h3", "h4", "h5", "h6"]);
const isList = (node: AnyNode): node is Element =>
  isTag(node) && (node.name === "ul" || node.name === "ol");
/** Marks where a nested titled group ends: the lines after it start a group of their own. */
const NEW_GROUP = Symbol("new group");

/** A heading, or a paragraph that is only bold text. */
export function isHeading(el: Element): boolean {
  if (HEADING.has(el.name)) return true;
  if (el.name !== "p") return false;
  const tags = el.children.filter(isTag);
  return (
    tags.length === 1 &&
    (tags[0]!.name === "strong" || tags[0]!.name === "b") &&
    !el.children.some((c) => c.type === "text" && c.data.trim() !== "")
  );
}

// A list item a theme marks as its list's sub-heading ("<li class="category">For the topping").
const HEADING_ITEM =
  /(?:^|[\s_-])(?:category|heading|headline|subheading|subtitle|group-?name)(?:$|[\s_-])/i;

/** A list item that titles the items after it: its class says so, and it holds no amount. (A
 *  bold item alone is not enough: pages bold a food's name too.) */
const isHeadingItem = (li: Element, line: string) =>
  !/\d/.test(line) && line.length <= 100 && HEADING_ITEM.test(li.attribs.class ?? "");

/** A container of headings and lists → groups, in reading order; `keep` may leave a list out
 *  (a method's container also holds the post's tags). */
export function readHeadedLists(
  container: AnyNode,
  keep?: (lines: readonly string[]) => boolean,
): CardGroup[] {
  const groups: CardGroup[] = [];
  let current: CardGroup | undefined;
  const stack: Array<AnyNode | typeof NEW_GROUP> = isTag(container)
    ? [...container.children].reverse()
    : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === NEW_GROUP) {
      current = undefined;
      continue;
    }
    if (!isTag(node) || isHidden(node)) continue;
    if (isHeading(node)) {
      const title = readCardText(node);
      if (title) {
        current = { title, lines: [] };
        groups.push(current);
      }
      continue;
    }
    if (keep && (node.name === "ul" || node.name === "ol")) {
      const items = node.children.filter((c): c is Element => isTag(c) && c.name === "li");
      const lines = items.map(readCardText).filter((l): l is string => l !== undefined);
      if (!keep(lines) || lines.length === 0) continue;
      if (!current) {
        current = { lines: [] };
        groups.push(current);
      }
      current.lines.push(...lines);
      continue;
    }
    const nested = node.name === "li" ? node.children.find(isList) : undefined;
    if (nested) {
      // "<li><strong>Seasonings</strong><ul>…</ul></li>": a titled group inside the list.
      const title = node.children
        .filter((c) => !isList(c))
        .map((c) => readCardText(c) ?? "")
        .join(" ")
        .trim();
      current = { ...(title && { title }), lines: [] };
      groups.push(current);
      stack.push(NEW_GROUP);
      for (let i = nested.children.length - 1; i >= 0; i--) stack.push(nested.children[i]!);
      continue;
    }
    if (node.name === "li") {
      const line = readCardText(node);
      if (!line) continue;
      if (isHeadingItem(node, line)) {
        current = { title: line, lines: [] };
        groups.push(current);
        continue;
      }
      if (!current) {
        current = { lines: [] };
        groups.push(current);
      }
      current.lines.push(line);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return withoutSharedTail(groups.filter((g) => g.lines.length > 0));
}

/** Words every line of a list ends with ("… diced shopping list", "… salt shopping list"): a
 *  control the page repeats on each item (a button, a link), not the items' text. */
function withoutSharedTail(groups: CardGroup[]): CardGroup[] {
  const lines = groups.flatMap((g) => g.lines);
  if (lines.length < 3) return groups;
  let tail = lines[0]!;
  for (const line of lines) {
    while (tail && !line.endsWith(tail)) tail = tail.replace(/^\S*\s*/, "");
  }
  const cut = tail.length + 1;
  const shared = /\p{L}/u.test(tail) && lines.every((l) => l.length > cut && l.at(-cut) === " ");
  return shared
    ? groups.map((g) => ({ ...g, lines: g.lines.map((l) => l.slice(0, -cut)) }))
    : groups;
}
