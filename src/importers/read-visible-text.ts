import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { textContent } from "domutils";
import { cleanLines } from "./clean-text.js";
import { parsePage } from "./parse-page.js";

/** The text a reader sees in a piece of a page, a line per block: block elements and <br>
 *  break lines, inline ones do not; scripts, styles and other invisible elements are skipped.
 *  Iterative, so deeply nested markup cannot overflow the stack. */

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "td",
  "th",
  "ul",
]);

/** The heading elements, h1 to h6. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

export const INVISIBLE_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "canvas",
  "select",
  "button",
  "head",
  "title",
  "meta",
  "link",
]);

export interface VisibleTextOptions {
  /** Elements to leave out besides the invisible ones (nav, footer…). */
  readonly skip?: (node: AnyNode) => boolean;
  /** Stop after about this many characters: a caller that reads only the start of a page. */
  readonly limit?: number;
  /** Line ends in the text break lines, as in a JSON-LD string that mixes tags and "\n".
   *  In a page they are spaces where the markup wraps its text (but inside <pre>). */
  readonly keepLineEnds?: boolean;
}

const END_PRE = "pre";

export function readVisibleText(
  roots: AnyNode | readonly AnyNode[],
  options: VisibleTextOptions = {},
): string {
  const out: string[] = [];
  // A stack of nodes still to visit, and "\n" markers for the end of block elements.
  const stack: Array<AnyNode | "\n" | typeof END_PRE> = Array.isArray(roots)
    ? [...(roots as readonly AnyNode[])].reverse()
    : [roots as AnyNode];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let length = 0;
  let pre = options.keepLineEnds ? 1 : 0;
  while (stack.length > 0 && length < limit) {
    const node = stack.pop()!;
    if (node === "\n") {
      out.push("\n");
      continue;
    }
    if (node === END_PRE) {
      pre--;
      continue;
    }
    if (isText(node)) {
      const data =
        pre === 0 && node.data.includes("\n") ? node.data.replace(/\n/g, " ") : node.data;
      out.push(data);
      length += data.length;
    } else if (isTag(node)) {
      if (node.name === "select" && !options.skip?.(node)) {
        // A drop-down shows its chosen option: "Pour <select>…6…</select> personnes".
        const shown = shownOption(node);
        out.push(` ${shown} `);
        length += shown.length;
        continue;
      }
      if (INVISIBLE_TAGS.has(node.name) || options.skip?.(node)) continue;
      if (node.name === "pre") {
        pre++;
        stack.push(END_PRE);
      }
      const block = BLOCK.has(node.name);
      if (block) {
        out.push("\n");
        stack.push("\n");
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if ("children" in node) {
      const children = (node as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.join("");
}

/** The option a drop-down shows: the selected one, else its first. */
function shownOption(select: Element): string {
  const options = select.children
    .flatMap((c) => (isTag(c) && c.name === "optgroup" ? c.children : [c]))
    .filter((c): c is Element => isTag(c) && c.name === "option");
  const chosen = options.find((o) => o.attribs.selected !== undefined) ?? options[0];
  return chosen ? textContent(chosen).replace(/\s+/g, " ").trim() : "";
}

/** A string that may hold markup ("<p>Mix.</p><p>Bake.</p>") → its visible lines. */
export function readMarkupLines(text: string): string[] {
  if (!text.includes("<")) return cleanLines(text);
  return cleanLines(readVisibleText(parsePage(text).roots, { keepLineEnds: true }));
}
