import { foldText } from "../../domain/fold-text.js";
import { stemWord } from "../../domain/match-foods.js";
import type { Line } from "./split-lines.js";
import {
  ARTICLE,
  CONTINUES,
  CREDITS,
  cutName,
  GLUED_LABEL,
  HOW_TO,
  hasNameShape,
  isCreditLabel,
  isCrumb,
  isMeta,
  isProse,
  isShortBare,
  isTitleCased,
  isValueLabel,
  META_LINE,
  RECIPE_WORD,
  SITE_WORDS,
  STATED,
  stripButton,
  wordCount,
} from "./title-line-shapes.js";

/** What a line of a whole web page shows of being the recipe's name. A page's text puts the name
 *  in its headline (after the menu and breadcrumbs, before a byline, date, rating or
 *  description) and again atop the recipe card (before its rating, author and times); other
 *  lines name it too ("Home » Desserts » Lemon Tart", "How to make lemon tart", "12 comments on
 *  Lemon Tart"). A menu item sits among other short items, a button has a verb of the site's. */

/** Where the recipe's lists are: [start, end) in the lines, and what part of the page each
 *  line belongs to ("list": an ingredient list or a method, the card's or another's). */
export interface CardSpan {
  readonly start: number;
  readonly end: number;
  readonly partAt: (index: number) => PagePart;
}

export type PagePart = "list" | "tools" | "end" | "other";

