// `npm run train [-- --corpus DIR]`: trains the ingredient tagger (a greedy averaged perceptron,
// features in src/domain/ingredient-features.ts) on the strangetom lines of the corpus that are
// not held out, and writes src/domain/ingredient-tagger-weights.json (int8, pruned, < 2 MB).
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  describeTokens,
  LABEL_COUNT,
  MAX_FEATURES,
  START,
  tokenFeatures,
} from "../src/domain/ingredient-features.js";
import { type AlignedLine, alignGoldLabels } from "./align-gold-labels.js";
import { readStrangetom, STRANGETOM_SOURCES } from "./ingredient-corpus.js";

const EPOCHS = 10;
/** Rows kept in the shipped file, largest first: the long tail changes almost nothing. */
const MAX_ROWS = 90_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { corpus: { type: "string", default: join(root, "..", "shared", "corpus") } },
});
const corpus = resolve(values.corpus);

const training: AlignedLine[] = [];
let incomplete = 0;
for (const source of STRANGETOM_SOURCES) {
  for (const line of readStrangetom(corpus, source)) {
    if (line.heldOut) continue;
    const aligned = alignGoldLabels(line);
    if (aligned.complete) training.push(aligned);
    else incomplete++;
  }
}
console.log(`train: ${training.length} lines aligned, ${incomplete} skipped (labels not found)`);

/** Averaged perceptron weights with lazy averaging (totals caught up when a weight changes). */
const rowOf = new Map<number, number>();
let capacity = 1 << 16;
let weights = new Float64Array(capacity * LABEL_COUNT);
let totals = new Float64Array(capacity * LABEL_COUNT);
let stamps = new Float64Array(capacity * LABEL_COUNT);
let step = 0;

function row(key: number): number {
  let r = rowOf.get(key);
  if (r === undefined) {
    r = rowOf.size;
    if (r >= capacity) {
      capacity *= 2;
      const grow = (a: Float64Array) => {
        const b = new Float64Array(capacity * LABEL_COUNT);
        b.set(a);
        return b;
      };
      weights = grow(weights);
      totals = grow(totals);
      stamps = grow(stamps);
    }
    rowOf.set(key, r);
  }
  return r * LABEL_COUNT;
}

function update(at: number, delta: number) {
  totals[at]! += (step - stamps[at]!) * weights[at]!;
  stamps[at] = step;
  weights[at]! += delta;
}

const features = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(LABEL_COUNT);
let seed = 42;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = training.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [training[i], training[j]] = [training[j]!, training[i]!];
  }
  let errors = 0;
  let total = 0;
  for (const { text, tokens, labels } of training) {
    const line = describeTokens(tokens, text);
    let previous = START;
    let beforePrevious = START;
    let seenName = 0;
    for (let i = 0; i < tokens.length; i++) {
      step++;
      const n = tokenFeatures(line, i, previous, beforePrevious, seenName, features);
      scores.fill(0);
      for (let f = 0; f < n; f++) {
        const r = rowOf.get(features[f]!);
        if (r === undefined) continue;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[r * LABEL_COUNT + l]!;
      }
      let guess = 0;
      for (let l = 1; l < LABEL_COUNT; l++) if (scores[l]! > scores[guess]!) guess = l;
      const gold = labels[i]!;
      total++;
      if (guess !== gold) {
        errors++;
        for (let f = 0; f < n; f++) {
          const r = row(features[f]!);
          update(r + gold, 1);
          update(r + guess, -1);
        }
      }
      beforePrevious = previous;
      previous = guess;
      if (guess === 4) seenName = 1;
    }
  }
  console.log(`epoch ${epoch + 1}: ${((100 * errors) / total).toFixed(2)}% tokens wrong`);
}

// Average, keep the strongest rows, quantise to int8.
const keys = [...rowOf.entries()];
const averaged = new Float64Array(keys.length * LABEL_COUNT);
for (const [, r] of keys) {
  for (let l = 0; l < LABEL_COUNT; l++) {
    const at = r * LABEL_COUNT + l;
    averaged[at] = (totals[at]! + (step - stamps[at]!) * weights[at]!) / step;
  }
}
const strength = (r: number) => {
  let s = 0;
  for (let l = 0; l < LABEL_COUNT; l++) s += Math.abs(averaged[r * LABEL_COUNT + l]!);
  return s;
};
const kept = keys
  .map(([key, r]) => ({ key, r, s: strength(r) }))
  .filter((k) => k.s > 0)
  .sort((a, b) => b.s - a.s)
  .slice(0, MAX_ROWS);
let largest = 0;
for (const k of kept)
  for (let l = 0; l < LABEL_COUNT; l++)
    largest = Math.max(largest, Math.abs(averaged[k.r * LABEL_COUNT + l]!));
const scale = 127 / largest;
const keyBytes = Buffer.alloc(kept.length * 4);
const weightBytes = new Int8Array(kept.length * LABEL_COUNT);
kept.forEach((k, i) => {
  keyBytes.writeInt32LE(k.key, i * 4);
  for (let l = 0; l < LABEL_COUNT; l++)
    weightBytes[i * LABEL_COUNT + l] = Math.round(averaged[k.r * LABEL_COUNT + l]! * scale);
});
const file = {
  about:
    "Ingredient tagger weights from eval/train-ingredient-tagger.ts; trained on the strangetom/ingredient-parser labels (MIT; NYT rows Apache-2.0), see README.",
  keys: keyBytes.toString("base64"),
  weights: Buffer.from(weightBytes.buffer).toString("base64"),
};
const out = join(root, "src", "domain", "ingredient-tagger-weights.json");
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
console.log(`train: ${kept.length} of ${keys.length} feature rows kept; wrote ${out}`);
