import { type AnyNode, DomHandler } from "domhandler";
import { Parser } from "htmlparser2";

/** A page as a tree, nested at most MAX_DEPTH levels. The parser keeps its open elements in
 *  an array it shifts at every tag, so each tag costs as much as the nesting is deep; a page of
 *  a million unclosed <b> would take minutes. Parsing stops at the limit (real pages nest a
 *  few dozen levels) and what was read so far is kept. */
export const MAX_DEPTH = 512;

const TooDeep = Symbol("too deep");

export interface ParsedPage {
  readonly roots: AnyNode[];
  readonly truncated: boolean;
}

export function parsePage(html: string): ParsedPage {
  const handler = new DomHandler();
  let depth = 0;
  const parser = new Parser(
    {
      ...handlerCallbacks(handler),
      onopentag(name, attribs) {
        if (++depth > MAX_DEPTH) throw TooDeep;
        handler.onopentag(name, attribs);
      },
      onclosetag() {
        depth--;
        handler.onclosetag();
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html);
    return { roots: handler.root.children, truncated: false };
  } catch (error) {
    if (error !== TooDeep) throw error;
    return { roots: handler.root.children, truncated: true };
  }
}

/** The handler's own callbacks, bound, so the depth guard wraps only the two it needs. */
function handlerCallbacks(handler: DomHandler) {
  return {
    onparserinit: handler.onparserinit.bind(handler),
    onreset: handler.onreset.bind(handler),
    onend: handler.onend.bind(handler),
    onerror: handler.onerror.bind(handler),
    ontext: handler.ontext.bind(handler),
    oncomment: handler.oncomment.bind(handler),
    oncommentend: handler.oncommentend.bind(handler),
    oncdatastart: handler.oncdatastart.bind(handler),
    oncdataend: handler.oncdataend.bind(handler),
    onprocessinginstruction: handler.onprocessinginstruction.bind(handler),
  };
}

/** Callers that only stream (scan-page) share the same guard. */
export function guardDepth(): { open(): void; close(): void } {
  let depth = 0;
  return {
    open() {
      if (++depth > MAX_DEPTH) throw TooDeep;
    },
    close() {
      depth--;
    },
  };
}

export const isTooDeep = (error: unknown) => error === TooDeep;

/** The one element whose start tag holds `marker` (a class name), parsed alone: a recipe card
 *  is a few kB of a page many times that size. The first occurrence that sits in an element's
 *  attributes (not in a stylesheet or a script) wins; parsing stops where that element ends. */
export function parseElementWith(html: string, marker: string, from: number): AnyNode[] {
  let at = html.indexOf(marker, from);
  for (let tries = 0; at !== -1 && tries < 20; tries++) {
    const start = html.lastIndexOf("<", at);
    const roots = start === -1 ? [] : parseSubtree(html, start, marker);
    if (roots.length > 0) return roots;
    at = html.indexOf(marker, at + marker.length);
  }
  return [];
}

const SubtreeDone = Symbol("subtree done");

function parseSubtree(html: string, start: number, marker: string): AnyNode[] {
  const handler = new DomHandler();
  let depth = 0;
  let opened = false;
  const parser = new Parser(
    {
      ...handlerCallbacks(handler),
      onopentag(name, attribs) {
        if (!opened && !attribs.class?.includes(marker)) throw SubtreeDone;
        opened = true;
        if (++depth > MAX_DEPTH) throw TooDeep;
        handler.onopentag(name, attribs);
      },
      onclosetag() {
        depth--;
        handler.onclosetag();
        if (depth === 0) throw SubtreeDone;
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html.slice(start));
  } catch (error) {
    if (error !== SubtreeDone && error !== TooDeep) throw error;
  }
  return opened ? handler.root.children : [];
}
