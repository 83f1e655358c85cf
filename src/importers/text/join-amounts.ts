import { readAmount } from "../../domain/read-amount.js";
import { findUnit } from "../../domain/units.js";
import { PEOPLE } from "./read-metadata.js";
import type { Line } from "./split-lines.js";

/** Amounts a recipe card prints apart from their items, joined back.
 *  Grammar: LIST = (AMOUNT-LINE ITEM-LINE | PICKER | LINE)*
 *           AMOUNT-LINE = a number alone, or with its unit ("¼", "2 tbsp", "1 unit(s)"); with any
 *                         short word once three such pairs show the shape ("2 rúd")
 *           ITEM-LINE = a line with a letter and no number first ("cup cranberries", "Bund Dill")
 *           PICKER = a servings picker with the next amount glued on ("Für 4 Portionen 200") */

const BARE_AMOUNT =
  /^(?:\d+(?:[.,/]\d+)?|\d*\s*[¼½¾⅓⅔⅛⅜⅝⅞]|\d+\s+\d+\/\d+)(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?$/u;

/** An amount alone, with or without its unit: "¼", "2 tbsp", "2,5 dl", "600 g"; `anyWord` lets
 *  the unit be any short word ("2 rúd", "1 csipet"), where the list shows that shape throughout. */
export function isAmountOnly(text: string, anyWord = false): boolean {
  if (BARE_AMOUNT.test(text)) return true;
  if (text.length > 20 || !/^[\d¼-¾⅐-⅞][^\s]*(?:\s+\S+){0,3}$/u.test(text)) return false;
  const amount = readAmount(text.replace(/^(\d+),(\d+)/, "$1.$2"));
  if (amount === undefined || amount.article || amount.rest === "") return false;
  // "unit(s)", "milliliter(s)": a card's unit with its plural in brackets.
  if (anyWord) return /^\p{L}[\p{L}.]*(?:\(\p{L}{1,2}\))?$/u.test(amount.rest);
  return !amount.rest.includes(" ") && findUnit(amount.rest) !== undefined;
}

/** A line that names a food without a number: a measure word ("Bund Petersilie") may open it. */
const startsItem = (line: Line | undefined) => {
  if (line === undefined || !/\p{L}/u.test(line.text)) return false;
  const amount = readAmount(line.text);
  return amount === undefined || amount.article;
};

/** A servings picker glued to the first amount of a card's column ("Für 4 Portionen 200"). */
function splitPicker(line: Line): Line[] {
  const glued = /^(.{0,30}\D)\s(\d+(?:[.,]\d+)?)$/u.exec(line.text);
  if (!glued?.[1] || !glued[2] || !PEOPLE.test(glued[1])) return [line];
  return [
    { ...line, text: glued[1] },
    { ...line, text: glued[2], marker: "none", blankBefore: false },
  ];
}

/** Cards that set the amount in a column of its own copy it onto a line of its own ("¼" /
 *  "cup dried cranberries", "2 tbsp" / "apple butter"): the amount joins the line it belongs to.
 *  Three such pairs show the shape, and then an amount with any short word is one ("2 rúd"). */
function joinColumns(lines: readonly Line[]): Line[] {
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length && pairs < 3; i++) {
    if (isAmountOnly(lines[i]!.text, true) && startsItem(lines[i + 1])) pairs++;
  }
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (isAmountOnly(line.text, pairs >= 3) && startsItem(next) && !isAmountOnly(next!.text)) {
      out.push({ ...line, text: `${line.text} ${next!.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}

/** An ingredient list's lines with each amount a card printed apart joined to its item. A
 *  picker's number may itself have been joined as an amount ("4" / "Portionen 200"): it is
 *  split off, and its amount joined to the line it belongs to. */
export function joinAmounts(lines: readonly Line[]): Line[] {
  const once = joinColumns(lines);
  const split = once.flatMap(splitPicker);
  return split.length > once.length ? joinColumns(split) : once;
}
