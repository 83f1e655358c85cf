import type { Duration } from "./duration.js";
import { NUMBER_SOURCE, parseNumber, RANGE_SEPARATOR_SOURCE } from "./read-amount.js";
import type { Timer } from "./recipe.js";

/** Timers in prose.
 *  Grammar: TIMER = "half an hour" | AMOUNT ("and a half")? UNIT (","? "and"? AMOUNT MINUTE)?
 *           AMOUNT = NUMBER (SEP NUMBER)?        UNIT = second | minute | hour | day | week (and
 *           their abbreviations). Vague amounts ("a few minutes", "overnight") are not timers:
 *           a timer needs a number. */
const SECONDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:seconds?|secs?|sekunden|secondes|seconden|secondi|segundos)$/i, 1],
  [/^(?:minutes?|mins?|mn|minuten|minuti|minutos|minuter|minut|perc)$/i, 60],
  [/^(?:hours?|hrs?|h|stunden?|std|heures?|uur|ore|horas?|timer|timmar|óra)$/i, 3600],
  [/^days?$/i, 86_400],
  [/^weeks?$/i, 604_800],
];
// German, French, Dutch, Italian, Spanish and Scandinavian words for the same units.
// After hours, minutes may be "m" or "mn" too ("8h 40m", "1 h 30 mn"): the lookahead after the
// timer keeps "m" from starting a word.
const HOURS_SOURCE = `(hours?|hrs?|h|stunden?|std\\.?|heures?|uur|ore|horas?|timer|timmar|óra)(?:,?\\s+(?:and\\s+|und\\s+|et\\s+|en\\s+|e\\s+|y\\s+)?(${NUMBER_SOURCE})\\s*(?:minutes?|mins?|minuten|minuti|minutos|minuter|min\\.?|mn|m))?`;
const OTHER_UNIT_SOURCE =
  "(seconds?|secs?|sekunden|secondes|seconden|secondi|segundos|minutes?|mins?|mn|minuten|minuti|minutos|minuter|minut|perc|days?|weeks?)";

const TIMER = new RegExp(
  `\\b(?:(half an? hour)|(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR_SOURCE}(${NUMBER_SOURCE}))?(\\s+and\\s+a\\s+half)?[\\s-]*(?:${HOURS_SOURCE}|${OTHER_UNIT_SOURCE}))(?![\\w-])`,
  "gi",
);

function toDuration(match: RegExpMatchArray): Duration | undefined {
  if (match[1]) return { min: 1800 };
  const [, , first, second, half, hours, extraMinutes, otherUnit] = match;
  const unit = (hours ?? otherUnit ?? "").replace(/\.$/, "");
  const per = SECONDS.find(([pattern]) => pattern.test(unit))?.[1];
  const min = first === undefined ? undefined : parseNumber(first);
  if (per === undefined || min === undefined) return undefined;
  const max = second === undefined ? undefined : parseNumber(second);
  const plus =
    (half ? 0.5 * per : 0) +
    (extraMinutes === undefined ? 0 : (parseNumber(extraMinutes) ?? 0) * 60);
  const low = Math.round(min * per + plus);
  const high = max === undefined || max <= min ? undefined : Math.round(max * per + plus);
  // "999999999999999999 minutes" is no timer: the model keeps whole seconds it can count.
  if (!Number.isSafeInteger(low) || (high !== undefined && !Number.isSafeInteger(high))) {
    return undefined;
  }
  return high === undefined ? { min: low } : { min: low, max: high };
}

/** Every timer a text states, in reading order: "3-4 minutes" → 180–240 s. */
export function readTimers(text: string): Timer[] {
  const timers: Timer[] = [];
  for (const match of text.matchAll(TIMER)) {
    const duration = toDuration(match);
    if (duration) timers.push({ text: match[0], duration });
  }
  return timers;
}

const CLOCK_HOURS = /\b(\d{1,2}):([0-5]\d)\s*(?:h|hrs?|hours?|std\.?|uur|timer|óra)(?![\p{L}])/giu;

/** The first duration a text states: "Prep time: 10 mins" → 600 s. */
export function readDuration(text: string): Duration | undefined {
  // Recipe cards print a unit twice ("1 hour hour 15 minutes mins"): a number and its label.
  const once = text
    .replace(/\b(hours?|hrs?|minutes?|mins?)\s+(?:hours?|hrs?|minutes?|mins?)\b/gi, "$1")
    // A duration field's value (a label's, a structured field's) may be a clock's hours and
    // minutes before an hour unit ("Ready in: 1:15 h", "1:15 h - 1:45 h") or bare minutes as
    // "m" ("Prep Time: 35m"); prose goes through readTimers, which reads neither.
    .replace(CLOCK_HOURS, "$1 h $2 min")
    .replace(/^\s*(\d+)\s*m\.?\s*$/i, "$1 min");
  const [first, second] = readTimers(once);
  // "45 min – 1 h 30 min": a range whose ends name different units, as formatDuration writes it.
  const rest = first ? once.slice(once.indexOf(first.text) + first.text.length) : "";
  const dash = /^\s*[-–—]\s*/.exec(rest);
  if (
    first &&
    second &&
    first.duration.max === undefined &&
    second.duration.max === undefined &&
    dash &&
    rest.startsWith(second.text, dash[0].length) &&
    second.duration.min > first.duration.min
  ) {
    return { min: first.duration.min, max: second.duration.min };
  }
  return first?.duration;
}
