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

type Found = Temperature & { at: number };

function toTemperature(match: RegExpExecArray): Found | undefined {
  const [whole, low, high, unit] = match;
  if (low === undefined || unit === undefined) return undefined;
  const value = Number(low);
  const max = high === undefined ? undefined : Number(high);
  return {
    text: whole,
    value,
    ...(max !== undefined && max > value ? { max } : {}),
    unit: unitOf(unit),
    at: match.index,
  };
}

/** Every temperature a text states: "180°C" → {value: 180, unit: "C"}. */
export function readTemperatures(text: string): Temperature[] {
  const marked: Found[] = [];
  for (const match of text.matchAll(MARKED)) {
    const found = toTemperature(match);
    if (found) marked.push(found);
  }
  // A bare "180C" inside a marked temperature is that one. Both come in text order, so one
  // pointer finds the marked one around it (checking them all was quadratic in their count).
  const bare: Found[] = [];
  let next = 0;
  for (const match of text.matchAll(BARE)) {
    while (
      next < marked.length &&
      (marked[next] as Found).at + (marked[next] as Found).text.length <= match.index
    )
      next++;
    if ((marked[next]?.at ?? Number.POSITIVE_INFINITY) <= match.index) continue;
    const found = toTemperature(match);
    if (found) bare.push(found);
  }
  return [...marked, ...bare].sort((a, b) => a.at - b.at).map(({ at: _at, ...t }) => t);
}
