import type { Duration } from "../../domain/duration.js";
import { readDuration } from "../../domain/read-timers.js";
import { readYields } from "../../domain/read-yields.js";
import type { Recipe } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** Yield and time lines ("Serves 4", "Prep time: 10 minutes | Cook time: 30 mins").
 *  Grammar: META-LINE = PART (SEP PART)*     SEP = "|" | "•" | "·" | ";" | "," before a label
 *           PART = YIELDS (see readYields) | TIME-LABEL ":"? DURATION
 *           TIME-LABEL = (prep | preparation | cook | cooking | bake | baking | total) " time"?
 *  A line is metadata only when every part of it reads; such lines leave the prose. */
export interface Metadata {
  yields?: NonNullable<Recipe["yields"]>;
  times: { prep?: Duration; cook?: Duration; total?: Duration };
}

const PREP =
  "prep(?:aration)?|zubereitung(?:szeit)?|arbeitszeit|vorbereitung|(?:temps de )?préparation|bereiding(?:stijd)?|voorbereiding|preparazione|(?:tiempo de )?preparación|elaboración";
const TOTAL =
  "total|ready in|gesamtzeit|temps total|totale tijd|tempo totale|tiempo total|tidsmængde|tid";
const COOK =
  "cook(?:ing)?|bak(?:e|ing)|kochzeit|backzeit|garzeit|cuisson|kooktijd|baktijd|cottura|cocción";
const TIME_LABEL = new RegExp(
  `^(${PREP}|${TOTAL}|${COOK})(?:\\s+time)?\\s*(?::\\s*|\\s*(?=\\d))(.{1,40})$`,
  "i",
);
/** A label alone on its line, or with the number only ("PREP TIME:", "Prep Time2"): its value
 *  follows on lines of numbers and unit words ("15" / "minutes"). */
const BARE_LABEL = new RegExp(
  `^(?:${PREP}|${TOTAL}|${COOK}|servings|serves|yields?|makes|portionen|porsjoner|portioner|raciones|porciones)(?:\\s+time)?\\s*:?\\s*[\\d.,/]*$`,
  "i",
);
const VALUE_PART =
  /^(?:[\d.,/]+|minutes?|mins?|hours?|hrs?|h|m|servings?|people|persons?|minuten|min|stunden?|std|heures?|uur|minuti|ore|minutos|horas?|and|und|et|en|e|y)$/i;
const isValue = (text: string) =>
  text.length <= 30 && text.split(/\s+/).every((w) => VALUE_PART.test(w));

type TimeKey = keyof Metadata["times"];

function timeKey(label: string): TimeKey {
  const l = label.toLowerCase();
  if (new RegExp(`^(?:${TOTAL})`, "i").test(l)) return "total";
  if (new RegExp(`^(?:${PREP})`, "i").test(l)) return "prep";
  return "cook";
}

function readPart(part: string, into: Metadata): boolean {
  const yields = readYields(part);
  if (yields) {
    into.yields ??= yields;
    return true;
  }
  const time = TIME_LABEL.exec(part);
  const duration = time?.[2] === undefined ? undefined : readDuration(time[2]);
  if (!time?.[1] || !duration) return false;
  into.times[timeKey(time[1])] ??= duration;
  return true;
}

/** Recipe cards print label and value on lines of their own: join them back into one. */
function joinLabels(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!BARE_LABEL.test(line.text)) {
      out.push(line);
      continue;
    }
    let text = line.text.replace(/:$/, "").replace(/(\p{L})(\d)/u, "$1 $2");
    let j = i + 1;
    // One number, then unit words: a run of bare numbers after it is a servings picker.
    let numbers = /\d/.test(text) ? 1 : 0;
    for (; j < lines.length && j <= i + 3 && isValue(lines[j]!.text); j++) {
      if (/\d/.test(lines[j]!.text) && ++numbers > 1) break;
      text += ` ${lines[j]!.text}`;
    }
    if (j === i + 1) {
      out.push(line);
      continue;
    }
    out.push({ ...line, text: text.replace(/^(\D+?)\s*(?=\d)/, "$1: ") });
    i = j - 1;
  }
  return out;
}

/** "Author: Ann Prep Time: 20 minutes Cook Time: 1 hour": times labelled inside a longer line
 *  of a card's furniture. The label needs "time" or a colon, so a step's "cook 10 minutes" is
 *  not taken for the recipe's cook time. */
const LABELLED_TIME = new RegExp(
  `(?:^|[\\s|•·,])(${PREP}|${TOTAL}|${COOK})(?:\\s+time\\s*:?|\\s*:)\\s*(\\d[\\d.,/\\s]*\\p{L}+(?:\\s+\\d+\\s*\\p{L}+)?)`,
  "giu",
);

function scanTimes(text: string, into: Metadata): void {
  for (const match of text.matchAll(LABELLED_TIME)) {
    const duration = match[2] === undefined ? undefined : readDuration(match[2]);
    if (match[1] && duration) into.times[timeKey(match[1])] ??= duration;
  }
}

/** The metadata lines of a post, read, and the remaining lines. */
export function readMetadata(lines: readonly Line[]): { metadata: Metadata; rest: Line[] } {
  const metadata: Metadata = { times: {} };
  const rest: Line[] = [];
  for (const line of joinLabels(lines)) {
    const parts = line.text
      .split(/\s*[|•·;]\s*|,\s*(?=(?:prep|cook|bake|total|serves|servings|makes|yields?)\b)/i)
      .filter((p) => p !== "");
    const scratch: Metadata = { times: {} };
    if (line.text.length <= 120 && parts.length > 0 && parts.every((p) => readPart(p, scratch))) {
      if (scratch.yields && !metadata.yields) metadata.yields = scratch.yields;
      metadata.times = { ...scratch.times, ...metadata.times };
      continue;
    }
    if (line.text.length <= 240) scanTimes(line.text, metadata);
    rest.push(line);
  }
  return { metadata, rest };
}
