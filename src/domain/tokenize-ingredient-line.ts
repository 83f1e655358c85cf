import { SMALL_NUMBER_WORDS, VULGAR_FRACTIONS as VULGAR } from "./written-numbers.js";

/** Splits an ingredient line into tokens, reading every amount as it goes.
 *  Grammar: LINE   = (NUMBER | WORD | PUNCT)*   (spaces separate, and are not tokens)
 *           NUMBER = AMOUNT (("-" | "to" | "or") AMOUNT)?         "2-3", "2 to 3" → one range
 *           AMOUNT = INT (" " FRACTION)? | INT? VULGAR | FRACTION | DECIMAL
 *           FRACTION = INT "/" INT (U+2044 and U+2215 count as "/"), DECIMAL = INT ("." | ",") INT
 *           WORD   = letters with inner ' or - ("all-purpose"); "150g" is NUMBER then WORD.
 *  Offsets index the original text: the few characters normalised here keep their length. */
export const TokenKind = { Number: 0, Word: 1, Comma: 2, Open: 3, Close: 4, Punct: 5 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Lowercase text (numbers: as written). */
  readonly lower: string;
  /** Numbers and number words: the value (the lower bound of a range). */
  readonly value?: number;
  readonly max?: number;
}

/** Number words cooks write instead of digits. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...SMALL_NUMBER_WORDS,
  half: 0.5,
  couple: 2,
  dozen: 12,
};

const TOKEN =
  /(\d+(?:[.,]\d+)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu;

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

interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
  lower: string;
  value?: number;
  max?: number;
}

function isWhole(token: RawToken | undefined): boolean {
  return token?.kind === TokenKind.Number && token.max === undefined && /^\d+$/.test(token.lower);
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
    let current: RawToken = t;
    const slash = tokens[i + 1];
    const denominator = tokens[i + 2];
    if (isWhole(t) && slash?.lower === "/" && isWhole(denominator) && denominator) {
      const d = Number(denominator.lower);
      current = { ...t, end: denominator.end, value: d === 0 ? Number(t.lower) : t.value! / d };
      i += 2;
    }
    const previous = out[out.length - 1];
    const isFraction = current.value !== undefined && current.value < 1 && current !== t;
    const isVulgarOnly = current === t && /^[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]$/.test(t.lower);
    if (
      previous &&
      isWhole(previous) &&
      (isFraction || isVulgarOnly) &&
      /^\s*$/.test(text.slice(previous.end, current.start))
    ) {
      out[out.length - 1] = {
        ...previous,
        end: current.end,
        lower: text.slice(previous.start, current.end).toLowerCase(),
        value: previous.value! + current.value!,
      };
      continue;
    }
    out.push({ ...current, lower: text.slice(current.start, current.end).toLowerCase() });
  }
  return joinRanges(out, text);
}

function joinRanges(tokens: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sep = tokens[i + 1];
    const next = tokens[i + 2];
    const joins = sep && (sep.lower === "-" || sep.lower === "to" || sep.lower === "or");
    if (
      t.kind === TokenKind.Number &&
      t.max === undefined &&
      joins &&
      next?.kind === TokenKind.Number &&
      next.max === undefined &&
      next.value! > t.value! &&
      (sep.lower !== "-" || sep.start === t.end || /\s-\s/.test(text.slice(t.end, next.start)))
    ) {
      out.push({
        kind: TokenKind.Number,
        start: t.start,
        end: next.end,
        lower: text.slice(t.start, next.end).toLowerCase(),
        value: t.value!,
        max: next.value!,
      });
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

export function tokenizeIngredientLine(text: string): Token[] {
  const line = normaliseLine(text);
  const raw: RawToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const value = readNumber(m[1]);
      raw.push({
        kind: TokenKind.Number,
        start,
        end,
        lower: m[1],
        value: Number.isFinite(value) ? value : 0,
      });
    } else if (m[2] !== undefined) {
      const lower = m[2].toLowerCase();
      const value = NUMBER_WORDS[lower];
      raw.push(
        value === undefined
          ? { kind: TokenKind.Word, start, end, lower }
          : { kind: TokenKind.Word, start, end, lower, value },
      );
    } else {
      const c = m[0];
      const kind =
        c === ","
          ? TokenKind.Comma
          : c === "(" || c === "["
            ? TokenKind.Open
            : c === ")" || c === "]"
              ? TokenKind.Close
              : TokenKind.Punct;
      raw.push({ kind, start, end, lower: c });
    }
  }
  return mergeNumbers(raw, line);
}
