import { type Issue, issue } from "../lib/result.js";
import { isDigit, isSpace } from "./ingredient-characters.js";
import type { Quantity } from "./quantity.js";
import { type IngredientAmount, readTaggedAmounts } from "./read-tagged-amounts.js";
import { tagIngredientTokens } from "./tag-ingredient-tokens.js";
import { type Token, TokenKind, tokenizeIngredientLine } from "./tokenize-ingredient-line.js";

/** Reads one ingredient line the way a cook does.
 *  Grammar: LINE    = HEADER | INGREDIENT
 *           HEADER  = TEXT ":" (no digits, at most eight words) | "For" "the"? TEXT (≤ 6 words,
 *                     no digits, no final punctuation)
 *           INGREDIENT = (AMOUNT | SIZE | NAME | PREP | COMMENT | PURPOSE | PUNCT)*
 *           AMOUNT  = QTY UNIT? | UNIT            (QTY and its spellings: tokenize-ingredient-line)
 *  Which word is which part is decided by a trained tagger (tag-ingredient-tokens), because
 *  "1 (14-ounce) can tomatoes, drained" and "150g/5¼oz butter, softened" share no fixed order;
 *  the amounts and units it finds are then read by rule (read-tagged-amounts). */
/** A field the line lacks is undefined: every read line has every key, and all share one shape. */
export interface ParsedIngredient {
  readonly kind: "ingredient";
  readonly text: string;
  /** The first amount: "2" of "2 tbsp", a range, or words ("a few", "to taste"). */
  readonly quantity?: Quantity | undefined;
  /** A canonical unit id from the units table ("tbsp", "g"), or the author's unit word. */
  readonly unit?: string | undefined;
  readonly size?: string | undefined;
  /** The food as written ("unsalted butter"); empty when the line names none (see issues). */
  readonly food: string;
  readonly preparation?: string | undefined;
  readonly note?: string | undefined;
  readonly purpose?: string | undefined;
  readonly optional?: boolean | undefined;
  /** "chicken or turkey" → ["chicken", "turkey"]. */
  readonly alternatives?: readonly string[] | undefined;
  /** Every amount of the line, the first one first ("150g/5¼oz" → 150 g, 5¼ oz). */
  readonly amounts: readonly IngredientAmount[];
  readonly issues: readonly Issue[];
}

export interface ParsedHeader {
  readonly kind: "header";
  readonly text: string;
  /** "For the sauce:" → "For the sauce". */
  readonly title: string;
  readonly issues: readonly Issue[];
}

export type ParsedIngredientLine = ParsedIngredient | ParsedHeader;

export const IngredientIssueCode = {
  Empty: "INGREDIENT_EMPTY",
  NoFood: "INGREDIENT_NO_FOOD",
  TooLong: "INGREDIENT_TOO_LONG",
} as const;

/** Longer lines are prose, not an ingredient; only their start is read. */
const MAX_TOKENS = 200;
const MAX_CHARS = 2000;
const LABEL_QTY = 1;
const LABEL_UNIT = 2;
const LABEL_SIZE = 3;
const LABEL_NAME = 4;
const LABEL_PREP = 5;
const LABEL_COMMENT = 6;
const LABEL_PURPOSE = 7;
/** The labels of the line being parsed: a new array a line cost more than the tagging's sums. It
 *  never leaves parseIngredientLine, which runs to the end before another line starts. */
const labelScratch = new Uint8Array(MAX_TOKENS + 1);
const TEXT_QUANTITIES = /\b(?:to taste|as needed|as required|as desired)\b/i;

/** Grammar's HEADER, on text[from, to) (trimmed). A header ends in ":" or opens with "for": any
 *  other line is refused before its characters are read. */
function isHeader(text: string, from: number, to: number): boolean {
  const colon = text.charCodeAt(to - 1) === 58;
  if (!colon && (text.charCodeAt(from) | 32) !== 102 /* f */) return false;
  let words = 1;
  let space = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return false;
    const blank = isSpace(c);
    if (blank && !space) words++;
    space = blank;
  }
  if (colon) return words <= 8;
  if (words > 6) return false;
  const trimmed = text.slice(from, to);
  return /^for (?:the )?\p{L}/iu.test(trimmed) && !/[.!?,]$/.test(trimmed);
}

/** The text of every field label's runs (SIZE to PURPOSE), each run's parts joined by a space;
 *  punctuation between two tokens of one run stays. One pass serves every label. */
function readFields(tokens: readonly Token[], labels: Uint8Array, text: string): string[] {
  const fields = ["", "", "", "", "", "", "", ""];
  let i = 0;
  while (i < tokens.length) {
    const label = labels[i]!;
    if (label < LABEL_SIZE) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    let end = tokens[i]!.end;
    let j = i + 1;
    while (j < tokens.length) {
      if (labels[j] === label) {
        end = tokens[j]!.end;
        j++;
        continue;
      }
      let k = j;
      // Unlabelled punctuation (TokenKind Comma and after, written out) between two parts.
      while (k < tokens.length && labels[k] === 0 && tokens[k]!.kind >= 2) k++;
      if (k > j && k < tokens.length && labels[k] === label && !isBreak(tokens, j, k)) {
        j = k;
        continue;
      }
      break;
    }
    const part = text.slice(start, end);
    fields[label] = fields[label] === "" ? part : `${fields[label]} ${part}`;
    i = j;
  }
  return fields;
}

