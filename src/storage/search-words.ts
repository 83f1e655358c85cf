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

/** Where the words are, best first: all in the title; all in what describes the recipe (title,
 *  ingredients, tags, description); anywhere, the steps included. */
export type Place = "title" | "about" | "anywhere";
const PLACES: readonly Place[] = ["title", "about", "anywhere"];

/** A match a tier asks for: the words in a place, the last one whole or as a prefix. */
export interface WordsIn {
  readonly place: Place;
  readonly prefix: boolean;
}

/** The tiers of relevance, each as the match it asks for and the matches it leaves to earlier
 *  tiers: whole words by place, then (when the last word may be a prefix) recipes that match
 *  only as a prefix, by place. Whole words first costs less too: a prefix ("with*") makes
 *  the index merge every word it begins, so it is read only when whole words leave room. */
export function relevanceTiers(
  search: SearchWords,
): ReadonlyArray<{ readonly want: WordsIn; readonly not: readonly WordsIn[] }> {
  const levels = search.lastIsPrefix ? [false, true] : [false];
  return levels.flatMap((prefix) =>
    PLACES.map((place, i) => ({
      want: { place, prefix },
      not: [
        ...(i > 0 ? [{ place: PLACES[i - 1]!, prefix }] : []),
        ...(prefix ? [{ place: "anywhere" as const, prefix: false }] : []),
      ],
    })),
  );
}
