import { readAmount } from "../../domain/read-amount.js";
import type { Line } from "./split-lines.js";

/** How much some lines read as an ingredient list rather than a site's menu or prose. */

export function startsWithAmount(line: Line): boolean {
  const amount = readAmount(line.text);
  return amount !== undefined && !amount.article;
}

function isShortItem(line: Line): boolean {
  return line.text.length <= 80 && !/[.!?]$/.test(line.text);
}

const SAMPLE = 300;

/** Amounts count most, prose counts against, and short lines without amounts count only as far
 *  as lines with amounts vouch for them (a site's menu is a long list of short lines too). */
export function listScore(lines: readonly Line[]): number {
  let amounts = 0;
  let short = 0;
  let prose = 0;
  // A list shows what it is in its first few hundred lines; a longer one is read no further.
  for (const line of lines.length > SAMPLE ? lines.slice(0, SAMPLE) : lines) {
    if (startsWithAmount(line)) amounts++;
    else if (isShortItem(line)) short++;
    else prose++;
  }
  return 2 * amounts + 0.5 * Math.min(short, amounts + 2) - prose;
}

/** Lines that read as a list: a menu of ingredient pages ("Mexican Ingredients" over forty
 *  links) does not. */
export function readsAsList(lines: readonly Line[]): boolean {
  return listScore(lines) >= 0.25 * Math.max(1, Math.min(lines.length, SAMPLE));
}

/** A sentence rather than an item: long, or several words ending in a full stop. */
export function isSentence(line: Line): boolean {
  const words = line.text.split(/\s+/).length;
  return words >= 12 || (words >= 4 && /[.!?)]["'’”]?$/u.test(line.text));
}
