import {
  type CardSpan,
  FEATURES,
  type FeatureName,
  titleCandidates,
} from "./page-title-features.js";
import type { Line } from "./split-lines.js";

/** The recipe's name in the text of a whole web page, where the first lines are usually the
 *  site's navigation. Every line above the recipe's lists that has a name's shape is weighed by
 *  what it shows of being the name (see page-title-features) and the best one wins:
 *  Score = Σ WEIGHT(feature) · feature, over the features of the line.
 *  The weights were fitted once (a ranking fit: the name must outscore every other line of its
 *  page) on the recipe-scrapers pages, then rounded; a page weighs the same way wherever its site.
 *  eval/train-title-scorer.ts refits them and reports their cross-validated accuracy.
 *  Below MIN_SCORE no line is taken for the name. */

export type { CardSpan } from "./page-title-features.js";

export interface PageTitle {
  readonly title: string;
  /** Its first line in the text: what comes before is the page's, not the recipe's. */
  readonly index: number;
}

export const TITLE_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  recurrence: 2.04,
  repeated: 0.99,
  quoted: 1.4,
  near: 0.68,
  closest: -0.3,
  first: -0.61,
  metaAfter: 2.37,
  proseAfter: 1.02,
  crumbBefore: -0.01,
  menu: -0.74,
  site: -3.26,
  oneWord: -1.84,
  shouted: -0.73,
  lower: -1.95,
  digit: -1.3,
  long: -2.04,
  asks: -0.97,
  nameNext: -1.1,
  howTo: -1.41,
  inList: -0.79,
  storyAfter: -2.72,
  far: -1.52,
  cardTop: 1.41,
  unrelated: -0.79,
  inTools: -3.93,
  separated: -1.14,
  told: 4.96,
  article: -1.68,
  subsumed: 0.83,
  extends: 1.23,
  size: 2.29,
};

const MIN_SCORE = 0.01;

export function findPageTitle(lines: readonly Line[], card: CardSpan): PageTitle | undefined {
  let best: (PageTitle & { score: number }) | undefined;
  for (const candidate of titleCandidates(lines, card)) {
    const score = FEATURES.reduce((sum, f) => sum + TITLE_WEIGHTS[f] * candidate.features[f], 0);
    if (best === undefined || score > best.score) {
      best = { title: candidate.title, index: candidate.index, score };
    }
  }
  return best && best.score >= MIN_SCORE ? { title: best.title, index: best.index } : undefined;
}
