import {
  describeTokens,
  LABEL_COUNT,
  MAX_FEATURES,
  START,
  tokenFeatures,
} from "./ingredient-features.js";
import weightsFile from "./ingredient-tagger-weights.json" with { type: "json" };
import type { Token } from "./tokenize-ingredient-line.js";

/** A greedy averaged-perceptron tagger: one label per token (see LABELS), left to right, each
 *  decision seeing the two before it. Weights come from `npm run train` (eval/
 *  train-ingredient-tagger.ts) as int8 rows keyed by feature hash, base64 in a JSON file. */
export interface TaggerWeights {
  /** Feature hashes, base64 of little-endian int32. */
  readonly keys: string;
  /** LABEL_COUNT int8 weights per key, base64. */
  readonly weights: string;
}

/** Slot i holds its key at int32 index 3i and its LABEL_COUNT weights at bytes 12i+4 to 12i+11:
 *  one probe reads one cache line, where separate key, row and weight arrays read three. */
const SLOT_INTS = 3;
const SLOT_BYTES = SLOT_INTS * 4;

interface Table {
  readonly mask: number;
  readonly keys: Int32Array;
  readonly weights: Int8Array;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** An open-addressing table from feature hash to its row of weights. */
export function buildTable(file: TaggerWeights): Table {
  const keyBytes = decodeBase64(file.keys);
  const view = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const n = keyBytes.byteLength / 4;
  let size = 1;
  while (size < n * 2) size *= 2;
  const buffer = new ArrayBuffer(size * SLOT_BYTES);
  const keys = new Int32Array(buffer);
  const weights = new Int8Array(buffer);
  const raw = decodeBase64(file.weights);
  const mask = size - 1;
  for (let r = 0; r < n; r++) {
    const key = view.getInt32(r * 4, true);
    let slot = key & mask;
    while (keys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & mask;
    keys[slot * SLOT_INTS] = key;
    for (let l = 0; l < LABEL_COUNT; l++) {
      weights[slot * SLOT_BYTES + 4 + l] = (raw[r * LABEL_COUNT + l]! << 24) >> 24;
    }
  }
  return { mask, keys, weights };
}

let table: Table | undefined;
const features = new Int32Array(MAX_FEATURES);
const scores = new Int32Array(LABEL_COUNT);

/** Labels (indices into LABELS) for the tokens of `text`. */
export function tagIngredientTokens(tokens: readonly Token[], text: string): Uint8Array {
  table ??= buildTable(weightsFile as TaggerWeights);
  const { mask, keys, weights } = table;
  const line = describeTokens(tokens, text);
  const labels = new Uint8Array(tokens.length);
  let previous = START;
  let beforePrevious = START;
  let seenName = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokenFeatures(line, i, previous, beforePrevious, seenName, features);
    scores.fill(0);
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      let slot = key & mask;
      for (let k = keys[slot * SLOT_INTS]!; k !== 0; k = keys[slot * SLOT_INTS]!) {
        if (k === key) {
          const at = slot * SLOT_BYTES + 4;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[at + l]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    let best = 0;
    for (let l = 1; l < LABEL_COUNT; l++) if (scores[l]! > scores[best]!) best = l;
    labels[i] = best;
    beforePrevious = previous;
    previous = best;
    if (best === 4) seenName = 1;
  }
  return labels;
}
