// `tsx eval/train-title-scorer.ts [-- --corpus DIR] [--folds 5] [--repeats 1] [--l2 0.001]
// [--drop a,b] [--misses]`: fits the weights of the page-title scorer (features in
// src/importers/text/page-title-features.ts) on the recipe-scrapers pages' visible text, prints
// the 5-fold cross-validated accuracy (folds by site, so a site's pages are never both trained on
// and tested; --repeats averages it over several dealings of the sites into folds), and prints
// the weights fitted on every page, rounded, to paste into src/importers/text/find-page-title.ts.
//
// Model: a linear score per candidate line, trained listwise (softmax over a page's candidates,
// the golden title's lines as the target) with L2 regularisation by full-batch gradient descent.
// The threshold below which no line is taken is set so that the founding post, whose name is told
// only in its conclusion, gets none.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findCardSpan } from "../src/importers/text/find-card-span.js";
import { TITLE_WEIGHTS } from "../src/importers/text/find-page-title.js";
import { readLabelledTitle } from "../src/importers/text/find-title.js";
import {
  FEATURES,
  type FeatureName,
  titleCandidates,
} from "../src/importers/text/page-title-features.js";
import { readMetadata } from "../src/importers/text/read-metadata.js";
import { splitLines } from "../src/importers/text/split-lines.js";
import { readPageTexts } from "./page-text.js";
import { goldenText, loadGoldenPages } from "./recipe-scrapers.js";
import { normalise } from "./suites/text-import.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(root, "..", "shared", "corpus") },
    folds: { type: "string", default: "5" },
    // --repeats N: the cross-validation N times over, the sites dealt into folds anew each time.
    repeats: { type: "string", default: "1" },
    l2: { type: "string", default: "0.001" },
    epochs: { type: "string", default: "600" },
    loss: { type: "string", default: "softmax" },
    misses: { type: "boolean", default: false },
    // --drop a,b: fit without these features, to see what each one is worth in the CV figure.
    drop: { type: "string", default: "" },
  },
});
const corpus = resolve(values.corpus);
const FOLDS = Number(values.folds);
const REPEATS = Number(values.repeats);
const L2 = Number(values.l2);
const EPOCHS = Number(values.epochs);
const HINGE = values.loss === "hinge";
const RATE = 0.5;
const D = FEATURES.length;
const DROPPED = new Set(values.drop.split(",").filter(Boolean));
for (const f of DROPPED) {
  if (!(FEATURES as readonly string[]).includes(f)) throw new Error(`no feature ${f}`);
}

interface Page {
  readonly name: string;
  readonly site: string;
  /** One feature vector per candidate line. */
  readonly x: readonly Float64Array[];
  /** Which candidates are the golden title. */
  readonly y: readonly boolean[];
}

/** The lines the importer weighs, as import-text reads a page up to the title finder. */
function candidatesOf(text: string) {
  const { rest } = readMetadata(splitLines(text).slice(0, 2000));
  if (readLabelledTitle(rest) !== undefined) return undefined;
  return titleCandidates(rest, findCardSpan(rest));
}

function toPage(name: string, text: string, title: string | undefined): Page | undefined {
  const candidates = candidatesOf(text);
  if (candidates === undefined) return undefined;
  const want = title === undefined ? undefined : normalise(title);
  return {
    name,
    site: name.split("/")[0] ?? name,
    x: candidates.map((c) =>
      Float64Array.from(FEATURES, (f) => (DROPPED.has(f) ? 0 : c.features[f])),
    ),
    y: candidates.map((c) => want !== undefined && normalise(c.title) === want),
  };
}

const score = (w: Float64Array, x: Float64Array) => x.reduce((sum, v, i) => sum + v * w[i]!, 0);

