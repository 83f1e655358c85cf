import { TIME_LABELS, YIELD_LABELS } from "./metadata-labels.js";
import type { Line } from "./split-lines.js";

/** A recipe card's times and yields as one line each. Cards print label and value in boxes of
 *  their own, which a page's text puts on lines of their own ("PREP TIME:" / "15" / "minutes"),
 *  and glue a box's hidden unit to the next label ("minutesCook Time: 40").
 *  Grammar: LABEL-LINE = TEXT? LABEL ":"? NUMBER?      (the label ends the line)
 *           VALUE = (NUMBER | UNIT-WORD)+ for a time, a second number only after hours
 *                 | NUMBER WORD{0,3} for a yield ("12 muffins", "4 - 6 serving(s)", "2-3")
 *  The label line and its value lines become one line: "PREP TIME: 15 minutes". */

/** A label ending its line, with the number only or nothing ("PREP TIME:", "Prep Time2",
 *  "Course: Main Cuisine: Thai Prep Time: 10"). */
const TRAILING_LABEL = new RegExp(
  `(?:^|[\\s|•·,])(?:(${TIME_LABELS})(?:\\s+time)?|(${YIELD_LABELS}))\\s*:?\\s*[\\d.,/]*$`,
  "iu",
);
const TIME_WORD =
  /^(?:[\d.,/]+|minutes?|mins?|hours?|hrs?|h|m|mn|minuten|min\.?|stunden?|std\.?|heures?|uur|minuti|ore|minutos|horas?|perc|óra|and|und|et|en|e|y)$/i;
const HOURS = /\b(?:hours?|hrs?|h|stunden?|std|heures?|uur|ore|horas?|óra)\b/i;
const MINUTES = /\b(?:minutes?|mins?|minuten|minuti|minutos|perc)\b/i;

const isTimeValue = (text: string) =>
  text.length <= 30 && text.split(/\s+/).every((w) => TIME_WORD.test(w));

const isYieldValue = (text: string) =>
  text.length <= 30 &&
  /^\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?(?:\s+\S+){0,3}$/u.test(text) &&
  !/\d\s*(?:min|h\b|hrs?|hours?)/i.test(text);

/** A unit glued before a label ("minutesCook Time: 40", "MINSTOTAL TIME:10") is the last box's. */
const GLUED_UNIT = new RegExp(
  `^(?:minutes?|mins?|hours?|hrs?)\\s*(?=(?:${TIME_LABELS}|${YIELD_LABELS})\\b)`,
  "i",
);

const GLUE = /^(?:minutes?|mins?|hours?|hrs?)|\p{Ll}(?:Prep|Cook|Total|Servings)\b/iu;

function unglue(text: string): string {
  return text
    .replace(GLUED_UNIT, "")
    .replace(/(\p{Ll})(?=(?:Prep|Cook|Total|Servings)\b)/gu, "$1 ");
}

/** The value lines after line i for a time or a yield label: [text, lines read]. */
function readValue(
  lines: readonly Line[],
  i: number,
  start: string,
  time: boolean,
): [string, number] {
  let text = start;
  let j = i + 1;
  if (!time) {
    const next = lines[j];
    // "6" / "servings": the number came before the label, and the next line is the list's.
    const before = /^\d+(?:[.,]\d+)?$/.test(lines[i - 1]?.text ?? "");
    if (next && !before && !/\d/.test(start) && isYieldValue(next.text))
      return [`${text} ${next.text}`, 1];
    return [text, 0];
  }
  // One number, then unit words; a second number only after hours ("1" / "hour" / "hr 5"): a run
  // of bare numbers is a servings picker.
  let numbers = /\d\s*$/.test(start) ? 1 : 0;
  for (; j < lines.length && j <= i + 6; j++) {
    const value = unglue(lines[j]!.text);
    if (!isTimeValue(value)) break;
    const more = (value.match(/\d+/g) ?? []).length;
    if (more > 0 && numbers > 0 && (!HOURS.test(text) || MINUTES.test(text))) break;
    numbers += more;
    text += ` ${value}`;
  }
  return [text, j - i - 1];
}

export function joinCardLabels(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.length <= 200 && GLUE.test(line.text) ? unglue(line.text) : line.text;
    // Only a short line, or one ending in a colon or a number, can end in a label.
    const labelled = text.length <= 30 || (text.length <= 200 && /[:\d]$/.test(text));
    const label = labelled ? TRAILING_LABEL.exec(text) : null;
    if (!label) {
      out.push(text === line.text ? line : { ...line, text });
      continue;
    }
    const start = text.replace(/:$/, "").replace(/(\p{L})(\d)/u, "$1 $2");
    const [joined, read] = readValue(lines, i, start, label[1] !== undefined);
    if (read === 0) {
      out.push(text === line.text ? line : { ...line, text });
      continue;
    }
    // "PREP TIME 15 minutes" → "PREP TIME: 15 minutes", so that the label reads as one.
    out.push({ ...line, text: joined.replace(/^(\D*?[^\s:\d])\s*(?=\d)/, "$1: ") });
    i += read;
  }
  return out;
}
