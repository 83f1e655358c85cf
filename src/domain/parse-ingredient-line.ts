import { type Issue, issue } from "../lib/result.js";
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
export interface ParsedIngredient {
  readonly kind: "ingredient";
  readonly text: string;
  /** The first amount: "2" of "2 tbsp", a range, or words ("a few", "to taste"). */
  readonly quantity?: Quantity;
  /** A canonical unit id from the units table ("tbsp", "g"), or the author's unit word. */
  readonly unit?: string;
  readonly size?: string;
  /** The food as written ("unsalted butter"); empty when the line names none (see issues). */
  readonly food: string;
  readonly preparation?: string;
  readonly note?: string;
  readonly purpose?: string;
  readonly optional?: boolean;
  /** "chicken or turkey" → ["chicken", "turkey"]. */
  readonly alternatives?: readonly string[];
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
const LABEL_NAME = 4;
const FIELD_LABELS = { size: 3, preparation: 5, note: 6, purpose: 7 } as const;
const TEXT_QUANTITIES = /\b(?:to taste|as needed|as required|as desired)\b/i;

function isHeader(text: string): boolean {
  if (/\d/.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (text.endsWith(":")) return words <= 8;
  return /^for (?:the )?\p{L}/iu.test(text) && words <= 6 && !/[.!?,]$/.test(text);
}

/** The text of every run of `label`, joined; punctuation between two tokens of a run stays. */
function field(tokens: readonly Token[], labels: Uint8Array, label: number, text: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (labels[i] !== label) {
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
      while (k < tokens.length && labels[k] === 0 && tokens[k]!.kind >= TokenKind.Comma) k++;
      if (k > j && k < tokens.length && labels[k] === label && !isBreak(tokens, j, k)) {
        j = k;
        continue;
      }
      break;
    }
    parts.push(text.slice(start, end));
    i = j;
  }
  return parts.join(" ");
}

/** A parenthesis between two words ends a run: "butter (salted)" is two things. */
function isBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const kind = tokens[k]!.kind;
    if (kind === TokenKind.Open || kind === TokenKind.Close) return true;
  }
  return false;
}

const LABEL_QTY = 1;
const LABEL_UNIT = 2;
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

export function parseIngredientLine(text: string): ParsedIngredientLine {
  const trimmed = text.trim();
  if (!trimmed) {
    return {
      kind: "ingredient",
      text,
      food: "",
      amounts: [],
      issues: [issue(IngredientIssueCode.Empty, "the line is empty")],
    };
  }
  if (trimmed.length <= 80 && isHeader(trimmed)) {
    return { kind: "header", text, title: trimmed.replace(/:$/, "").trim(), issues: [] };
  }
  const issues: Issue[] = [];
  // A line of prose pasted as one ingredient is read no further than an ingredient could go.
  let tokens = tokenizeIngredientLine(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  if (tokens.length > MAX_TOKENS || text.length > MAX_CHARS) {
    tokens = tokens.slice(0, MAX_TOKENS);
    issues.push(issue(IngredientIssueCode.TooLong, `only the first ${MAX_TOKENS} words were read`));
  }
  const labels = tagIngredientTokens(tokens, text);
  readLeadingNumberWords(tokens, labels);
  const amounts = readTaggedAmounts(tokens, labels, text);
  const food = field(tokens, labels, LABEL_NAME, text);
  if (!food) issues.push(issue(IngredientIssueCode.NoFood, "no food found in the line"));
  const first = amounts[0];
  const quantity =
    first?.quantity ??
    (TEXT_QUANTITIES.test(text)
      ? ({ kind: "text", text: TEXT_QUANTITIES.exec(text)![0].toLowerCase() } as const)
      : undefined);
  const optional = tokens.some((t) => t.lower === "optional" || t.lower === "optionally");
  const alternatives = splitAlternatives(food);
  const parsed: Record<string, unknown> = {};
  for (const [name, label] of Object.entries(FIELD_LABELS)) {
    const value = field(tokens, labels, label, text);
    if (value) parsed[name] = value;
  }
  return {
    kind: "ingredient",
    text,
    ...(quantity && { quantity }),
    ...(first?.unit !== undefined && { unit: first.unit }),
    ...(parsed as Pick<ParsedIngredient, "size" | "preparation" | "note" | "purpose">),
    food,
    ...(optional && { optional }),
    ...(alternatives && { alternatives }),
    amounts,
    issues,
  };
}