/** The index of the best-scoring candidate, or -1 for none. */
function top(w: Float64Array, page: Page): number {
  let best = -1;
  let bestScore = -Infinity;
  for (const [i, x] of page.x.entries()) {
    const s = score(w, x);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return best;
}

/** Softmax over each page's candidates, maximising the probability of its golden lines. */
function fitWeights(pages: readonly Page[]): Float64Array {
  const trainable = pages.filter((p) => p.y.some(Boolean));
  const w = new Float64Array(D);
  const m = new Float64Array(D);
  const v = new Float64Array(D);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(D);
    for (const page of trainable) {
      const scores = page.x.map((x) => score(w, x));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const gold = exps.reduce((a, e, i) => a + (page.y[i] ? e : 0), 0);
      if (HINGE) {
        // max(0, 1 + best wrong − best golden): the name must outscore every other line by 1.
        let [g, o] = [-1, -1];
        for (const [i, s] of scores.entries()) {
          if (page.y[i] && (g < 0 || s > scores[g]!)) g = i;
          if (!page.y[i] && (o < 0 || s > scores[o]!)) o = i;
        }
        if (g >= 0 && o >= 0 && 1 + scores[o]! - scores[g]! > 0) {
          for (let d = 0; d < D; d++) grad[d]! += page.x[o]![d]! - page.x[g]![d]!;
        }
        continue;
      }
      for (const [i, x] of page.x.entries()) {
        // d(-log P(gold))/dw = Σ p_i x_i − Σ_{gold} (e_i / gold) x_i
        const coefficient = exps[i]! / total - (page.y[i] ? exps[i]! / gold : 0);
        for (let d = 0; d < D; d++) grad[d]! += coefficient * x[d]!;
      }
    }
    // Adam steps on the mean loss plus the L2 penalty.
    for (let d = 0; d < D; d++) {
      const g = grad[d]! / trainable.length + L2 * w[d]!;
      m[d] = 0.9 * m[d]! + 0.1 * g;
      v[d] = 0.999 * v[d]! + 0.001 * g * g;
      const mHat = m[d]! / (1 - 0.9 ** epoch);
      const vHat = v[d]! / (1 - 0.999 ** epoch);
      w[d]! -= (RATE * 0.1 * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

const accuracy = (w: Float64Array, pages: readonly Page[]) =>
  pages.filter((p) => p.y[top(w, p)] === true).length / Math.max(1, pages.length);

/** A site's pages share a fold: the folds stand for sites the fit has never seen. A repeat
 *  deals the sites into folds anew, so that a figure does not hang on one dealing. */
function foldOf(site: string, repeat: number): number {
  let h = 2166136261 ^ repeat;
  for (const c of site) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % FOLDS;
}

const golden = loadGoldenPages(join(corpus, "recipe-scrapers"));
const texts = await readPageTexts(golden.map((p) => p.htmlPath));
const pages = golden.flatMap((p) => {
  const page = toPage(p.name, texts.get(p.htmlPath) ?? "", goldenText(p.golden.title));
  return page ? [page] : [];
});
const reachable = pages.filter((p) => p.y.some(Boolean)).length;
console.log(
  `train-title: ${pages.length} pages weighed (of ${golden.length}); the golden title is among the candidates on ${reachable}`,
);

const current = Float64Array.from(FEATURES, (f) => TITLE_WEIGHTS[f]);
console.log(
  `current weights: ${(accuracy(current, pages) * 100).toFixed(1)}% of pages ranked right`,
);

const figures: number[] = [];
for (let repeat = 0; repeat < REPEATS; repeat++) {
  let right = 0;
  for (let k = 0; k < FOLDS; k++) {
    const test = pages.filter((p) => foldOf(p.site, repeat) === k);
    const w = fitWeights(pages.filter((p) => foldOf(p.site, repeat) !== k));
    right += accuracy(w, test) * test.length;
    if (REPEATS === 1) {
      console.log(
        `  fold ${k + 1}: ${test.length} pages, ${(accuracy(w, test) * 100).toFixed(1)}%`,
      );
    }
  }
  figures.push((right / pages.length) * 100);
}
const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
console.log(
  `${FOLDS}-fold cross-validated: ${mean.toFixed(1)}%${REPEATS > 1 ? ` (mean of ${REPEATS} dealings: ${figures.map((f) => f.toFixed(1)).join(", ")})` : ""}`,
);

const w = fitWeights(pages);
console.log(`fitted on every page: ${(accuracy(w, pages) * 100).toFixed(1)}% (not a forecast)`);

// The founding post names its dish only in its conclusion: no line of it may pass the threshold.
const seedPath = join(dirname(corpus), "seed", "caramelised-pork-mince.txt");
const seed = candidatesOf(readFileSync(seedPath, "utf8")) ?? [];
const seedTop = Math.max(
  -Infinity,
  ...seed.map((c) =>
    score(
      w,
      Float64Array.from(FEATURES, (f) => c.features[f]),
    ),
  ),
);
const threshold = Math.ceil((Number.isFinite(seedTop) ? seedTop : 0) * 100 + 1) / 100;
const below = pages.filter((p) => {
  const best = top(w, p);
  return best >= 0 && p.y[best] === true && score(w, p.x[best]!) < threshold;
}).length;
console.log(
  `threshold ${threshold}: above the founding post's best line; ${below} right picks fall below it`,
);
const rounded = (n: number) => Math.round(n * 100) / 100;
const lines = FEATURES.map((f: FeatureName, d) => `  ${f}: ${rounded(w[d]!)},`);
console.log(`\nconst WEIGHTS = {\n${lines.join("\n")}\n};\nconst MIN_SCORE = ${threshold};`);
// --misses: each page the current weights rank wrong, with the features that tell its golden
// line from the line they chose (golden/chosen), to see where a feature is missing.
if (values.misses) {
  const byName = new Map(golden.map((g) => [g.name, g]));
  for (const p of pages) {
    const best = top(current, p);
    const page = byName.get(p.name);
    if (p.y[best] === true || page === undefined) continue;
    const titles = (candidatesOf(texts.get(page.htmlPath) ?? "") ?? []).map((c) => c.title);
    const gi = p.y.findIndex(Boolean);
    const want = goldenText(page.golden.title);
    console.log(`${p.name}\n   want ${JSON.stringify(want)}${gi < 0 ? " (no candidate)" : ""}`);
    console.log(`   got  ${JSON.stringify(titles[best])}`);
    if (gi < 0 || best < 0) continue;
    const [x, y] = [p.x[gi]!, p.x[best]!];
    const differ = FEATURES.flatMap((f, d) =>
      x[d] === y[d] ? [] : [`${f} ${x[d]!.toFixed(2)}/${y[d]!.toFixed(2)}`],
    );
    console.log(`   ${differ.join(", ")}`);
  }
}
