import type { Temperature } from "./recipe.js";

/** Oven and oil temperatures in prose.
 *  Grammar: TEMP = INT (SEP INT)? MARK UNIT | INT (SEP INT)? UNIT-LETTER (no space: "180C")
 *           MARK = "°" | "º" | "degrees" | "deg"      UNIT = C | F | Celsius | Fahrenheit | Centigrade
 *  A bare "350°" names no scale, so it is not read (nothing is invented). */
const MARKED =
  /\b(\d{2,3})(?:\s*(?:-|–|—|to)\s*(\d{2,3}))?\s*(?:°|º|degrees?|deg\.?)\s*(C|F|Celsius|Fahrenheit|Centigrade)\b/gi;
const BARE = /\b(\d{2,3})(?:\s*(?:-|–)\s*(\d{2,3}))?([CF])\b/g;

function unitOf(word: string): "C" | "F" {
  return word.toUpperCase().startsWith("F") ? "F" : "C";
}

/** Every temperature a text states: "180°C" → {value: 180, unit: "C"}. */
export function readTemperatures(text: string): Temperature[] {
  const found: Array<Temperature & { at: number }> = [];
  for (const pattern of [MARKED, BARE]) {
    for (const match of text.matchAll(pattern)) {
      const [whole, low, high, unit] = match;
      if (low === undefined || unit === undefined) continue;
      if (found.some((t) => match.index >= t.at && match.index < t.at + t.text.length)) continue;
      const value = Number(low);
      const max = high === undefined ? undefined : Number(high);
      found.push({
        text: whole,
        value,
        ...(max !== undefined && max > value ? { max } : {}),
        unit: unitOf(unit),
        at: match.index,
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...t }) => t);
}
