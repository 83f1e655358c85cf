import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import type { RecipeInput, StepGroup } from "../../domain/recipe.js";
import { cleanLines, squashText } from "../clean-text.js";
import { readSchemaInstructions } from "../read-schema-instructions.js";
import { HEADING_TAGS, INVISIBLE_TAGS, readVisibleText } from "../read-visible-text.js";
import { walkElements } from "./walk-elements.js";

/** Structured steps that are only their headers ("Cook the rice noodles", "Serve") while the page
 *  shows each header over its text: the step is the header (its title) and the text after it.
 *  Grammar: SHOWN = … HEADER(step 1) TEXT+ … HEADER(step 2) TEXT+ … in reading order, where
 *           TEXT = what follows the header's element in its parent, up to the next header or
 *           heading element (h1–h6). */

/** A header names the step in a few words; a step's instruction is a sentence or longer. */
const MAX_HEADER_CHARS = 60;
const MAX_HEADER_WORDS = 8;
/** A step's text read from the page at most: the run after a header is a paragraph or a few. */
const MAX_STEP_CHARS = 5_000;

const isHeader = (text: string) =>
  text.length <= MAX_HEADER_CHARS &&
  text.split(/\s+/).length <= MAX_HEADER_WORDS &&
  /[\p{L}\p{N})]$/u.test(text);

/** Headers looked up at most: a method of headers is a handful of stages, and each look-up
 *  reads a little of the page. */
const MAX_HEADERS = 20;

/** Every step (two to MAX_HEADERS) is a bare header: short, untitled, without a sentence's end. */
export function isHeaderMethod(recipe: RecipeInput): boolean {
  const steps = (recipe.stepGroups ?? []).flatMap((g) => g.steps);
  return (
    steps.length >= 2 &&
    steps.length <= MAX_HEADERS &&
    steps.every((s) => s.title === undefined && isHeader(s.text))
  );
}

/** A node's visible text, read no further than `limit` characters. */
const textOf = (node: AnyNode, limit: number) =>
  cleanLines(readVisibleText([node], { limit })).join(" ");

/** What the page shows under a header is an instruction: a sentence or more, not a time ("10
 *  min"), a caption ("Photo: Jane Doe") or a note beside a short step. */
const isInstruction = (text: string) => text.length >= 20 && /[.!?]/.test(text);

/** Whether an element's text is the header's alone; read only so far (markup's spaces count). */
function holdsOnly(el: Element, key: string): boolean {
  const limit = key.length * 4 + 400;
  const raw = readVisibleText([el], { limit });
  return raw.length < limit && squashText(raw) === key;
}

/** The outermost element holding only the header's text, from the text node that spells it;
 *  none when the text node shares its element with other text (the header is no element's). */
function headerElement(node: AnyNode, key: string): Element | undefined {
  let el = node.parent && isTag(node.parent) ? node.parent : undefined;
  if (!el || !holdsOnly(el, key)) return undefined;
  while (el.parent && isTag(el.parent) && holdsOnly(el.parent, key)) el = el.parent;
  return el;
}

/** The text after a header's element in its parent, up to another header or a heading, read no
 *  further than MAX_STEP_CHARS. */
function textAfter(header: Element, keys: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let node = header.next; node && length < MAX_STEP_CHARS; node = node.next) {
    if (isTag(node) && (HEADING_TAGS.has(node.name) || INVISIBLE_TAGS.has(node.name))) {
      if (HEADING_TAGS.has(node.name)) break;
      continue;
    }
    const text = textOf(node, MAX_STEP_CHARS - length);
    const key = squashText(text);
    if (key !== "" && keys.includes(key)) break;
    if (text) parts.push(text);
    length += text.length;
  }
  return parts.join(" ").slice(0, MAX_STEP_CHARS);
}

/** Each header's text as the page shows it, in order; undefined unless every header has some.
 *  A header shown without text (a list of jump links) is passed over for its next showing. */
export function findShownStepTexts(
  roots: readonly AnyNode[],
  headers: readonly string[],
): string[] | undefined {
  const keys = headers.map(squashText);
  if (keys.some((k) => k === "")) return undefined;
  const texts: string[] = [];
  walkElements(roots, (el) => {
    if (INVISIBLE_TAGS.has(el.name)) return false;
    const key = keys[texts.length];
    if (key === undefined) return false;
    for (const child of el.children) {
      if (!isText(child) || squashText(child.data) !== key) continue;
      const header = headerElement(child, key);
      const text = header && textAfter(header, keys);
      if (text && isInstruction(text)) texts.push(text);
      break;
    }
    return texts.length < keys.length;
  });
  return texts.length === keys.length ? texts : undefined;
}

/** The method with each header step given the text the page shows under it, as its title. */
export function fillHeaderSteps(
  groups: NonNullable<RecipeInput["stepGroups"]>,
  texts: readonly string[],
): StepGroup[] {
  let at = 0;
  return groups.flatMap((group) => {
    const steps = group.steps.map((s) => ({
      "@type": "HowToStep",
      name: s.text,
      text: texts[at++],
    }));
    const read = readSchemaInstructions(
      [{ "@type": "HowToSection", itemListElement: steps }],
      new Map(),
    );
    return read.map((g) => ({ ...g, ...(group.title !== undefined && { title: group.title }) }));
  });
}
