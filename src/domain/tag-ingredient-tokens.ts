import { foldTaggerWeights, LANE, LANE_BITS } from "./fold-tagger-weights.js";
import {
  createLineFeatures,
  describeTokens,
  Folded,
  HASH_BITS,
  isPunctuationShape,
  LABEL_NAME,
  START,
  STATIC_KEYS,
  wordAfterLabel,
} from "./ingredient-features.js";
import weightsFile from "./ingredient-tagger-weights.json" with { type: "json" };
import type { Token } from "./tokenize-ingredient-line.js";

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

/** A tagger over trained weights (decodeTaggerWeights); its buffers are its own. */
export function createIngredientTagger(trained: Int8Array): IngredientTagger {
  const weights = foldTaggerWeights(trained);
  const line = createLineFeatures();
  // Each token's score from the features known before decoding, as two packed rows.
  let ahead = new Float64Array(64);
  return (tokens, text, into) => {
    const count = tokens.length;
    describeTokens(tokens, text, line);
    const { keys, shape, context } = line;
    if (ahead.length < count * 2) ahead = new Float64Array(count * 4);
    // The static reads first, in one loop with no decision in it: their cache misses overlap.
    for (let i = 0; i < count; i++) {
      if (isPunctuationShape(shape[i]!)) continue;
      // Two sums a row, so that no add waits for the one before it (floating adds of integers
      // this small are exact in any order).
      let low = 0;
      let high = 0;
      let low2 = 0;
      let high2 = 0;
      const end = (i + 1) * STATIC_KEYS;
      for (let k = i * STATIC_KEYS; k < end; k += 2) {
        const at = keys[k]! << 1;
        const at2 = keys[k + 1]! << 1;
        low += weights[at]!;
        high += weights[at + 1]!;
        low2 += weights[at2]!;
        high2 += weights[at2 + 1]!;
      }
      ahead[i * 2] = low + low2;
      ahead[i * 2 + 1] = high + high2;
    }
    const labels = into !== undefined && into.length > count ? into : new Uint8Array(count);
    let previous = START;
    let beforePrevious = START;
    let seenName = 0;
    for (let i = 0; i < count; i++) {
      let best = 0;
      if (!isPunctuationShape(shape[i]!)) {
        let low = ahead[i * 2]!;
        let high = ahead[i * 2 + 1]!;
        let at = (Folded.previous + previous * 16 + beforePrevious) << 1;
        low += weights[at]!;
        high += weights[at + 1]!;
        at = (Folded.state + ((context[i]! * 16 + previous) * 16 + shape[i]!) * 2 + seenName) << 1;
        low += weights[at]!;
        high += weights[at + 1]!;
        at = wordAfterLabel(line, i, previous) << 1;
        low += weights[at]!;
        high += weights[at + 1]!;
        best = bestLabel(low, high);
      }
      labels[i] = best;
      beforePrevious = previous;
      previous = best;
      if (best === LABEL_NAME) seenName = 1;
    }
    if (labels.length > count) labels[count] = 0;
    return labels;
  };
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

const HALF = LANE * LANE;
/** A power of two: multiplying by it is exact, and quicker than dividing by HALF. */
const PER_HALF = 1 / HALF;
const MASK = LANE - 1;

/** The label with the highest score (the first one on a tie) from two rows of four lanes. */
function bestLabel(low: number, high: number): number {
  // Each row splits into two exact 26-bit integers, each of two 13-bit lanes.
  const lowUpper = Math.floor(low * PER_HALF);
  const lowLower = low - lowUpper * HALF;
  const highUpper = Math.floor(high * PER_HALF);
  const highLower = high - highUpper * HALF;
  let best = 0;
  let top = lowLower & MASK;
  let v = lowLower >>> LANE_BITS;
  if (v > top) {
    top = v;
    best = 1;
  }
  v = lowUpper & MASK;
  if (v > top) {
    top = v;
    best = 2;
  }
  v = lowUpper >>> LANE_BITS;
  if (v > top) {
    top = v;
    best = 3;
  }
  v = highLower & MASK;
  if (v > top) {
    top = v;
    best = 4;
  }
  v = highLower >>> LANE_BITS;
  if (v > top) {
    top = v;
    best = 5;
  }
  v = highUpper & MASK;
  if (v > top) {
    top = v;
    best = 6;
  }
  return highUpper >>> LANE_BITS > top ? 7 : best;
}
