import { stemWord } from "./match-foods.js";
import { formatNumber } from "./quantity.js";
import { NUMBER_SOURCE, parseNumber, RANGE_SEPARATOR_SOURCE } from "./read-amount.js";
import { readTemperatures } from "./read-temperatures.js";
import { readTimers } from "./read-timers.js";
import { roundMetric, roundToFraction } from "./scale-amount.js";
import { findUnit, type Unit } from "./units.js";

/** Amounts in step prose, scaled: "add 2 tablespoons of fish sauce" ×2 → "add 4 tablespoons".
 *  Grammar: AMOUNT = NUMBER (SEP NUMBER)? " "? (UNIT | SIZE? FOOD)
 *    UNIT = a volume, mass, count or container word of units.ts (not a length, not "batch")
 *    FOOD = the last word of one of the recipe's foods ("eggs" of "large eggs")
 *  Only such amounts change: times, temperatures, lengths, step numbers and percentages are
 *  never followed by a unit or food, and timers and temperatures are skipped outright. */
const AMOUNT = new RegExp(
  `(?<![\\w.,/])(${NUMBER_SOURCE})(?:(${RANGE_SEPARATOR_SOURCE})(${NUMBER_SOURCE}))?(\\s*)([A-Za-zÀ-ɏ]+\\.?)(\\s+[A-Za-zÀ-ɏ]+)?`,
  "gi",
);
const SIZES = new Set(["large", "small", "medium", "whole", "fresh", "big", "ripe", "extra-large"]);

/** The unit word as the number now needs it: "tablespoon" → "tablespoons"; abbreviations stay. */
function agree(word: string, unit: Unit, value: number): string {
  const lower = word.toLowerCase();
  const plural = [`${unit.name}s`, `${unit.name}es`, unit.name.replace(/f$/, "ves")].find((w) =>
    unit.words.includes(w),
  );
  if (plural === undefined || (lower !== unit.name && lower !== plural)) return word;
  const wanted = value > 1 ? plural : unit.name;
  return /^\p{Lu}/u.test(word) ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
}

/** A food word as the number now needs it: "egg" ↔ "eggs" (plain plurals only). */
function agreeFood(written: string, value: number): string {
  const dot = written.endsWith(".") ? "." : "";
  const word = dot ? written.slice(0, -1) : written;
  return agreeWord(word, value) + dot;
}

function agreeWord(word: string, value: number): string {
  if (value > 1 && stemWord(word) === word.toLowerCase() && /[^sxy]$/i.test(word))
    return `${word}s`;
  if (value <= 1 && /[^s]s$/i.test(word) && !/ies$/i.test(word)) return word.slice(0, -1);
  return word;
}

function skippedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const found of [...readTimers(text), ...readTemperatures(text)]) {
    let at = text.indexOf(found.text);
    while (at >= 0) {
      spans.push([at, at + found.text.length]);
      at = text.indexOf(found.text, at + 1);
    }
  }
  return spans;
}

function unitOf(word: string): Unit | undefined {
  // "c", "t", "l" alone in prose are more often letters than units.
  if (word.replace(/\.$/, "").length < 2 && word !== "g") return undefined;
  const unit = findUnit(word);
  if (!unit || unit.kind === "length" || unit.id === "recipe") return undefined;
  return unit;
}

/** Scales the amounts a step states by `factor`; `foods` are the recipe's food names. */
export function scaleStepText(text: string, factor: number, foods: readonly string[]): string {
  if (factor === 1 || !(factor > 0) || !Number.isFinite(factor)) return text;
  const foodStems = new Set(
    foods.flatMap((food) => {
      const last = food
        .replace(/\s*[,(].*$/, "")
        .split(/\s+/)
        .at(-1);
      return last ? [stemWord(last)] : [];
    }),
  );
  const skipped = skippedSpans(text);
  return text.replace(AMOUNT, (whole, first, sep, second, space, word, next, at: number) => {
    if (skipped.some(([from, to]) => at < to && at + whole.length > from)) return whole;
    const low = parseNumber(first);
    const high = second === undefined ? undefined : parseNumber(second);
    if (low === undefined || (second !== undefined && high === undefined)) return whole;
    const unit = unitOf(word);
    const isFood = (w: string) => foodStems.has(stemWord(w.replace(/\.$/, "")));
    const food =
      !unit && (isFood(word) || (SIZES.has(word.toLowerCase()) && next && isFood(next.trim())));
    if (!unit && !food) return whole;
    // A word number ("a", "two") alone before a food is prose more often than an amount.
    if (
      !unit &&
      /^[a-z]/i.test(first) &&
      !/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(first)
    )
      return whole;
    const metric = unit?.system === "metric";
    const round = (v: number) => (metric ? roundMetric(v) : roundToFraction(v));
    const show = (v: number) => (metric ? String(v) : formatNumber(v));
    const a = round(low * factor);
    const b = high === undefined ? undefined : round(high * factor);
    const amount = b === undefined || b === a ? show(a) : `${show(a)}${sep}${show(b)}`;
    const top = b ?? a;
    const gap = space === "" && /^[a-z]/i.test(first) ? " " : space;
    if (unit) return `${amount}${gap}${agree(word, unit, top)}${next ?? ""}`;
    if (next && SIZES.has(word.toLowerCase()))
      return `${amount}${gap}${word} ${agreeFood(next.trim(), top)}`;
    return `${amount}${gap}${agreeFood(word, top)}${next ?? ""}`;
  });
}
