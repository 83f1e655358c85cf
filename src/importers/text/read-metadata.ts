import type { Duration } from "../../domain/duration.js";
import { readAmount } from "../../domain/read-amount.js";
import { readYields } from "../../domain/read-yields.js";
import type { Recipe } from "../../domain/recipe.js";
import { classifyHeading } from "./classify-heading.js";
import { joinCardLabels } from "./join-card-labels.js";
import {
  NAMED_TIME_LABELS,
  READY_IN,
  readTimeValue,
  TIME_LABELS,
  timeKey,
  YIELD_LABELS,
} from "./metadata-labels.js";
import type { Line } from "./split-lines.js";

/** Yield and time lines ("Serves 4", "Prep time: 10 minutes | Cook time: 30 mins").
 *  Grammar: META-LINE = PART (SEP PART)*     SEP = "|" | "•" | "·" | ";" | "," before a label
 *           PART = YIELDS (see readYields) | TIME-LABEL ":"? DURATION
 *           TIME-LABEL = (prep | preparation | cook | cooking | bake | baking | total) " time"?
 *  A line is metadata only when every part of it reads; such lines leave the prose. Failing
 *  such lines, times and yields are read where a card's furniture labels them inside a longer
 *  line ("Author: Ann Prep Time: 20 minutes Servings: 4"), and a yield where a line counts
 *  people ("Ingredients (6 persons)", "for 4 servings"). */
export interface Metadata {
  yields?: NonNullable<Recipe["yields"]>;
  times: { prep?: Duration; cook?: Duration; total?: Duration };
}

const TIME_LABEL = new RegExp(
  `^(${TIME_LABELS})(?:\\s+time)?\\s*(?::\\s*|\\s*(?=\\d))(.{1,40})$`,
  "i",
);

/** Between the parts of a metadata line: a bar or a bullet, or a comma or a space before the
 *  next label ("Total Time: 3 hours Yield: 2 loaves"). */
const PART_SEPARATOR = new RegExp(
  `\\s*[|•·;]\\s*|,\\s*(?=(?:prep|cook|bake|total|serves|servings|makes|yields?)\\b)|\\s+(?=(?:${NAMED_TIME_LABELS}|${YIELD_LABELS})(?:\\s+time)?\\s*:)`,
  "iu",
);

/** "Serving size: 1 cookie", "per 100 g": a portion's size, not how many the recipe makes. */
const NOT_YIELDS = /^(?:serving size|portion size|per\b|pro\b|nutrition|calories)/i;

function readPart(part: string, into: Metadata): boolean {
  const yields = NOT_YIELDS.test(part) ? undefined : readYields(part);
  if (yields) {
    into.yields ??= yields;
    return true;
  }
  const time = TIME_LABEL.exec(part);
  const duration = time?.[2] === undefined ? undefined : readTimeValue(time[2]);
  if (!time?.[1] || !duration) return false;
  into.times[timeKey(time[1])] ??= duration;
  return true;
}

/** "Author: Ann Prep Time: 20 minutes Cook Time: 1 hour": times labelled inside a longer line
 *  of a card's furniture. The label needs "time" or a colon, so a step's "cook 10 minutes" is
 *  not taken for the recipe's cook time; "ready in 30 minutes" needs neither. */
// A card may print a unit twice ("1 hour hour 15 minutes"); the second is no word of the next label.
const VALUE =
  "(\\d[\\d.,/\\s]*\\p{L}+\\.?(?:\\s+(?:hours?|hrs?|minutes?|mins?)\\b\\.?)?(?:\\s+\\d+\\s*\\p{L}+)?)";
const LABELLED_TIME = new RegExp(
  `(?:^|[\\s|•·,(])(${NAMED_TIME_LABELS})(?:\\s+time\\s*:?|\\s*:)\\s*${VALUE}`,
  "giu",
);
const STATED_TIME = new RegExp(`(?:^|[\\s|•·,(])(${READY_IN})\\s*:?\\s*${VALUE}`, "iu");

function scanTimes(text: string, into: Metadata): void {
  for (const match of text.matchAll(LABELLED_TIME)) {
    const duration = match[2] === undefined ? undefined : readTimeValue(match[2]);
    if (match[1] && duration) into.times[timeKey(match[1])] ??= duration;
  }
}

