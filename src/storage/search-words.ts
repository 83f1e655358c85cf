import { foldText } from "../domain/fold-text.js";

const MAX_TERMS = 32;
/** A last word shorter than this is matched whole: "s*" or "c*" would expand to most of the
 *  index's words and cost a scan of all their entries. */
const MIN_PREFIX = 3;

/** English words too common to search by, as PostgreSQL's english configuration drops them:
 *  matching half the recipes, they add nothing to the ranking. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by for from how i in into is it its my of on or our so that the " +
    "their then this to was we what when with you your"
  ).split(" "),
);

/** The words of a search, as both databases match them: folded, letters and digits only (so no
 *  query syntax survives), stop words and lone letters ("Mama's" → mama) dropped unless
 *  nothing else is left; every word is required and the last may be a prefix (typing "chick"). */
export interface SearchWords {
  readonly words: readonly string[];
  readonly lastIsPrefix: boolean;
}

export function searchWords(text: string): SearchWords | undefined {
  const all = foldText(text.slice(0, 10_000)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w) && [...w].length > 1);
  const words = (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TERMS);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  return { words, lastIsPrefix: [...last].length >= MIN_PREFIX };
}
