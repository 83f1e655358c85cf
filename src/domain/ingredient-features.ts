import { type Token, TokenKind } from "./tokenize-ingredient-line.js";
import { findUnitWord } from "./units.js";
import { hashWord } from "./word-table.js";

/** The features the ingredient tagger weighs, shared by its training script and by inference so
 *  that both see exactly the same numbers. Every feature is a slot of one weight table: features
 *  over words are hashed into the first 2^HASH_BITS slots (the hashing trick: no vocabulary is
 *  shipped, and training sees the same collisions as inference); features over a few small
 *  values (shapes, context bits, previous labels) own a dense slot each after those.
 *  Training sees one slot per template (tokenFeatures); inference sums templates that always
 *  fire together ahead of time (fold-tagger-weights), so it reads 13 slots a token, not 19, and
 *  computes them itself (tag-ingredient-tokens), held to tokenFeatures by its tests. */
export const LABELS = ["O", "QTY", "UNIT", "SIZE", "NAME", "PREP", "COMMENT", "PURPOSE"] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
/** "Before the first label": the previous label of the first token. */
export const START: number = LABEL_COUNT;
/** The label after which "seen a name" is set for the rest of the line. */
export const LABEL_NAME = 4;

/** log2 of the hashed slots: word features share them, colliding now and then. */
export const HASH_BITS = 16;
export const HASHED_SLOTS = 1 << HASH_BITS;
const HASH_SHIFT = 32 - HASH_BITS;

/** Dense templates of the trained table, each a block large enough for all its values. */
export const Dense = {
  bias: HASHED_SLOTS,
  shape: HASHED_SLOTS + 1,
  shapesAround: HASHED_SLOTS + 17,
  shapesAhead: HASHED_SLOTS + 273,
  context: HASHED_SLOTS + 4369,
  contextShape: HASHED_SLOTS + 4385,
  position: HASHED_SLOTS + 4641,
  previous: HASHED_SLOTS + 4657,
  previousTwo: HASHED_SLOTS + 4673,
  previousShape: HASHED_SLOTS + 4929,
  contextPrevious: HASHED_SLOTS + 5441,
} as const;
export const FEATURE_SLOTS = HASHED_SLOTS + 5953;

/** Dense blocks of the folded table used by inference (see fold-tagger-weights). */
export const Folded = {
  /** c*16+s: bias + shape + context + context×shape. */
  contextShape: HASHED_SLOTS,
  /** (sPrev*16+sNext)*16+position: shapes around + position. */
  around: HASHED_SLOTS + 256,
  /** (s*16+sNext)*16+sNext2: shapes ahead. */
  ahead: HASHED_SLOTS + 4352,
  /** previous*16+beforePrevious: previous + previous two. */
  previous: HASHED_SLOTS + 8448,
  /** ((c*16+previous)*16+s)*2+seenName: previous×shape + context×previous. */
  state: HASHED_SLOTS + 8704,
} as const;
export const FOLDED_SLOTS = HASHED_SLOTS + 16896;

/** Features of a token in training: 14 on the line, 5 on the labels before it. */
export const MAX_FEATURES = 19;
/** Folded slots of a token known before decoding: the hashed ones first. */
const STATIC_KEYS = 10;
const HASHED_KEYS = 7;