export const FEATURES = [
  "recurrence", // share of the line's words met again in the lists and steps (0–1)
  "repeated", // the page states the line twice or more
  "quoted", // other lines hold it: breadcrumbs, "How to make …", "Comments on …" (0–1)
  "near", // among the few name-shaped lines closest above the lists
  "closest", // the name-shaped line closest above the lists
  "first", // the text's first line: a plain post opens with its name
  "metaAfter", // a byline, date, rating or card label follows within three lines
  "proseAfter", // a sentence follows: the description under a headline
  "crumbBefore", // a breadcrumb or a label line comes right before
  "menu", // between two short bare lines: an item of a menu
  "site", // words of the site's own (sign in, subscribe, search, share, about…)
  "oneWord",
  "shouted", // all capitals, as menus are set
  "lower", // starts in lower case
  "digit", // starts with a digit ("12 muffins", "0:40 Cook")
  "long", // more than twelve words
  "asks", // ends in "?" or "!": a call to action more often than a name
  "nameNext", // another name-shaped line follows: a menu or a category above the name
  "howTo", // "How to make …": a method's heading, sometimes the page's name
  "inList", // inside an ingredient list or a method
  "storyAfter", // share of the lines between it and the lists that are sentences (0–1)
  "far", // more than a hundred lines above the lists
  "cardTop", // close above the lists with at most two sentences between: a card's title
  "unrelated", // none of its words comes back in the lists and steps
  "inTools", // under an "Equipment" or "Nutrition" heading
  "separated", // holds " / ", " | " or " » ": a credit, a crumb or a title with the site's name
  "told", // share of its words the page's sentences use again and again (0–1)
  "article", // "A soft pumpkin cake with …": a description's opening, not a name's
  "subsumed", // another name-shaped line holds it: "Ice Cream" beside "Rocky Road Ice Cream"
  "extends", // it holds another name-shaped line: the longer, more particular name
  "size", // how many words it has, up to eight (0–1)
  "leads", // the uppermost of its variants: a headline comes before the card restates it
  "credited", // a byline credits it ("By" / "Ann Smith", "Tested by The Test Kitchen"): a person
  "valueOf", // a card's label comes right before: "Course" / "Dinner"
  "metaBefore", // a byline, date or rating right before: a card may rate the recipe over its name
  "subtitle", // right under a name-shaped line the page states twice: that line is the name
  "recipeWord", // says "Recipe": "Lemon Cake Recipe" is the page's headline more than the name
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface TitleCandidate {
  readonly title: string;
  /** Its first line in the text. */
  readonly index: number;
  readonly features: Readonly<Record<FeatureName, number>>;
}

const WINDOW = 40;
const CLOSEST = 3;
/** How far above the lists a name is sought: a headline sits within a few hundred lines. */
const SEARCHED = 400;
const NOT_NAME_WORDS = new Set(["recipe", "recipes", "the", "and", "with", "best", "easy"]);

const wordsOf = (text: string) =>
  (foldText(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !NOT_NAME_WORDS.has(w)).map(stemWord);

/** Folded text with its punctuation as spaces, padded so a search finds whole words only. */
const padded = (folded: string) => ` ${folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/** Lines by the words they hold, so that finding the lines holding a text reads only the lines
 *  of its rarest word (a page of two thousand lines has as many name-shaped ones). */
function indexWords(texts: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const [i, text] of texts.entries()) {
    if (text.length > 400) continue;
    for (const word of new Set(text.trim().split(" "))) {
      const at = index.get(word);
      if (at) at.push(i);
      else index.set(word, [i]);
    }
  }
  return index;
}

/** The lines holding the text's rarest word: the only ones that may hold the text. */
function rarestLines(key: string, index: ReadonlyMap<string, readonly number[]>) {
  let rarest: readonly number[] = [];
  for (const [n, word] of key.trim().split(" ").entries()) {
    const at = index.get(word) ?? [];
    if (n === 0 || at.length < rarest.length) rarest = at;
  }
  return rarest;
}

/** How many other lines (up to three) hold the text, each not much longer than it. */
function countQuotes(
  key: string,
  texts: readonly string[],
  index: ReadonlyMap<string, readonly number[]>,
  self: number,
): number {
  let quoted = 0;
  for (const j of rarestLines(key, index)) {
    const text = texts[j]!;
    if (j === self || text.length <= key.length || text.length > key.length + 120) continue;
    if (text.includes(key) && ++quoted >= 3) break;
  }
  return quoted;
}

/** Whether a byline elsewhere ends with the text: it names a person, not the dish. */
function isCredited(
  key: string,
  texts: readonly string[],
  index: ReadonlyMap<string, readonly number[]>,
): boolean {
  return rarestLines(key, index).some((j) => texts[j]!.endsWith(key) && CREDITS.test(texts[j]!));
}

export function titleCandidates(lines: readonly Line[], card: CardSpan): TitleCandidate[] {
  const inCard = new Map<string, number>();
  const from = Math.max(0, card.start);
  // The card's words, from its first few hundred lines: a longer list repeats them.
  for (const line of lines.slice(from, Math.min(Math.max(card.end, from + 1), from + SEARCHED))) {
    for (const word of wordsOf(line.text)) inCard.set(word, (inCard.get(word) ?? 0) + 1);
  }
  const places = new Map<string, number[]>();
  // Only the lines above the lists (and a few below) are weighed; the rest is only searched.
  const top = Math.min(lines.length, card.start + 4);
  const lowest = Math.max(0, card.start - SEARCHED);
  const bottom = Math.min(lines.length, top + SEARCHED);
  const folded = lines.map((l, i) =>
    i >= lowest && (i < top || (i < bottom && l.text.length <= 200)) ? foldText(l.text) : "",
  );
  const texts = folded.map(padded);
  for (const [i, text] of texts.entries()) {
    const at = places.get(text);
    if (at) at.push(i);
    else places.set(text, [i]);
  }
  // No name: a line with a button on it (the name without it is weighed instead), a label glued
  // to its value, a sentence.
  const named = lines.map(
    (l, i) =>
      i >= lowest &&
      i < top &&
      hasNameShape(l, folded[i]) &&
      stripButton(l.text) === undefined &&
      !GLUED_LABEL.test(l.text) &&
      !STATED.test(l.text),
  );
  const meta = lines.map((l, i) => i >= lowest && i < top && isMeta(l, folded[i]!));
  const wordIndex = indexWords(texts);
  const inProse = new Map<string, number>();
  for (const line of lines.slice(lowest, Math.max(top, card.end) + SEARCHED)) {
    if (!isProse(line) || line.text.length > 2000) continue;
    for (const word of wordsOf(line.text)) inProse.set(word, (inProse.get(word) ?? 0) + 1);
  }
  // Sentences below each line down to the lists: a card's title has its description at most.
  const sentencesBelow = new Array<number>(lines.length + 1).fill(0);
  for (let i = Math.min(card.start, lines.length) - 1; i >= 0; i--) {
    sentencesBelow[i] = sentencesBelow[i + 1]! + (isProse(lines[i]) ? 1 : 0);
  }
  // The name-shaped lines above the lists, to tell a name from its shorter and longer variants.
  const variants = [
    ...new Set(texts.filter((t, i) => named[i] && i < card.start && t.trim().includes(" "))),
  ];
  const firstAt = (v: string) => places.get(v)?.[0] ?? Number.POSITIVE_INFINITY;
  const describe = (i: number, rank: number, text: string): TitleCandidate => {
    const fold = foldText(text);
    const key = padded(fold);
    const words = wordsOf(text);
    const recurrence =
      words.length === 0
        ? 0
        : words.reduce((sum, w) => sum + Math.min(inCard.get(w) ?? 0, 3) / 3, 0) / words.length;
    const at = places.get(key) ?? [];
    // "Süßkartoffel-Kichererbsen-Curry" names as many things as three words do.
    const count = wordCount(text.replace(/(\p{L})-(\p{L})/gu, "$1 $2"));
    const quoted = words.length >= 2 ? countQuotes(key, texts, wordIndex, i) : 0;
    const next = lines[i + 1];
    const previous = lines[i - 1];
    const part = card.partAt(i);
    // A name cut from a longer line is first met there, even if stated whole further down.
    const index = Math.min(at[0] ?? i, i);
    const kin = variants.filter((v) => v !== key && (v.includes(key) || key.includes(v)));
    const above = texts[i - 1] ?? "";
    const features: Record<FeatureName, number> = {
      recurrence,
      repeated: at.length > 1 ? 1 : 0,
      quoted: quoted / 3,
      near: rank < CLOSEST ? 1 : 0,
      closest: rank === 0 ? 1 : 0,
      first: i === 0 ? 1 : 0,
      metaAfter: meta[i + 1] || meta[i + 2] || meta[i + 3] ? 1 : 0,
      proseAfter: isProse(next) ? 1 : 0,
      crumbBefore: isCrumb(previous) ? 1 : 0,
      // A byline or a rating around a short name is a card's, not a menu's.
      menu:
        count <= 4 && isShortBare(previous) && !meta[i - 1] && isShortBare(next) && !meta[i + 1]
          ? 1
          : 0,
      site: SITE_WORDS.test(fold) ? 1 : 0,
      oneWord: count === 1 ? 1 : 0,
      shouted: text === text.toUpperCase() ? 1 : 0,
      lower: /^\p{Ll}/u.test(text) ? 1 : 0,
      // "20-Minute Chicken", "3 Ingredient Cookies": a number that opens a name, not a quantity.
      digit: /^\d/.test(text) && !/^\d+(?:-|\s+)\p{Lu}\p{Ll}/u.test(text) ? 1 : 0,
      long: count > 12 ? 1 : 0,
      asks: /[?!]$/.test(text) ? 1 : 0,
      nameNext: named[i + 1] && !meta[i + 1] ? 1 : 0,
      howTo: HOW_TO.test(text) ? 1 : 0,
      inList: part === "list" ? 1 : 0,
      storyAfter: Math.min(sentencesBelow[i + 1] ?? 0, 10) / 10,
      far: card.start - i > 100 ? 1 : 0,
      cardTop: card.start - i <= 25 && (sentencesBelow[i + 1] ?? 0) <= 2 ? 1 : 0,
      unrelated: recurrence === 0 ? 1 : 0,
      inTools: part === "tools" ? 1 : 0,
      separated: /\s[/|»›>•·–]\s/u.test(text) ? 1 : 0,
      told:
        words.length === 0
          ? 0
          : words.reduce((sum, w) => sum + Math.min(inProse.get(w) ?? 0, 5) / 5, 0) / words.length,
      size: Math.min(count, 8) / 8,
      article: ARTICLE.test(text) && !isTitleCased(text) ? 1 : 0,
      subsumed: variants.some((v) => v.length > key.length && v.includes(key)) ? 1 : 0,
      extends: variants.some((v) => v.length < key.length && key.includes(v)) ? 1 : 0,
      leads: kin.length > 0 && kin.every((v) => firstAt(v) > index) ? 1 : 0,
      credited:
        [i, ...at].some((p) => isCreditLabel(lines[p - 1])) ||
        (words.length > 0 && isCredited(key, texts, wordIndex))
          ? 1
          : 0,
      valueOf: isValueLabel(previous) ? 1 : 0,
      metaBefore: previous && previous.text.length <= 200 && META_LINE.test(previous.text) ? 1 : 0,
      subtitle: named[i - 1] && above !== key && (places.get(above)?.length ?? 0) > 1 ? 1 : 0,
      recipeWord: RECIPE_WORD.test(text) ? 1 : 0,
    };
    return { title: text, index, features };
  };
  const out: TitleCandidate[] = [];
  let closest = 0;
  for (let i = Math.min(card.start, lines.length) - 1; i >= lowest; i--) {
    const line = lines[i]!;
    if (card.start - i <= WINDOW && /^equipment\b/i.test(line.text)) closest = 0;
    const cut =
      line.text.length <= 200 ? (cutName(line.text) ?? stripButton(line.text)) : undefined;
    if (cut !== undefined && hasNameShape({ ...line, text: cut })) {
      out.push(describe(i, CLOSEST, cut));
    }
    if (!named[i]) continue;
    const rank = card.start - i <= WINDOW ? closest++ : CLOSEST;
    out.push(describe(i, rank, line.text.trim()));
    const next = lines[i + 1];
    if (next && i + 1 < card.start && named[i + 1] && CONTINUES.test(next.text)) {
      const joined = `${line.text.trim()} ${next.text.trim()}`;
      if (wordCount(joined) <= 20) out.push(describe(i, rank, joined));
    }
  }
  return out;
}
