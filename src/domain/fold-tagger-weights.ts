import {
  Dense,
  FEATURE_SLOTS,
  FOLDED_SLOTS,
  Folded,
  HASHED_SLOTS,
  LABEL_COUNT,
} from "./ingredient-features.js";

/** Turns the trained table (one int8 row of LABEL_COUNT weights per template slot) into the one
 *  inference reads. Two changes, neither of which alters a decision:
 *  - templates that always fire together are summed into one slot (bias + shape + context +
 *    context×shape is one read for the pair (context, shape));
 *  - a row is two float64, each holding four labels in 13-bit lanes, every weight offset by
 *    +128 so that lanes stay positive. 19 features × 255 < 2^13, so lanes never carry into each
 *    other, every sum stays an exact integer below 2^52, and the common offset changes no
 *    comparison. A token's score is then 2 adds a slot instead of 8. */
export const LANE_BITS = 13;
export const LANE = 1 << LANE_BITS;
const OFFSET = 128;

export function foldTaggerWeights(raw: Int8Array): Float64Array {
  if (raw.length !== FEATURE_SLOTS * LABEL_COUNT)
    throw new Error("ingredient tagger weights do not match the features; run npm run train");
  const lanes = new Int32Array(FOLDED_SLOTS * LABEL_COUNT);
  const add = (into: number, from: number) => {
    for (let l = 0; l < LABEL_COUNT; l++)
      lanes[into * LABEL_COUNT + l]! += raw[from * LABEL_COUNT + l]! + OFFSET;
  };
  for (let slot = 0; slot < HASHED_SLOTS; slot++) add(slot, slot);
  for (let c = 0; c < 16; c++) {
    for (let s = 0; s < 16; s++) {
      const into = Folded.contextShape + c * 16 + s;
      add(into, Dense.bias);
      add(into, Dense.shape + s);
      add(into, Dense.context + c);
      add(into, Dense.contextShape + c * 16 + s);
    }
  }
  for (let pair = 0; pair < 256; pair++) {
    for (let position = 0; position < 16; position++) {
      add(Folded.around + pair * 16 + position, Dense.shapesAround + pair);
      add(Folded.around + pair * 16 + position, Dense.position + position);
    }
  }
  for (let v = 0; v < 4096; v++) add(Folded.ahead + v, Dense.shapesAhead + v);
  for (let previous = 0; previous < 16; previous++) {
    for (let before = 0; before < 16; before++) {
      add(Folded.previous + previous * 16 + before, Dense.previous + previous);
      add(Folded.previous + previous * 16 + before, Dense.previousTwo + previous * 16 + before);
    }
  }
  for (let c = 0; c < 16; c++) {
    for (let previous = 0; previous < 16; previous++) {
      for (let s = 0; s < 16; s++) {
        for (let seen = 0; seen < 2; seen++) {
          const into = Folded.state + ((c * 16 + previous) * 16 + s) * 2 + seen;
          add(into, Dense.previousShape + (previous * 16 + s) * 2 + seen);
          add(into, Dense.contextPrevious + (c * 16 + previous) * 2 + seen);
        }
      }
    }
  }
  const packed = new Float64Array(FOLDED_SLOTS * 2);
  for (let slot = 0; slot < FOLDED_SLOTS; slot++) {
    for (let half = 0; half < 2; half++) {
      const at = slot * LABEL_COUNT + half * 4;
      packed[slot * 2 + half] =
        lanes[at]! +
        lanes[at + 1]! * LANE +
        lanes[at + 2]! * LANE ** 2 +
        lanes[at + 3]! * LANE ** 3;
    }
  }
  return packed;
}
