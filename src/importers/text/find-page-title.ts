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
  recurrence: 2.19,
  repeated: 0.86,
  quoted: 1.09,
  near: 0.7,
  closest: -0.28,
  first: -0.64,
  metaAfter: 2.39,
  proseAfter: 1.07,
  crumbBefore: 0.27,
  menu: -0.83,
  site: -3.03,
  oneWord: -1.97,
  shouted: -0.75,
  lower: -2.13,
  digit: -2.18,
  long: -1.34,
  asks: -0.93,
  nameNext: -1.17,
  howTo: -1.43,
  inList: -0.67,
  storyAfter: -3.1,
  far: -1.38,
  cardTop: 1.72,
  unrelated: -0.76,
  inTools: -2.63,
  separated: -1.39,
  told: 4.86,
  article: -1.69,
  subsumed: 0.65,
  extends: 1.02,
  size: 2.29,
  leads: 1.3,
  credited: -2.11,
  valueOf: -1.58,
  metaBefore: 0.58,
  subtitle: -0.58,
  recipeWord: -0.64,
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
