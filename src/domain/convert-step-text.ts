import { formatNumber } from "./quantity.js";
import type { Temperature } from "./recipe.js";
import { roundToFraction } from "./scale-amount.js";

export type UnitSystemChoice = "metric" | "us";

/** °C ↔ °F as ovens and thermometers are marked: oven heats to the nearest 10 °C or 25 °F
 *  (180 °C ↔ 350 °F), cooler ones (meat, sugar work under 100 °C / 212 °F) to the degree. */
export function convertDegrees(value: number, from: "C" | "F", to: "C" | "F"): number {
  if (from === to) return value;
  if (to === "F") {
    const f = (value * 9) / 5 + 32;
    return f >= 250 ? Math.round(f / 25) * 25 : Math.round(f);
  }
  const c = ((value - 32) * 5) / 9;
  return c >= 100 ? Math.round(c / 10) * 10 : Math.round(c);
}

const writeDegrees = (low: number, high: number | undefined, unit: "C" | "F") =>
  `${high === undefined ? low : `${low}–${high}`}°${unit}`;

/** A step's temperature in the other scale: {180, C, "180°C"} → {350, F, "350°F"}. */
export function convertTemperature(t: Temperature, units: UnitSystemChoice): Temperature {
  const to = units === "metric" ? "C" : "F";
  if (t.unit === to) return t;
  const value = convertDegrees(t.value, t.unit, to);
  const max = t.max === undefined ? undefined : convertDegrees(t.max, t.unit, to);
  return { text: writeDegrees(value, max, to), value, ...(max !== undefined && { max }), unit: to };
}

// Same grammar as read-temperatures.ts, with the range separator captured.
const MARKED =
  /\b(\d{2,3})(?:\s*(?:-|–|—|to)\s*(\d{2,3}))?\s*(?:°|º|degrees?|deg\.?)\s*(C|F|Celsius|Fahrenheit|Centigrade)\b/gi;
const BARE = /\b(\d{2,3})(?:\s*(?:-|–)\s*(\d{2,3}))?([CF])\b/g;

/** Lengths: "9-inch", "2 inches", "9 x 13 inch", "23 cm", "5 mm". "in" alone is a preposition. */
const NUMBER = "\\d+(?:\\.\\d+)?(?:\\s+\\d+\\/\\d+)?|\\d*\\s?[½¼¾⅓⅔⅛]|\\d+\\/\\d+";
const LENGTH = new RegExp(
  `(?<![\\w.\\/])(${NUMBER})(?:\\s*(?:x|×|by)\\s*(${NUMBER}))?(?:\\s*|-)(inch(?:es)?|in\\.|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?)(?![\\w])`,
  "gi",
);
const GLYPHS: Record<string, number> = {
  "½": 0.5,
  "¼": 0.25,
  "¾": 0.75,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "⅛": 0.125,
};

function readNumber(text: string): number {
  const t = text.trim();
  const glyph = /^(\d*)\s?([½¼¾⅓⅔⅛])$/.exec(t);
  if (glyph) return Number(glyph[1] || 0) + (GLYPHS[glyph[2] ?? ""] ?? 0);
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d+)\/(\d+)$/.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(t);
}

const toCm = (inches: number) => {
  const cm = inches * 2.54;
  return cm < 10 ? Math.max(0.5, Math.round(cm * 2) / 2) : Math.round(cm);
};
const toInches = (cm: number) => roundToFraction(cm / 2.54);

function convertLength(
  whole: string,
  a: string,
  b: string | undefined,
  unit: string,
  units: UnitSystemChoice,
) {
  const inches = /^in/i.test(unit);
  if (inches === (units === "us")) return whole;
  const cmPer = /^(?:mm|millimet)/i.test(unit) ? 0.1 : 1;
  const values = [a, b].filter((v): v is string => v !== undefined).map(readNumber);
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) return whole;
  if (inches) return `${values.map(toCm).join("×")} cm`;
  const out = values.map((v) => toInches(v * cmPer));
  const word = out.length === 1 && (out[0] ?? 0) <= 1 ? "inch" : "inches";
  return `${out.map(formatNumber).join("×")} ${word}`;
}

/** Temperatures and lengths in a step, in the reader's units; amounts stay as the step says. */
export function convertStepText(text: string, units: UnitSystemChoice): string {
  const to = units === "metric" ? "C" : "F";
  const degrees = (whole: string, low: string, high: string | undefined, unit: string) => {
    const from = unit.toUpperCase().startsWith("F") ? "F" : "C";
    if (from === to) return whole;
    const max = high === undefined ? undefined : convertDegrees(Number(high), from, to);
    return writeDegrees(convertDegrees(Number(low), from, to), max, to);
  };
  return text
    .replace(MARKED, (whole, low, high, unit) => degrees(whole, low, high, unit))
    .replace(BARE, (whole, low, high, unit) => degrees(whole, low, high, unit))
    .replace(LENGTH, (whole, a, b, unit) => convertLength(whole, a, b, unit, units));
}
