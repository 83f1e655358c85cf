import type { AnyNode } from "domhandler";
import { squashText } from "../clean-text.js";
import { HEADING_TAGS, INVISIBLE_TAGS } from "../read-visible-text.js";
import { type CardGroup, readCardLines } from "./read-headed-lists.js";
import { walkElements } from "./walk-elements.js";

/** A method the structured data glued into one string ("… vorheizen.Den Teig …") is still shown
 *  on the page in blocks: paragraphs (each line a <br> breaks), list items, headings. The blocks
 *  whose text, read in order, is the method's text are its steps, the headings among them its
 *  sections' titles. Blocks between them that are not the method's (an ingredient list the page
 *  prints between two paragraphs of steps) are passed over. Letters and digits decide what is
 *  "the same text"; spacing and punctuation do not.
 *  Grammar: SHOWN = … BLOCK(method) (OTHER* BLOCK(method))* …   over the page's blocks in order */

interface Block {
  readonly key: string;
  readonly text: string;
  readonly heading: boolean;
}

const TEXT_BLOCKS = new Set(["p", "li", ...HEADING_TAGS]);
/** Where an alignment starts: a page of thousands of short blocks does not cost their square. */
const MAX_STARTS = 20;
/** Blocks of something else passed over in a row before the run counts as ended. */
const MAX_GAP = 60;

function readBlocks(roots: readonly AnyNode[]): Block[] {
  const blocks: Block[] = [];
  walkElements(roots, (el) => {
    if (INVISIBLE_TAGS.has(el.name)) return false;
    if (!TEXT_BLOCKS.has(el.name)) return true;
    // An item that holds a list is read through its own items.
    if (el.name === "li" && el.children.some((c) => "name" in c && /^[ou]l$/.test(c.name))) {
      return true;
    }
    const heading = HEADING_TAGS.has(el.name);
    for (const text of readCardLines(el)) {
      const key = squashText(text);
      if (key) blocks.push({ key, text, heading });
    }
    return false;
  });
  return blocks;
}

/** The run of blocks from `start` that spells `want` whole, or undefined. */
function alignFrom(blocks: readonly Block[], start: number, want: string): Block[] | undefined {
  const run: Block[] = [];
  let at = 0;
  let gap = 0;
  for (let i = start; i < blocks.length && at < want.length && gap <= MAX_GAP; i++) {
    const block = blocks[i]!;
    if (want.startsWith(block.key, at)) {
      run.push(block);
      at += block.key.length;
      gap = 0;
    } else gap++;
  }
  return at === want.length ? run : undefined;
}

/** The page's blocks that spell `method`, as groups under the headings among them; undefined
 *  when no run of blocks spells it. */
export function findShownMethod(
  roots: readonly AnyNode[],
  method: string,
): CardGroup[] | undefined {
  const want = squashText(method);
  if (want === "") return undefined;
  const blocks = readBlocks(roots);
  let starts = 0;
  for (let i = 0; i < blocks.length && starts < MAX_STARTS; i++) {
    if (!want.startsWith(blocks[i]!.key)) continue;
    starts++;
    const run = alignFrom(blocks, i, want);
    if (!run) continue;
    const groups: CardGroup[] = [];
    for (const block of run) {
      if (block.heading) groups.push({ title: block.text, lines: [] });
      else if (groups.length === 0) groups.push({ lines: [block.text] });
      else groups.at(-1)!.lines.push(block.text);
    }
    return groups;
  }
  return undefined;
}
