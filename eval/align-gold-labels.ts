// Turns a labelled line's columns (strangetom's normalised tokens per label) into one label per
// token of our tokenizer, for training. Columns are matched in order, each with its own cursor.
import { LABELS, type Label } from "../src/domain/ingredient-features.js";
import { stemWord } from "../src/domain/match-foods.js";
import {
  type Token,
  TokenKind,
  tokenizeIngredientLine,
} from "../src/domain/tokenize-ingredient-line.js";
import { type GoldLine, readGoldNumber } from "./ingredient-corpus.js";

const SIZE_WORDS =
  /^(?:large|medium|small|medium-size|medium-sized|small-size|heaped|heaping|level|good|generous|thick|thin|lg|sm|md|big|extra-large|jumbo|rounded|scant)$/i;

interface Column {
  readonly label: Label;
  readonly tokens: readonly string[];
  cursor: number;
  last: number;
}

function sameWord(mine: string, gold: string): boolean {
  const g = gold.toLowerCase();
  if (mine === g) return true;
  if (stemWord(mine) === stemWord(g)) return true;
  return mine.endsWith("ves") && (g === `${mine.slice(0, -3)}f` || g === `${mine.slice(0, -3)}fe`);
}

function sameNumber(token: Token, gold: string): boolean {
  const value = readGoldNumber(gold);
  if (!value || token.value === undefined) return false;
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.011 * Math.max(1, Math.abs(b));
  return close(token.value, value.min) && close(token.max ?? token.value, value.max);
}

function matches(token: Token, gold: string | undefined): boolean {
  if (gold === undefined) return false;
  if (token.kind === TokenKind.Number) return sameNumber(token, gold);
  return sameWord(token.lower, gold) || (token.value !== undefined && sameNumber(token, gold));
}

export interface AlignedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly labels: Uint8Array;
  /** Every labelled token found a token of ours. */
  readonly complete: boolean;
}

export function alignGoldLabels(line: GoldLine): AlignedLine {
  const tokens = tokenizeIngredientLine(line.input);
  const split = (s: string) =>
    s
      .split(/\s+/)
      .map((t) => t.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, ""))
      .filter(Boolean);
  // Size words labelled as units (NYT's "medium", "small bunch") are sizes here.
  const unitTokens = split(line.unit);
  const sizeTokens = [...split(line.size), ...unitTokens.filter((t) => SIZE_WORDS.test(t))];
  const columns: Column[] = [
    { label: "QTY", tokens: split(line.quantity), cursor: 0, last: -2 },
    { label: "UNIT", tokens: unitTokens.filter((t) => !SIZE_WORDS.test(t)), cursor: 0, last: -2 },
    { label: "NAME", tokens: split(line.name), cursor: 0, last: -2 },
    { label: "SIZE", tokens: sizeTokens, cursor: 0, last: -2 },
    { label: "PREP", tokens: split(line.preparation), cursor: 0, last: -2 },
    { label: "COMMENT", tokens: split(line.comment), cursor: 0, last: -2 },
    { label: "PURPOSE", tokens: split(line.purpose), cursor: 0, last: -2 },
  ];
  const labels = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    if (token.kind !== TokenKind.Number && token.kind !== TokenKind.Word) return;
    const candidates = columns.filter(
      (c) => matches(token, c.tokens[c.cursor]) || matches(token, c.tokens[c.cursor + 1]),
    );
    const chosen =
      candidates.find((c) => c.last === i - 1 && matches(token, c.tokens[c.cursor])) ??
      candidates.find((c) => matches(token, c.tokens[c.cursor])) ??
      candidates[0];
    if (!chosen) return;
    chosen.cursor += matches(token, chosen.tokens[chosen.cursor]) ? 1 : 2;
    chosen.last = i;
    labels[i] = LABELS.indexOf(chosen.label);
  });
  const complete = columns.every((c) => c.cursor >= c.tokens.length);
  return { text: line.input, tokens, labels, complete };
}
