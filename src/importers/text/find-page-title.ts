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
  recurrence: 0.72,
  repeated: 0.52,
  quoted: 0.37,
  near: 0.29,
  closest: -0.13,
  first: -0.2,
  metaAfter: 0.76,
  proseAfter: 0.36,
  crumbBefore: -0.07,
  menu: -0.28,
  site: -0.78,
  oneWord: -0.63,
  shouted: -0.19,
  lower: -0.33,
  digit: -0.32,
  long: -0.4,
  asks: -0.16,
  nameNext: -0.35,
  howTo: -0.23,
  inList: -0.35,
  storyAfter: -0.83,
  far: -0.09,
  cardTop: 0.62,
  unrelated: -0.35,
  inTools: -0.16,
  separated: -0.43,
  told: 1.57,
  article: -0.2,
  subsumed: 0.34,
  extends: 0.41,
  size: 0.7,
};

const MIN_SCORE = 0.5;

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
