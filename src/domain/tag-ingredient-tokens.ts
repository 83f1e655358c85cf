import { foldTaggerWeights } from "./fold-tagger-weights.js";
import { HASH_BITS } from "./ingredient-features.js";
import weightsFile from "./ingredient-tagger-weights.json" with { type: "json" };
import type { Token } from "./tokenize-ingredient-line.js";
import { findUnitWord, UNIT_WORD_BITS } from "./units.js";

/** A greedy averaged-perceptron tagger: one label per token (see LABELS), left to right, each
 *  decision seeing the two before it. Weights come from `npm run train` (eval/
 *  train-ingredient-tagger.ts) as LABEL_COUNT int8 per feature slot, base64 in a JSON file. */
export interface TaggerWeights {
  /** HASH_BITS the weights were trained with: a file from another layout is refused. */
  readonly hashBits: number;
  /** FEATURE_SLOTS × LABEL_COUNT int8 weights, base64. */
  readonly weights: string;
}

export function decodeTaggerWeights(file: TaggerWeights): Int8Array {
  if (file.hashBits !== HASH_BITS)
    throw new Error("ingredient tagger weights do not match the features; run npm run train");
  const binary = atob(file.weights);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Labels of the tokens, in a new array; or in `into`, a caller's scratch longer than the tokens
 *  (a zero follows the last label, what lies beyond is stale), when it passes one. */
export type IngredientTagger = (
  tokens: readonly Token[],
  text: string,
  into?: Uint8Array,
) => Uint8Array;

/** A tagger over trained weights (decodeTaggerWeights); its buffers are its own.
 *  It reads the slots tokenFeatures names, folded (fold-tagger-weights), from what
 *  describeTokens and writeStaticKeys compute, computed here in one pass with the line's
 *  values in local variables: a window of four tokens slides along, and each token is scored as
 *  soon as the two after it are known. Every number is a literal, not the module constant that
 *  names it (shapes, kinds, Folded, the templates, the lanes): optimised code reads a module's
 *  constants from memory, with a check, at every use, and this loop is most of a parse. Tests
 *  hold it to the reference decoder, token for token. */
export function createIngredientTagger(trained: Int8Array): IngredientTagger {
  const weights = foldTaggerWeights(trained);
  // Constants of this closure (UNIT_BITS_MASK is 511): a module's are checked at every use.
  const unitBits = UNIT_WORD_BITS;
  /** hashed(template, value) of ingredient-features with the template's part, value ^
   *  Math.imul(template + 1, 0x61c88647), folded in by the caller; 16 is 32 - HASH_BITS. A
   *  constant of this closure, where a module's function is checked again at every call. */
  const mix = (v: number): number => {
    let h = Math.imul(v, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    return (h ^ (h >>> 13)) >>> 16;
  };
  // Per token, what decoding reads: its word, shape, context, and score so far (two rows).
  let words = new Int32Array(64);
  let shapes = new Int32Array(64);
  let contexts = new Int32Array(64);
  let ahead = new Float64Array(128);
  const tagLine: IngredientTagger = (tokens, text, into) => {
    const count = tokens.length;
    if (words.length < count) {
      const size = Math.max(count, 2 * words.length);
      words = new Int32Array(size);
      shapes = new Int32Array(size);
      contexts = new Int32Array(size);
      ahead = new Float64Array(size * 2);
    }
    // Locals, not the closure's variables: those are read again, and checked, at every use.
    const lineWords = words;
    const lineShapes = shapes;
    const lineContexts = contexts;
    const lineAhead = ahead;
    // The window: a before b (the token scored), then c and d. Before the first token, the word
    // is 1 and the shape 12 ("none").
    let wa = 1;
    let sa = 12;
    let wb = 0;
    let sb = 0;
    let xb = 0;
    let cb = 0;
    let wc = 0;
    let sc = 0;
    let xc = 0;
    let cc = 0;
    let depth = 0;
    let comma = 0;
    let number = 0;
    for (let j = 0; j < count + 2; j++) {
      // Describe token j (describeTokens): its word, suffix, shape and context.
      let wd = 0;
      let sd = 12;
      let xd = 0;
      let cd = 0;
      if (j < count) {
        const t = tokens[j]!;
        const kind = t.kind;
        if (kind === 0 /* Number */) {
          sd = t.max !== undefined ? 2 : t.value !== undefined && t.value < 1 ? 1 : 0;
          // hashWord("#0"), hashWord("#1"), hashWord("#2").
          wd = sd === 0 ? 130578566 : sd === 1 ? 147356185 : 97023328;
          xd = wd;
          cd = (depth > 0 ? 1 : 0) | (comma << 1) | (number << 2);
          number = 1;
        } else {
          const hash = t.hash;
          wd = hash;
          xd = hash;
          let unit = 0;
          if (kind === 1 /* Word */) {
            const lower = t.lower;
            const length = lower.length;
            if (length > 3)
              xd = Math.imul(
                Math.imul(
                  Math.imul(0x811c9dc5 ^ lower.charCodeAt(length - 3), 0x01000193) ^
                    lower.charCodeAt(length - 2),
                  0x01000193,
                ) ^ lower.charCodeAt(length - 1),
                0x01000193,
              );
            if (
              (unitBits[(hash >>> 5) & 511]! & (1 << (hash & 31))) !== 0 &&
              findUnitWord(lower, hash, text, t.start, t.end) !== undefined
            ) {
              sd = 4;
              unit = 8;
            } else if (t.value !== undefined) sd = 3;
            else {
              const first = text.charCodeAt(t.start);
              sd = first >= 65 && first <= 90 ? 6 : 5;
            }
          } else if (kind === 2) sd = 7;
          else if (kind === 3) {
            sd = 8;
            depth++;
          } else if (kind === 4) sd = 9;
          else sd = hash === 705468254 && t.lower === "/" ? 10 : 11;
          cd = (depth > 0 ? 1 : 0) | (comma << 1) | (number << 2) | unit;
          if (kind === 4 && depth > 0) depth--;
          if (kind === 2 && depth === 0) comma = 1;
        }
        lineWords[j] = wd;
        lineShapes[j] = sd;
        lineContexts[j] = cd;
      }
      // Score token i = j - 2 (b), now that the two after it (c, d) are known; punctuation
      // (shapes 7-11) is always "O" and is not scored.
      const i = j - 2;
      if (i >= 0 && (sb < 7 || sb > 11)) {
        const wNext = i + 1 < count ? wc : 2;
        const wAfter = i + 2 < count ? wd : 4;
        // The hashed slots of templates 1, 3, 5, 6, 17, 18 and 19 (writeStaticKeys), doubled.
        const k0 = mix(wb ^ 0xc3910c8e) << 1;
        const k1 = mix(wNext ^ 0x8722191c) << 1;
        const k2 = mix(wAfter ^ 0x4ab325aa) << 1;
        const k3 = mix(xb ^ 0xac7babf1) << 1;
        const k4 = mix(wb ^ Math.imul(cb + 1, 0x165667b1) ^ 0xe01970fe) << 1;
        const k5 = mix(wa ^ Math.imul(wb, 31) ^ 0x41e1f745) << 1;
        const k6 = mix(wb ^ Math.imul(wNext, 37) ^ 0xa3aa7d8c) << 1;
        // Folded.contextShape, .around (with the position) and .ahead.
        const k7 = (65536 + cb * 16 + sb) << 1;
        const position = (i < 6 ? i : 6) * 2 + (i + 1 === count ? 1 : 0);
        const k8 = (65792 + (sa * 16 + sc) * 16 + position) << 1;
        const k9 = (69888 + (sb * 16 + sc) * 16 + sd) << 1;
        // Two sums a row, so that no add waits for the one before it (floating adds of
        // integers this small are exact in any order).
        lineAhead[i * 2] =
          weights[k0]! +
          weights[k1]! +
          weights[k2]! +
          weights[k3]! +
          weights[k4]! +
          (weights[k5]! + weights[k6]! + weights[k7]! + weights[k8]! + weights[k9]!);
        lineAhead[i * 2 + 1] =
          weights[k0 + 1]! +
          weights[k1 + 1]! +
          weights[k2 + 1]! +
          weights[k3 + 1]! +
          weights[k4 + 1]! +
          (weights[k5 + 1]! +
            weights[k6 + 1]! +
            weights[k7 + 1]! +
            weights[k8 + 1]! +
            weights[k9 + 1]!);
      }
      if (i >= 0) {
        wa = wb;
        sa = sb;
      }
      wb = wc;
      sb = sc;
      xb = xc;
      cb = cc;
      wc = wd;
      sc = sd;
      xc = xd;
      cc = cd;
    }
    const labels = into !== undefined && into.length > count ? into : new Uint8Array(count);
    // START (8) before the first token; seenName once a NAME (4) is chosen.
    let previous = 8;
    let beforePrevious = 8;
    let seenName = 0;
    for (let i = 0; i < count; i++) {
      let best = 0;
      const s = lineShapes[i]!;
      if (s < 7 || s > 11) {
        // Folded.previous and Folded.state, then template 15: this word after that label.
        const p = (73984 + previous * 16 + beforePrevious) << 1;
        const q = (74240 + ((lineContexts[i]! * 16 + previous) * 16 + s) * 2 + seenName) << 1;
        const r = mix(lineWords[i]! ^ Math.imul(previous + 1, 0x27d4eb2d) ^ 0x1c886470) << 1;
        best = bestLabel(
          lineAhead[i * 2]! + weights[p]! + weights[q]! + weights[r]!,
          lineAhead[i * 2 + 1]! + weights[p + 1]! + weights[q + 1]! + weights[r + 1]!,
        );
      }
      labels[i] = best;
      beforePrevious = previous;
      previous = best;
      if (best === 4) seenName = 1;
    }
    if (labels.length > count) labels[count] = 0;
    return labels;
  };
  return tagLine;
}

let shipped: IngredientTagger | undefined;

/** Labels (indices into LABELS) for the tokens of `text`, by the shipped weights (`into`: see
 *  IngredientTagger). */
export function tagIngredientTokens(
  tokens: readonly Token[],
  text: string,
  into?: Uint8Array,
): Uint8Array {
  shipped ??= createIngredientTagger(decodeTaggerWeights(weightsFile as TaggerWeights));
  return shipped(tokens, text, into);
}

/** The label with the highest score (the first one on a tie) from two rows of four 13-bit lanes
 *  (fold-tagger-weights): 2^26 is a half row, 8191 a lane's mask. A tournament without branches:
 *  which label wins is the least predictable decision of a parse, each decision waits for the one
 *  before it, and pairs, then pairs of pairs, settle in three rounds rather than seven. In each
 *  match the right side wins only if strictly higher (m is -1 then, else 0), so a tie goes to
 *  the lower label. */
function bestLabel(low: number, high: number): number {
  // Each row splits into two exact 26-bit integers, each of two 13-bit lanes; multiplying by a
  // power of two is exact, and quicker than dividing.
  const lowUpper = Math.floor(low * (1 / 67108864));
  const lowLower = low - lowUpper * 67108864;
  const highUpper = Math.floor(high * (1 / 67108864));
  const highLower = high - highUpper * 67108864;
  // Round one: labels 0-1, 2-3, 4-5, 6-7.
  let a = lowLower & 8191;
  let d = a - (lowLower >>> 13);
  let m = d >> 31;
  a -= d & m;
  let la = 1 & m;
  let b = lowUpper & 8191;
  d = b - (lowUpper >>> 13);
  m = d >> 31;
  b -= d & m;
  const lb = 2 + (1 & m);
  let c = highLower & 8191;
  d = c - (highLower >>> 13);
  m = d >> 31;
  c -= d & m;
  let lc = 4 + (1 & m);
  const e = highUpper & 8191;
  d = e - (highUpper >>> 13);
  m = d >> 31;
  const top = e - (d & m);
  const le = 6 + (1 & m);
  // Round two: 0-3 and 4-7.
  d = a - b;
  m = d >> 31;
  a -= d & m;
  la ^= (la ^ lb) & m;
  d = c - top;
  m = d >> 31;
  c -= d & m;
  lc ^= (lc ^ le) & m;
  // The final.
  d = a - c;
  m = d >> 31;
  return la ^ ((la ^ lc) & m);
}