/** "Servings: 4", "Yield: 12 cookies" inside a longer line. */
const LABELLED_YIELD = new RegExp(
  `(?:^|[\\s|•·,(\\d])(?<!(?:per|pro|par|size)\\s)(?:${YIELD_LABELS})\\s*:?\\s*(\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+)?)(?![\\d.,]|\\s*(?:min|h\\b|hrs?|hours?|kcal|cal|g\\b|%))`,
  "iu",
);
/** "4 personen", "(6 persons)", "for 4 servings", "6 porcií": a count of people (a list's
 *  servings picker prints one above it). */
export const PEOPLE =
  /(?:^|[\s(])(\d+(?:\s*[-–]\s*\d+)?)\s*(?:servings?|serving\(s\)|persons?|people|personen|personnes|personer|persone|personas|pers\.|porcií|porcie|porcija|porciones|porções|porzioni|adag|portion(?:en|er|\(en\)|\/en)?|porsjoner|porties|port\.?|főre)(?=$|[\s),.])/iu;

function yieldsOf(text: string, match: RegExpExecArray | null): Metadata["yields"] {
  const amount = match?.[1] === undefined ? undefined : readAmount(match[1].replace(",", "."));
  return amount && !amount.article ? { quantity: amount.quantity, text: text.trim() } : undefined;
}

/** A yield labelled inside a line, else a count of people; a run of such lines (a servings
 *  picker: "1 People", "2 People", …) names no yield. */
function scanYields(lines: readonly Line[]): Metadata["yields"] {
  let people: Metadata["yields"];
  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (text.length > 240 || !/\d/.test(text)) continue;
    const labelled = yieldsOf(text, LABELLED_YIELD.exec(text));
    if (labelled) return labelled;
    if (people || text.length > 60) continue;
    const count = PEOPLE.exec(text);
    const picker = [lines[i - 1], lines[i + 1]].some((l) => l && PEOPLE.test(l.text));
    if (count && !picker) people = yieldsOf(text, count);
  }
  return people;
}

/** The metadata lines of a post, read, and the remaining lines. */
export function readMetadata(lines: readonly Line[]): { metadata: Metadata; rest: Line[] } {
  const metadata: Metadata = { times: {} };
  const rest: Line[] = [];
  let readyIn: Duration | undefined;
  const joined = joinCardLabels(lines);
  // "1 People" / "2 People" / …: a servings picker's choices, none of them the yield.
  const picks = (i: number) => {
    const line = joined[i];
    return line !== undefined && line.text.length <= 30 && readYields(line.text) !== undefined;
  };
  for (const [i, line] of joined.entries()) {
    const parts = line.text.split(PART_SEPARATOR).filter((p) => p !== "");
    const scratch: Metadata = { times: {} };
    if (line.text.length <= 120 && parts.length > 0 && parts.every((p) => readPart(p, scratch))) {
      const picker = picks(i - 1) || picks(i + 1);
      if (scratch.yields && !metadata.yields && !picker) metadata.yields = scratch.yields;
      metadata.times = { ...scratch.times, ...metadata.times };
      // "Zutaten für 6 Kugeln" states the yield and heads the list too.
      if (classifyHeading(line.text) !== "ingredients") continue;
    }
    if (line.text.length <= 240 && /\d/.test(line.text)) {
      // A label needs "time" or a colon after it, a stated time "in": lines without are not read.
      if (/time|:/i.test(line.text)) scanTimes(line.text, metadata);
      const stated = /\b(?:in|en)\b/i.test(line.text) ? STATED_TIME.exec(line.text) : null;
      const duration = stated?.[2] === undefined ? undefined : readTimeValue(stated[2]);
      readyIn ??= duration;
    }
    rest.push(line);
  }
  // A phrase's "ready in 30 minutes" counts only where no card states the time.
  if (readyIn && !metadata.times.total && !metadata.times.prep && !metadata.times.cook) {
    metadata.times.total = readyIn;
  }
  if (!metadata.yields) {
    const yields = scanYields(rest);
    if (yields) metadata.yields = yields;
  }
  return { metadata, rest };
}
