import { isDigit, isSpace, isVulgar, isWordJoiner, letterAt } from "./ingredient-characters.js";
import { createWordTable, FNV_OFFSET, FNV_PRIME, hashWord } from "./word-table.js";
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

/** Every token has all five fields (one object shape keeps the readers' property access fast). */
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
  value?: number,
  hash = 0,
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

/** Joins "1 / 2", "1 1/2", "1 ½" into one number and "2-3", "2 to 3" into one range. */
function mergeNumbers(tokens: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Number) {
      out.push(t);
      continue;
    }
    let current = t;
    const slash = tokens[i + 1];
    const denominator = tokens[i + 2];
    if (slash?.lower === "/" && isWhole(t) && isWhole(denominator)) {
      const d = Number(denominator!.lower);
      const value = d === 0 ? t.value! : t.value! / d;
      current = token(TokenKind.Number, t.start, denominator!.end, t.lower, value);
      i += 2;
    }
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
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
    out.push(current);
  }
  return joinRanges(out, text);
}

function joinRanges(tokens: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sep = tokens[i + 1];
    const next = tokens[i + 2];
    if (
      t.kind === TokenKind.Number &&
      t.max === undefined &&
      sep !== undefined &&
      next?.kind === TokenKind.Number &&
      next.max === undefined &&
      (sep.lower === "-" || sep.lower === "to" || sep.lower === "or") &&
      next.value! > t.value! &&
      // "2-3" and "2 - 3" are ranges; "2 -3" is not.
      (sep.lower !== "-" || sep.start === t.end || next.start > sep.end)
    ) {
      const lower = text.slice(t.start, next.end).toLowerCase();
      const range = token(TokenKind.Number, t.start, next.end, lower, t.value);
      range.max = next.value;
      out.push(range);
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Normalises characters that mean the same to a cook without changing any offset. */
export function normaliseLine(text: string): string {
  return text.replace(/[\u2044\u2215]/g, "/").replace(/[\u2013\u2014\u2212]/g, "-");
}

/** The characters normaliseLine changes. */
function isNormalised(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2044 || c === 0x2212 || c === 0x2215;
}

function punctKind(c: number): TokenKind {
  if (c === 44) return TokenKind.Comma;
  if (c === 40 || c === 91) return TokenKind.Open;
  if (c === 41 || c === 93) return TokenKind.Close;
  return TokenKind.Punct;
}

export function tokenizeIngredientLine(text: string): Token[] {
  // Lines almost never hold a character to normalise: scan as is, and again if one turns up.
  return scan(text, false) ?? (scan(normaliseLine(text), true) as Token[]);
}

/** The tokens of `line`, or undefined when it holds a character normaliseLine would change. */
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
      for (let d = c; i < n && d >= 48 && d <= 57; d = line.charCodeAt(++i))
        integer = integer * 10 + d - 48;
      const sep = line.charCodeAt(i);
      if ((sep === 46 || sep === 44) && isDigit(line.charCodeAt(i + 1))) {
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
      raw.push(token(TokenKind.Number, start, i, written, Number.isFinite(value) ? value : 0));
      afterNumber = true;
      continue;
    }
    if (isVulgar(c)) {
      joins = true;
      i++;
      raw.push(token(TokenKind.Number, start, i, line[start]!, VULGAR[line[start]!]!));
      afterNumber = true;
      continue;
    }
    if (letterAt(line, i) > 0) {
      // The hash is read along for plain a-z words; any other word is hashed once lowercased.
      let plain = true;
      let hash = FNV_OFFSET;
      while (i < n) {
        const d = line.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          hash = Math.imul(hash ^ d, FNV_PRIME);
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
        const joined = letter === 0 && isWordJoiner(d) ? letterAt(line, i + 1) : 0;
        if (letter === 0 && joined === 0) break;
        plain = false;
        i += letter > 0 ? letter : 1 + joined;
      }
      const written = line.slice(start, i);
      const lower = plain ? written : written.toLowerCase();
      if (!plain) hash = hashWord(lower);
      if (afterNumber && (lower === "to" || lower === "or")) joins = true;
      afterNumber = false;
      raw.push(token(TokenKind.Word, start, i, lower, NUMBER_WORD_VALUES.get(lower, hash), hash));
      continue;
    }
    if (!normalised && isNormalised(c)) return undefined;
    // Any other character is a token of its own (a surrogate pair is one character).
    const low = line.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    if ((c === 47 || c === 45) && afterNumber) joins = true;
    afterNumber = false;
    const lower = line.slice(start, i);
    // hashWord of one code unit, written out: most lines hold a few commas and parentheses.
    const hash = i - start === 1 ? Math.imul(FNV_OFFSET ^ c, FNV_PRIME) : hashWord(lower);
    raw.push(token(punctKind(c), start, i, lower, undefined, hash));
  }
  return joins ? mergeNumbers(raw, line) : raw;
}
