// `npm run train [-- --corpus DIR]`: trains the ingredient tagger (a greedy averaged perceptron,
// features in src/domain/ingredient-features.ts) on the strangetom lines of the corpus that are
// not held out, and writes src/domain/ingredient-tagger-weights.json (int8, one row per feature
// slot, < 1 MB).
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  createLineFeatures,
  describeTokens,
  FEATURE_SLOTS,
  HASH_BITS,
  isPunctuation,
  LABEL_COUNT,
  LABEL_NAME,
  MAX_FEATURES,
  START,
  tokenFeatures,
} from "../src/domain/ingredient-features.js";
import { type AlignedLine, alignGoldLabels } from "./align-gold-labels.js";
import { readStrangetom, STRANGETOM_SOURCES } from "./ingredient-corpus.js";

const EPOCHS = 10;

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

/** Averaged perceptron weights, one row per feature slot, with lazy averaging (totals caught
 *  up when a weight changes). */
const weights = new Float64Array(FEATURE_SLOTS * LABEL_COUNT);
const totals = new Float64Array(FEATURE_SLOTS * LABEL_COUNT);
const stamps = new Float64Array(FEATURE_SLOTS * LABEL_COUNT);
let step = 0;

function update(at: number, delta: number) {
  totals[at]! += (step - stamps[at]!) * weights[at]!;
  stamps[at] = step;
  weights[at]! += delta;
}

const line = createLineFeatures();
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
    describeTokens(tokens, text, line);
    let previous = START;
    let beforePrevious = START;
    let seenName = 0;
    for (let i = 0; i < tokens.length; i++) {
      // Punctuation is "O" by rule (its gold label always is), as in tagIngredientTokens.
      let guess = 0;
      if (!isPunctuation(tokens[i]!)) {
        step++;
        const n = tokenFeatures(line, i, previous, beforePrevious, seenName, features);
        scores.fill(0);
        for (let f = 0; f < n; f++) {
          const r = features[f]! * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[r + l]!;
        }
        for (let l = 1; l < LABEL_COUNT; l++) if (scores[l]! > scores[guess]!) guess = l;
        const gold = labels[i]!;
        total++;
        if (guess !== gold) {
          errors++;
          for (let f = 0; f < n; f++) {
            const r = features[f]! * LABEL_COUNT;
            update(r + gold, 1);
            update(r + guess, -1);
          }
        }
      }
      beforePrevious = previous;
      previous = guess;
      if (guess === LABEL_NAME) seenName = 1;
    }
  }
  console.log(`epoch ${epoch + 1}: ${((100 * errors) / total).toFixed(2)}% tokens wrong`);
}

// Average and quantise to int8 with one scale for the whole table.
const averaged = new Float64Array(FEATURE_SLOTS * LABEL_COUNT);
let largest = 0;
for (let at = 0; at < averaged.length; at++) {
  averaged[at] = (totals[at]! + (step - stamps[at]!) * weights[at]!) / step;
  largest = Math.max(largest, Math.abs(averaged[at]!));
}
const scale = 127 / largest;
const weightBytes = new Int8Array(averaged.length);
let used = 0;
for (let at = 0; at < averaged.length; at++) {
  weightBytes[at] = Math.round(averaged[at]! * scale);
  if (weightBytes[at] !== 0) used++;
}
const file = {
  about:
    "Ingredient tagger weights from eval/train-ingredient-tagger.ts; trained on the strangetom/ingredient-parser labels (MIT; NYT rows Apache-2.0), see README.",
  hashBits: HASH_BITS,
  weights: Buffer.from(weightBytes.buffer).toString("base64"),
};
const out = join(root, "src", "domain", "ingredient-tagger-weights.json");
const json = `${JSON.stringify(file, null, 2)}\n`;
// The file ships in the browser bundle too: a layout that outgrows 1 MB is refused here.
if (json.length >= 1_000_000) {
  console.error(`train: weights would take ${json.length} bytes (limit 1 MB); lower HASH_BITS`);
  process.exit(1);
}
writeFileSync(out, json);
console.log(`train: ${FEATURE_SLOTS} feature slots, ${used} non-zero weights; wrote ${out}`);
