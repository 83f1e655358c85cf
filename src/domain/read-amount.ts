import { exact, type Quantity, range } from "./quantity.js";
import { SMALL_NUMBER_WORDS, VULGAR_FRACTIONS as VULGAR } from "./written-numbers.js";

/** Amounts as cooks write them.
 *  Grammar: AMOUNT = NUMBER (SEP NUMBER)?   SEP = "-" | "–" | "—" | "to" | "or"
 *           NUMBER = INT " " INT "/" INT | INT? VULGAR | INT "/" INT | INT ("." INT)? | WORD
 *           WORD = "a" | "an" | "one" … "twelve" | "fifteen" | "twenty" … | "half" | "a half" */
const WORDS: Record<string, number> = {
  ...SMALL_NUMBER_WORDS,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  "forty-five": 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  half: 0.5,
  "a half": 0.5,
  "half a": 0.5,
  "half an": 0.5,
};

const VULGAR_CLASS = `[${Object.keys(VULGAR).join("")}]`;
const WORD_ALTERNATIVES = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** One NUMBER, for use inside larger patterns (no capture groups). */
export const NUMBER_SOURCE = `(?:\\d+\\s+\\d+\\/\\d+|\\d*\\s?${VULGAR_CLASS}|\\d+\\/\\d+|\\d+(?:\\.\\d+)?|(?:${WORD_ALTERNATIVES})(?![\\w-]))`;
/** The separators a range may use between its two numbers. */
export const RANGE_SEPARATOR_SOURCE = "(?:\\s*[-–—]\\s*|\\s+(?:to|or)\\s+)";

/** The number a text spells, or undefined; never Infinity ("1 1/0", 400 nines) or NaN. */
export function parseNumber(text: string): number | undefined {
  const value = spelledNumber(text.trim().toLowerCase());
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Built once: parseNumber runs for every amount of every line read. */
const VULGAR_NUMBER = new RegExp(`^(\\d*)\\s?(${VULGAR_CLASS})$`);

function spelledNumber(t: string): number | undefined {
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const vulgar = VULGAR_NUMBER.exec(t);
  if (vulgar) return Number(vulgar[1] || 0) + (VULGAR[vulgar[2] ?? ""] ?? 0);
  const fraction = /^(\d+)\/(\d+)$/.exec(t);
  if (fraction)
    return Number(fraction[2]) === 0 ? undefined : Number(fraction[1]) / Number(fraction[2]);
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return WORDS[t];
}

export interface Amount {
  readonly quantity: Quantity;
  /** The words the amount came from, as written. */
  readonly text: string;
  /** What follows the amount. */
  readonly rest: string;
  /** True when the amount is only "a"/"an", which is a number only before a unit. */
  readonly article: boolean;
}

const LEADING = new RegExp(
  `^(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR_SOURCE}(${NUMBER_SOURCE}))?(?=$|[\\s,.)(]|[a-z])`,
  "i",
);

/** The amount a text starts with: "2-3 chilies" → range 2–3, rest "chilies". */
export function readAmount(text: string): Amount | undefined {
  const trimmed = text.trimStart();
  const match = LEADING.exec(trimmed);
  if (!match?.[1]) return undefined;
  const first = parseNumber(match[1]);
  if (first === undefined) return undefined;
  const second = match[2] === undefined ? undefined : parseNumber(match[2]);
  const quantity = second !== undefined && second > first ? range(first, second) : exact(first);
  return {
    quantity,
    text: match[0].trim(),
    rest: trimmed.slice(match[0].length).trim(),
    article: /^an?$/i.test(match[0].trim()),
  };
}
