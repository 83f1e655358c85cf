import { readAmount } from "../../domain/read-amount.js";
import type { Line } from "./split-lines.js";

/** How much some lines read as an ingredient list rather than a site's menu or prose. */

export function startsWithAmount(line: Line): boolean {
  const amount = readAmount(line.text);
  return amount !== undefined && !amount.article;
}

/** A table row that names the food first and its amount last: "Latte intero 200 ml",
 *  "Tuorli 3", "Échalote - 1". */
const TRAILING_AMOUNT =
  /^\p{L}[^\d:]{1,50}?[\s–-]\s*(?:\d{1,3}(?:[.,/]\d+)?|\d*\s*[¼-¾⅐-⅞])(?:\s*[-–]\s*\d+)?(?:\s*\p{L}{1,12})?$/u;

export function endsWithAmount(line: Line): boolean {
  return line.text.length <= 60 && TRAILING_AMOUNT.test(line.text);
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
  const sample = lines.length > SAMPLE ? lines.slice(0, SAMPLE) : lines;
  const trailing = sample.map(endsWithAmount);
  for (const [i, line] of sample.entries()) {
    if (startsWithAmount(line)) amounts++;
    // A row of a table only beside another: a menu's "Column 2" stands alone.
    else if (trailing[i] && (trailing[i - 1] || trailing[i + 1])) amounts += 0.75;
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