/** The hashed slot of (template, value): a multiply-xorshift mix, top bits kept. */
function hashed(template: number, value: number): number {
  let h = Math.imul(value ^ Math.imul(template + 1, 0x61c88647), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> HASH_SHIFT;
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
/** A number's word is its shape ("#0", "#1", "#2"): the digits themselves say little. */
const NUMBER_WORDS = [hashWord("#0"), hashWord("#1"), hashWord("#2")];

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

/** What the tagger knows of each token before it decides anything. Buffers are reused from line
 *  to line (they grow, never shrink): a LineFeatures belongs to one caller at a time. */
export interface LineFeatures {
  count: number;
  word: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  /** Bit 0: inside parentheses; bit 1: after a comma; bit 2: after a number; bit 3: unit word. */
  context: Int32Array;
  /** STATIC_KEYS folded slots per token (punctuation has none: it is always "O"). */
  keys: Int32Array;
}

export function createLineFeatures(): LineFeatures {
  const none = new Int32Array(0);
  return { count: 0, word: none, suffix: none, shape: none, context: none, keys: none };
}

/** Punctuation is never part of an amount or a name: the tagger does not score it. */
export function isPunctuation(token: Token): boolean {
  return token.kind >= TokenKind.Comma;
}

/** isPunctuation by a token's shape (line.shape[i]): no token object to read. */
function isPunctuationShape(shape: number): boolean {
  return shape >= SHAPE_COMMA && shape <= SHAPE_PUNCT;
}

export function describeTokens(
  tokens: readonly Token[],
  text: string,
  line: LineFeatures,
): LineFeatures {
  const count = tokens.length;
  if (line.word.length < count) {
    const size = Math.max(count, 2 * line.word.length, 32);
    line.word = new Int32Array(size);
    line.suffix = new Int32Array(size);
    line.shape = new Int32Array(size);
    line.context = new Int32Array(size);
    line.keys = new Int32Array(size * STATIC_KEYS);
  }
  line.count = count;
  const { word, suffix, shape, context } = line;
  let depth = 0;
  let comma = 0;
  let number = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    const isUnit =
      t.kind === TokenKind.Word &&
      findUnitWord(t.lower, t.hash, text, t.start, t.end) !== undefined;
    const s = shapeOf(t, text, isUnit);
    shape[i] = s;
    if (t.kind === TokenKind.Number) {
      word[i] = NUMBER_WORDS[s]!;
      suffix[i] = word[i]!;
    } else {
      const lower = t.lower;
      word[i] = t.hash;
      suffix[i] = lower.length > 3 ? hashWord(lower, lower.length - 3) : t.hash;
    }
    if (t.kind === TokenKind.Open) depth++;
    context[i] = (depth > 0 ? 1 : 0) | (comma << 1) | (number << 2) | (isUnit ? 8 : 0);
    if (t.kind === TokenKind.Close && depth > 0) depth--;
    if (t.kind === TokenKind.Comma && depth === 0) comma = 1;
    if (t.kind === TokenKind.Number) number = 1;
  }
  writeStaticKeys(line);
  return line;
}

/** Token i's neighbours' shapes and its position code, shared by both layouts. */
function shapeBefore(line: LineFeatures, i: number): number {
  return i > 0 ? line.shape[i - 1]! : SHAPE_NONE;
}
function shapeAt(line: LineFeatures, i: number): number {
  return i < line.count ? line.shape[i]! : SHAPE_NONE;
}
function positionOf(line: LineFeatures, i: number): number {
  return Math.min(i, 6) * 2 + (i + 1 === line.count ? 1 : 0);
}

/** Every token's STATIC_KEYS (punctuation's are left as they were: never read), in one loop
 *  over local arrays: each token's neighbours are read as the loop walks by. */
function writeStaticKeys(line: LineFeatures): void {
  const { word, suffix, shape, context, count } = line;
  const out = line.keys;
  let sBefore = SHAPE_NONE;
  for (let i = 0; i < count; i++) {
    const s = shape[i]!;
    if (isPunctuationShape(s)) {
      sBefore = s;
      continue;
    }
    const w = word[i]!;
    const wNext = i + 1 < count ? word[i + 1]! : 2;
    const sNext = i + 1 < count ? shape[i + 1]! : SHAPE_NONE;
    const sNext2 = i + 2 < count ? shape[i + 2]! : SHAPE_NONE;
    const c = context[i]!;
    const position = (i < 6 ? i : 6) * 2 + (i + 1 === count ? 1 : 0);
    let n = i * STATIC_KEYS;
    out[n++] = hashed(1, w);
    out[n++] = hashed(3, wNext);
    out[n++] = hashed(5, i + 2 < count ? word[i + 2]! : 4);
    out[n++] = hashed(6, suffix[i]!);
    out[n++] = hashed(17, w ^ Math.imul(c + 1, 0x165667b1));
    out[n++] = hashed(18, (i > 0 ? word[i - 1]! : 1) ^ Math.imul(w, 31));
    out[n++] = hashed(19, w ^ Math.imul(wNext, 37));
    out[n++] = Folded.contextShape + c * 16 + s;
    out[n++] = Folded.around + (sBefore * 16 + sNext) * 16 + position;
    out[n] = Folded.ahead + (s * 16 + sNext) * 16 + sNext2;
    sBefore = s;
  }
}

/** The hashed slot of "this word after that label". */
function wordAfterLabel(line: LineFeatures, i: number, previous: number): number {
  return hashed(15, line.word[i]! ^ Math.imul(previous + 1, 0x27d4eb2d));
}

/** Every trained slot of token i (not punctuation), one per template, into `out`; returns how
 *  many there are. Training and the reference decoder read these; inference reads the folds. */
export function tokenFeatures(
  line: LineFeatures,
  i: number,
  previous: number,
  beforePrevious: number,
  seenName: number,
  out: Int32Array,
): number {
  const s = line.shape[i]!;
  const sNext = shapeAt(line, i + 1);
  const c = line.context[i]!;
  const keys = line.keys;
  const k = i * STATIC_KEYS;
  // The hashed slots are the same in both layouts.
  for (let f = 0; f < HASHED_KEYS; f++) out[f] = keys[k + f]!;
  out[7] = Dense.bias;
  out[8] = Dense.shape + s;
  out[9] = Dense.context + c;
  out[10] = Dense.contextShape + c * 16 + s;
  out[11] = Dense.shapesAround + shapeBefore(line, i) * 16 + sNext;
  out[12] = Dense.position + positionOf(line, i);
  out[13] = Dense.shapesAhead + (s * 16 + sNext) * 16 + shapeAt(line, i + 2);
  out[14] = Dense.previous + previous;
  out[15] = Dense.previousTwo + previous * 16 + beforePrevious;
  out[16] = Dense.previousShape + (previous * 16 + s) * 2 + seenName;
  out[17] = Dense.contextPrevious + (c * 16 + previous) * 2 + seenName;
  out[18] = wordAfterLabel(line, i, previous);
  return MAX_FEATURES;
}