/** A parenthesis between two words ends a run: "butter (salted)" is two things. */
function isBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const kind = tokens[k]!.kind;
    if (kind === 3 /* Open */ || kind === 4 /* Close */) return true;
  }
  return false;
}

const VAGUE_AMOUNTS = new Set(["few", "couple", "dozen", "several"]);

/** "a pinch of salt", "a couple of bay leaves": a number word that opens the line before a
 *  unit or another amount word is the amount, whatever the tagger thought of it. */
function readLeadingNumberWords(tokens: readonly Token[], labels: Uint8Array): void {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || first.kind !== TokenKind.Word || first.value === undefined) return;
  if (labels[0] === LABEL_QTY || !next) return;
  const vague = next.kind === TokenKind.Word && VAGUE_AMOUNTS.has(next.lower);
  if (labels[1] !== LABEL_UNIT && !vague) return;
  labels[0] = LABEL_QTY;
  if (vague) labels[1] = LABEL_QTY;
  const after = vague ? 2 : 1;
  if (labels[after] === LABEL_UNIT && tokens[after + 1]?.lower === "of") labels[after + 1] = 0;
  if (vague && tokens[after]?.lower === "of") labels[after] = 0;
}

function splitAlternatives(food: string): string[] | undefined {
  if (!/\s(?:or|and\/or)\s/i.test(food)) return undefined;
  const parts = food
    .split(/\s*,\s*|\s+(?:or|and\/or)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : undefined;
}

const SAYS_OPTIONAL = 1;
/** A food can hold " or " only where the line has the word "or", or a range that swallowed it
 *  ("2 or 3"): other lines skip the alternatives regex. */
const MAY_SAY_OR = 2;

/** By the words' hashes first: comparing every word's text would cost more than the rest. The
 *  hashes are literals (hashWord of "optional", "optionally" and "or"): optimised code reads a
 *  module's constants from memory, with a check, at every use. */
function readWordFlags(tokens: readonly Token[]): number {
  let flags = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hash = t.hash;
    if (hash === 1237702905 && t.lower === "optional") flags |= 1 /* SAYS_OPTIONAL */;
    else if (hash === -1048086206 && t.lower === "optionally") flags |= 1 /* SAYS_OPTIONAL */;
    else if (hash === 1563699588 ? t.lower === "or" : t.max !== undefined)
      flags |= 2 /* MAY_SAY_OR */;
  }
  return flags;
}

export function parseIngredientLine(text: string): ParsedIngredientLine {
  // The trimmed line is sliced only for a header: the rest reads the text by offsets.
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (from === to) {
    return {
      kind: "ingredient",
      text,
      food: "",
      amounts: [],
      issues: [issue(IngredientIssueCode.Empty, "the line is empty")],
    };
  }
  if (to - from <= 80 && isHeader(text, from, to)) {
    const trimmed = text.slice(from, to);
    return { kind: "header", text, title: trimmed.replace(/:$/, "").trim(), issues: [] };
  }
  const issues: Issue[] = [];
  // A line of prose pasted as one ingredient is read no further than an ingredient could go.
  let tokens = tokenizeIngredientLine(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  if (tokens.length > MAX_TOKENS || text.length > MAX_CHARS) {
    tokens = tokens.slice(0, MAX_TOKENS);
    issues.push(issue(IngredientIssueCode.TooLong, `only the first ${MAX_TOKENS} words were read`));
  }
  const labels = tagIngredientTokens(tokens, text, labelScratch);
  readLeadingNumberWords(tokens, labels);
  const amounts = readTaggedAmounts(tokens, labels, text);
  const fields = readFields(tokens, labels, text);
  const food = fields[LABEL_NAME]!;
  if (!food) issues.push(issue(IngredientIssueCode.NoFood, "no food found in the line"));
  const first = amounts[0];
  let quantity = first?.quantity;
  if (quantity === undefined) {
    const words = TEXT_QUANTITIES.exec(text);
    if (words) quantity = { kind: "text", text: words[0].toLowerCase() };
  }
  const flags = readWordFlags(tokens);
  // Every field is set, undefined when the line has none: one object shape for every line, where
  // adding only the present ones made as many shapes as combinations, each slower to write. The
  // JSON of a result is the same (undefined is left out), its fields in the order they always had.
  return {
    kind: "ingredient",
    text,
    quantity,
    unit: first?.unit,
    size: fields[LABEL_SIZE] || undefined,
    preparation: fields[LABEL_PREP] || undefined,
    note: fields[LABEL_COMMENT] || undefined,
    purpose: fields[LABEL_PURPOSE] || undefined,
    food,
    optional: flags & SAYS_OPTIONAL ? true : undefined,
    alternatives: flags & MAY_SAY_OR ? splitAlternatives(food) : undefined,
    amounts,
    issues,
  };
}
