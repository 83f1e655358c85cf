import { type Token, TokenKind } from "./tokenize-ingredient-line.js";
import { findUnit } from "./units.js";

/** The features the ingredient tagger weighs, shared by its training script and by inference so
 *  that both see exactly the same numbers. Every feature is a 32-bit hash of (template, value):
 *  no vocabulary is shipped, and an unseen word simply has no weight. */
export const LABELS = ["O", "QTY", "UNIT", "SIZE", "NAME", "PREP", "COMMENT", "PURPOSE"] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
/** Room for the features of one token. */
export const MAX_FEATURES = 24;
/** "Before the first label": the previous label of the first token. */
export const START: number = LABEL_COUNT;

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function mix(template: number, value: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ value;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 1;
}

/** What the tagger knows of each token before it decides anything. */
export interface LineFeatures {
  readonly count: number;
  readonly word: Int32Array;
  readonly suffix: Int32Array;
  readonly shape: Int32Array;
  /** Bit 0: inside parentheses; bit 1: after a comma; bit 2: after a number; bit 3: unit word. */
  readonly context: Int32Array;
}

const SHAPE_NUMBER = 0;
const SHAPE_FRACTION = 1;
const SHAPE_RANGE = 2;
const SHAPE_NUMBER_WORD = 3;
const SHAPE_UNIT = 4;
const SHAPE_LOWER = 5;
const SHAPE_CAPITAL = 6;
const SHAPE_COMMA = 7;
const SHAPE_OPEN = 8;
const SHAPE_CLOSE = 9;
const SHAPE_SLASH = 10;
const SHAPE_PUNCT = 11;
const SHAPE_NONE = 12;

function shapeOf(token: Token, text: string, isUnit: boolean): number {
  switch (token.kind) {
    case TokenKind.Number:
      if (token.max !== undefined) return SHAPE_RANGE;
      return token.value !== undefined && token.value < 1 ? SHAPE_FRACTION : SHAPE_NUMBER;
    case TokenKind.Comma:
      return SHAPE_COMMA;
    case TokenKind.Open:
      return SHAPE_OPEN;
    case TokenKind.Close:
      return SHAPE_CLOSE;
    case TokenKind.Punct:
      return token.lower === "/" ? SHAPE_SLASH : SHAPE_PUNCT;
    default: {
      if (isUnit) return SHAPE_UNIT;
      if (token.value !== undefined) return SHAPE_NUMBER_WORD;
      const first = text.charCodeAt(token.start);
      return first >= 65 && first <= 90 ? SHAPE_CAPITAL : SHAPE_LOWER;
    }
  }
}

export function describeTokens(tokens: readonly Token[], text: string): LineFeatures {
  const count = tokens.length;
  const word = new Int32Array(count);
  const suffix = new Int32Array(count);
  const shape = new Int32Array(count);
  const context = new Int32Array(count);
  let depth = 0;
  let comma = 0;
  let number = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    const isUnit = t.kind === TokenKind.Word && findUnit(text.slice(t.start, t.end)) !== undefined;
    shape[i] = shapeOf(t, text, isUnit);
    const key = t.kind === TokenKind.Number ? `#${shape[i]}` : t.lower;
    word[i] = hashString(key);
    suffix[i] = hashString(key.length > 3 ? key.slice(-3) : key);
    if (t.kind === TokenKind.Open) depth++;
    context[i] = (depth > 0 ? 1 : 0) | (comma << 1) | (number << 2) | (isUnit ? 8 : 0);
    if (t.kind === TokenKind.Close && depth > 0) depth--;
    if (t.kind === TokenKind.Comma && depth === 0) comma = 1;
    if (t.kind === TokenKind.Number) number = 1;
  }
  return { count, word, suffix, shape, context };
}

/** Writes the features of token i into `out` and returns how many there are. */
export function tokenFeatures(
  line: LineFeatures,
  i: number,
  previous: number,
  beforePrevious: number,
  seenName: number,
  out: Int32Array,
): number {
  const { word, shape, context, count } = line;
  const w = word[i]!;
  const s = shape[i]!;
  const wPrev = i > 0 ? word[i - 1]! : 1;
  const wNext = i + 1 < count ? word[i + 1]! : 2;
  const sPrev = i > 0 ? shape[i - 1]! : SHAPE_NONE;
  const sNext = i + 1 < count ? shape[i + 1]! : SHAPE_NONE;
  const sNext2 = i + 2 < count ? shape[i + 2]! : SHAPE_NONE;
  const c = context[i]!;
  let n = 0;
  out[n++] = mix(0, 0);
  out[n++] = mix(1, w);
  out[n++] = mix(2, wPrev);
  out[n++] = mix(3, wNext);
  out[n++] = mix(4, i > 1 ? word[i - 2]! : 3);
  out[n++] = mix(5, i + 2 < count ? word[i + 2]! : 4);
  out[n++] = mix(6, line.suffix[i]!);
  out[n++] = mix(7, s);
  out[n++] = mix(8, sPrev * 16 + sNext);
  out[n++] = mix(9, (s * 16 + sNext) * 16 + sNext2);
  out[n++] = mix(10, c);
  out[n++] = mix(11, c * 16 + s);
  out[n++] = mix(12, Math.min(i, 6) * 2 + (i + 1 === count ? 1 : 0));
  out[n++] = mix(13, previous);
  out[n++] = mix(14, previous * 16 + beforePrevious);
  out[n++] = mix(15, w ^ Math.imul(previous + 1, 0x27d4eb2d));
  out[n++] = mix(16, (previous * 16 + s) * 2 + seenName);
  out[n++] = mix(17, w ^ Math.imul(c + 1, 0x165667b1));
  out[n++] = mix(18, wPrev ^ Math.imul(w, 31));
  out[n++] = mix(19, w ^ Math.imul(wNext, 37));
  out[n++] = mix(20, (c * 16 + previous) * 2 + seenName);
  return n;
}
