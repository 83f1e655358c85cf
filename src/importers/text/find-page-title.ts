import { foldText } from "../../domain/fold-text.js";
import { stemWord } from "../../domain/match-foods.js";
import { classifyHeading } from "./classify-heading.js";
import type { Line } from "./split-lines.js";

/** The recipe's name in the text of a whole web page, where the first line is usually the
 *  site's navigation. Recipe cards state the name right above their furniture (author, rating,
 *  description, course, times, servings, equipment) and the ingredient list; the page's
 *  headline often states it again higher up. So the name is sought walking up from the lists
 *  past the furniture: among the first few lines with a name's shape, the one whose words come
 *  back in the ingredients and steps ("chocolate", "cake"; an author's name does not), and
 *  that the page states twice. Failing that, the best such line anywhere above the lists.
 *  Score = 3·RECURRENCE (share of the name's words met again in the card, up to three times
 *          each) + 2·REPEATED + NEAR (among the lines closest above the card) + FIRST (a plain
 *          post opens with its name) − ONE-WORD − SHOUTED. */

export interface PageTitle {
  readonly title: string;
  /** Its first line in the text: what comes before is the page's, not the recipe's. */
  readonly index: number;
}

/** Where the recipe's lists are: [start, end) in the lines. */
export interface CardSpan {
  readonly start: number;
  readonly end: number;
}

const MAX_WORDS = 16;
/** How far above the lists a card's title may sit, and how many name-shaped lines are weighed. */
const WINDOW = 40;
const CLOSEST = 3;
const MIN_SCORE = 1.2;
const NOT_NAME_WORDS = new Set(["recipe", "recipes", "the", "and", "with", "best", "easy"]);

/** Card furniture: labels and values of the lines between a card's title and its list. */
const FURNITURE =
  /^(?:course|cuisine|keywords?|calories|author|by|servings?|serves|yields?|makes|prep|cook|bake|baking|total|additional|resting|chilling|marinating|inactive|active|time|rate|rating|reviews?|print|pin|save|share|jump|description|equipment|scale|difficulty|level|method|category|diet|nutrition|cost|portions?|difficolta|preparazione|cottura|dosi|costo|zubereitungszeit|schwierigkeit|portionen|temps|cuisson|personnes|bereidingstijd|personen|tiempo|raciones|porciones|no ratings)\b|\b(?:votes?|reviews?|ratings?|stars?|minutes?|mins?|hours?|hrs?)$/;

/** An ingredient line ("1/4 cup maple syrup") or a list's group ("For the frosting"). */
const AMOUNT_OR_GROUP =
  /^(?:\d+(?:[/.,]\d+)?\s*(?:g|kg|ml|l|cl|dl|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|pieces?|pcs)\b|for (?:the )?\p{L})/iu;

const wordsOf = (text: string) =>
  (foldText(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !NOT_NAME_WORDS.has(w)).map(stemWord);

function hasNameShape(line: Line): boolean {
  const text = line.text;
  if (line.marker !== "none" && line.marker !== "heading") return false;
  if (text.length > 120 || text.split(/\s+/).length > MAX_WORDS) return false;
  if (/[.,;:*]$/.test(text) || /https?:|www\.|@|©|\|/.test(text)) return false;
  if (!/^[\p{Lu}\d"“'‘¡¿]/u.test(text) || !/\p{L}{3}/u.test(text)) return false;
  if (/^\d+(?:\s|$)/.test(text) && !/\p{L}{3,}.*\p{L}{3,}/u.test(text)) return false;
  if (FURNITURE.test(foldText(text)) || AMOUNT_OR_GROUP.test(text)) return false;
  return classifyHeading(text) === undefined;
}

export function findPageTitle(lines: readonly Line[], card: CardSpan): PageTitle | undefined {
  const inCard = new Map<string, number>();
  const from = Math.max(0, card.start);
  for (const line of lines.slice(from, Math.max(card.end, from + 1))) {
    for (const word of wordsOf(line.text)) inCard.set(word, (inCard.get(word) ?? 0) + 1);
  }
  const places = new Map<string, number[]>();
  for (const [i, line] of lines.entries()) {
    const key = foldText(line.text);
    const at = places.get(key);
    if (at) at.push(i);
    else places.set(key, [i]);
  }
  let best: (PageTitle & { score: number }) | undefined;
  let closest = 0;
  for (let i = Math.min(card.start, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    // Items listed under an "Equipment" heading above the list are no title.
    if (card.start - i <= WINDOW && /^equipment\b/i.test(line.text)) closest = 0;
    if (!hasNameShape(line)) continue;
    const words = wordsOf(line.text);
    const recurrence =
      words.length === 0
        ? 0
        : words.reduce((sum, w) => sum + Math.min(inCard.get(w) ?? 0, 3) / 3, 0) / words.length;
    const at = places.get(foldText(line.text)) ?? [i];
    const repeated = at.length > 1 ? 2 : 0;
    const near = card.start - i <= WINDOW && closest++ < CLOSEST ? 1 : 0;
    const first = i === 0 ? 1 : 0;
    const oneWord = line.text.trim().split(/\s+/).length === 1 ? 0.5 : 0;
    const shouted = line.text === line.text.toUpperCase() ? 0.3 : 0;
    const score = 3 * recurrence + repeated + near + first - oneWord - shouted;
    if (best === undefined || score > best.score) {
      best = { title: line.text.trim(), index: at[0]!, score };
    }
  }
  return best && best.score >= MIN_SCORE ? { title: best.title, index: best.index } : undefined;
}
