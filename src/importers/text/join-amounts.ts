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
    // The last of three bare numbers is a picker's ("1" / "2" / "3"), not the next item's; after
    // one bare number ("4" servings), it is the item's amount.
    const bare = (j: number) => BARE_AMOUNT.test(lines[j]?.text ?? "");
    const picker = bare(i) && bare(i - 1) && bare(i - 2);
    if (
      !picker &&
      isAmountOnly(line.text, pairs >= 3) &&
      startsItem(next) &&
      !isAmountOnly(next!.text)
    ) {
      out.push({ ...line, text: `${line.text} ${next!.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}

/** A food's name alone: a letter, no figure ("♥玉ねぎ", "Courgette"). */
const isNameOnly = (text: string) => text.length <= 40 && /\p{L}/u.test(text) && !/\d/.test(text);

/** An amount set after its name: short, with a figure, naming no food ("2個", "大さじ1と1/2",
 *  "5cm(なくても♡)", "2 tbsp"); "2 cups basil" is an item of its own. */
const isTrailingAmount = (text: string) =>
  text.length <= 20 && /\d/.test(text) && (!/\s/.test(text) || isAmountOnly(text));

/** Cards that set the name first and the amount in a column after it copy them as pairs of lines
 *  ("♥玉ねぎ" / "2個"): where such pairs make the list, each pair is one line, name first. */
function joinNameColumns(lines: readonly Line[]): Line[] | undefined {
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isNameOnly(lines[i]!.text) && isTrailingAmount(lines[i + 1]!.text)) {
      pairs++;
      i++;
    }
  }
  // A list of such pairs ends on an amount; one that ends on a name pairs amount-first.
  const last = lines[lines.length - 1]?.text ?? "";
  const ends = isTrailingAmount(last) && isNameOnly(lines[lines.length - 2]?.text ?? "");
  if (!ends || pairs < 3 || pairs * 2 < lines.length * 0.8) return undefined;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && isNameOnly(line.text) && isTrailingAmount(next.text)) {
      out.push({ ...line, text: `${line.text} ${next.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}

/** An ingredient list's lines with each amount a card printed apart joined to its item. A
 *  picker's number may itself have been joined as an amount ("4" / "Portionen 200"): it is
 *  split off, and its amount joined to the line it belongs to. */
export function joinAmounts(lines: readonly Line[]): Line[] {
  const named = joinNameColumns(lines);
  if (named) return named;
  const once = joinColumns(lines);
  const split = once.flatMap(splitPicker);
  return split.length > once.length ? joinColumns(split) : once;
}
