import { isDigit, isSpace, isVulgar, isWordJoiner, letterAt } from "./ingredient-characters.js";
import { createWordTable, hashWord } from "./word-table.js";
import { SMALL_NUMBER_WORDS, VULGAR_FRACTIONS as VULGAR } from "./written-numbers.js";

/** Splits an ingredient line into tokens, reading every amount as it goes.
 *  Grammar: LINE   = (NUMBER | WORD | PUNCT)*   (spaces separate, and are not tokens)
 *           NUMBER = AMOUNT (("-" | "to" | "or") AMOUNT)?         "2-3", "2 to 3" → one range
 *           AMOUNT = INT (" " FRACTION)? | INT? VULGAR | FRACTION | DECIMAL
 *           FRACTION = INT "/" INT (U+2044 and U+2215 count as "/"), DECIMAL = INT ("." | ",") INT
 *           WORD   = letters with inner ' or - ("all-purpose"); "150g" is NUMBER then WORD.
 *  Offsets index the original text: the few characters normalised here keep their length.
 *  A hand-written scanner (not a regex) because every parsed line passes through it. */
export const TokenKind = { Number: 0, Word: 1, Comma: 2, Open: 3, Close: 4, Punct: 5 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Lowercase text (numbers: as written). */
  readonly lower: string;
  /** Numbers and number words: the value (the lower bound of a range). Every token has the
   *  field, undefined or not: one object shape keeps reading tokens fast. */
  readonly value?: number | undefined;
  readonly max?: number | undefined;
  /** hashWord of `lower` for words and punctuation (0 for numbers): for tables and features. */
  readonly hash: number;
}

/** Number words cooks write instead of digits. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...SMALL_NUMBER_WORDS,
  half: 0.5,
  couple: 2,
  dozen: 12,
};
const NUMBER_WORD_VALUES = createWordTable(Object.entries(NUMBER_WORDS));

/** Every token has all its fields (one object shape keeps the readers' property access fast). */
interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
  lower: string;
  value: number | undefined;
  max: number | undefined;
  hash: number;
}

function token(
  kind: TokenKind,
  start: number,
  end: number,
  lower: string,
  value: number | undefined,
  hash: number,
): RawToken {
  return { kind, start, end, lower, value, max: undefined, hash };
}

function readNumber(text: string): number {
  const last = text[text.length - 1] ?? "";
  const vulgar = VULGAR[last];
  if (vulgar !== undefined) {
    const whole = text.slice(0, -1);
    return (whole ? readNumber(whole) : 0) + vulgar;
  }
  // "1,5" is a decimal comma; "1,000" groups thousands.
  const comma = text.indexOf(",");
  if (comma >= 0) {
    return text.length - comma - 1 === 3
      ? Number(text.replace(",", ""))
      : Number(text.replace(",", "."));
  }
  return Number(text);
}

function isWhole(t: RawToken | undefined): boolean {
  if (t === undefined || t.kind !== TokenKind.Number || t.max !== undefined) return false;
  const s = t.lower;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Joins "1 / 2", "1 1/2", "1 ½" into one number and "2-3", "2 to 3" into one range, in place:
 *  each pass writes at most what it has read. */
function mergeNumbers(tokens: RawToken[], text: string): RawToken[] {
  const n = tokens.length;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Number) {
      tokens[w++] = t;
      continue;
    }
    let current = t;
    if (i + 2 < n) {
      const denominator = tokens[i + 2]!;
      if (tokens[i + 1]!.lower === "/" && isWhole(t) && isWhole(denominator)) {
        const d = Number(denominator.lower);
        const value = d === 0 ? t.value! : t.value! / d;
        current = token(TokenKind.Number, t.start, denominator.end, t.lower, value, 0);
        i += 2;
      }
    }
    const previous = w > 0 ? tokens[w - 1] : undefined;
    const isFraction = current !== t && current.value! < 1;
    const isVulgarOnly = current === t && t.lower.length === 1 && isVulgar(t.lower.charCodeAt(0));
    if (
      (isFraction || isVulgarOnly) &&
      isWhole(previous) &&
      onlySpaces(text, previous!.end, current.start)
    ) {
      previous!.end = current.end;
      previous!.lower = text.slice(previous!.start, current.end).toLowerCase();
      previous!.value = previous!.value! + current.value!;
      continue;
    }
    // A number read as written keeps its text; a joined fraction takes the text it spans.
    if (current !== t) current.lower = text.slice(current.start, current.end);
    tokens[w++] = current;
  }
  tokens.length = w;
  return joinRanges(tokens, text);
}

function joinRanges(tokens: RawToken[], text: string): RawToken[] {
  const n = tokens.length;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === TokenKind.Number && t.max === undefined && i + 2 < n) {
      const sep = tokens[i + 1]!;
      const next = tokens[i + 2]!;
      if (
        next.kind === TokenKind.Number &&
        next.max === undefined &&
        (sep.lower === "-" || sep.lower === "to" || sep.lower === "or") &&
        next.value! > t.value! &&
        // "2-3" and "2 - 3" are ranges; "2 -3" is not.
        (sep.lower !== "-" || sep.start === t.end || next.start > sep.end)
      ) {
        const lower = text.slice(t.start, next.end).toLowerCase();
        const range = token(TokenKind.Number, t.start, next.end, lower, t.value, 0);
        range.max = next.value;
        tokens[w++] = range;
        i += 2;
        continue;
      }
    }
    tokens[w++] = t;
  }
  tokens.length = w;
  return tokens;
}

/** Normalises characters that mean the same to a cook without changing any offset. */
export function normaliseLine(text: string): string {
  return text.replace(/[\u2044\u2215]/g, "/").replace(/[\u2013\u2014\u2212]/g, "-");
}

/** The characters normaliseLine changes. */
function isNormalised(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2044 || c === 0x2212 || c === 0x2215;
}

export function tokenizeIngredientLine(text: string): Token[] {
  // Lines almost never hold a character to normalise: scan as is, and again if one turns up.
  return scan(text, false) ?? (scan(normaliseLine(text), true) as Token[]);
}

/** Every ASCII character as a string: a mark's token takes one, rather than slicing the line. */
const ASCII_MARKS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** The tokens of `line`, or undefined when it holds a character normaliseLine would change.
 *  Token kinds (TokenKind) and FNV-1a's numbers (word-table) are literals here: optimised code
 *  reads a module's constants and imports from memory, with a check, at every use. */
function scan(line: string, normalised: boolean): Token[] | undefined {
  const raw: RawToken[] = [];
  const n = line.length;
  let i = 0;
  // Whether a fraction or range may need joining: most lines need neither pass.
  let joins = false;
  let afterNumber = false;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 48 && c <= 57) {
      let whole = true;
      let integer = 0;
      // No read past the end: charCodeAt out of range makes optimised code call the builtin.
      for (let d = c; d >= 48 && d <= 57; d = ++i < n ? line.charCodeAt(i) : 0)
        integer = integer * 10 + d - 48;
      const sep = i < n ? line.charCodeAt(i) : 0;
      if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(line.charCodeAt(i + 1))) {
        whole = false;
        i += 2;
        while (i < n && isDigit(line.charCodeAt(i))) i++;
      }
      if (i < n && isVulgar(line.charCodeAt(i))) {
        whole = false;
        i++;
      }
      const written = line.slice(start, i);
      // Up to 15 digits the sum above is exact; longer numbers are read as JavaScript does.
      const value = whole && i - start < 16 ? integer : readNumber(written);
      raw.push(token(0, start, i, written, Number.isFinite(value) ? value : 0, 0));
      afterNumber = true;
      continue;
    }
    if (isVulgar(c)) {
      joins = true;
      i++;
      raw.push(token(0, start, i, line[start]!, VULGAR[line[start]!]!, 0));
      afterNumber = true;
      continue;
    }
    if (letterAt(line, i) > 0) {
      // The hash is read along for plain a-z words; any other word is hashed once lowercased.
      let plain = true;
      let hash = 0x811c9dc5 | 0;
      while (i < n) {
        const d = line.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          hash = Math.imul(hash ^ d, 0x01000193);
          i++;
          continue;
        }
        // Other ASCII: a capital goes on, a space or a mark other than ' and - ends the word.
        if (d < 128 && d !== 39 && d !== 45) {
          if (d < 65 || d > 90) break;
          plain = false;
          i++;
          continue;
        }
        const letter = letterAt(line, i);
        const joined = letter === 0 && isWordJoiner(d) && i + 1 < n ? letterAt(line, i + 1) : 0;
        if (letter === 0 && joined === 0) break;
        plain = false;
        i += letter > 0 ? letter : 1 + joined;
      }
      const written = line.slice(start, i);
      const lower = plain ? written : written.toLowerCase();
      if (!plain) hash = hashWord(lower);
      if (afterNumber && (lower === "to" || lower === "or")) joins = true;
      afterNumber = false;
      raw.push(token(1, start, i, lower, NUMBER_WORD_VALUES.get(lower, hash), hash));
      continue;
    }
    if (!normalised && isNormalised(c)) return undefined;
    // Any other character is a token of its own (a surrogate pair is one character).
    const low = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    if ((c === 47 || c === 45) && afterNumber) joins = true;
    afterNumber = false;
    const lower = c < 128 ? ASCII_MARKS[c]! : line.slice(start, i);
    // hashWord of one code unit, written out: most lines hold a few commas and parentheses.
    const hash = i - start === 1 ? Math.imul((0x811c9dc5 | 0) ^ c, 0x01000193) : hashWord(lower);
    // TokenKind: "," Comma, "(" "[" Open, ")" "]" Close, any other Punct.
    const kind = c === 44 ? 2 : c === 40 || c === 91 ? 3 : c === 41 || c === 93 ? 4 : 5;
    raw.push(token(kind, start, i, lower, undefined, hash));
  }
  return joins ? mergeNumbers(raw, line) : raw;
}
