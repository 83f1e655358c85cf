import type { Quantity } from "./quantity.js";
import { type Token, TokenKind } from "./tokenize-ingredient-line.js";
import { findUnit, findUnitWord } from "./units.js";

/** One amount of a line: "150g" and "5¼oz" in "150g/5¼oz", "1" can and "14" ounce in
 *  "1 (14-ounce) can". Offsets point into the line. */
export interface IngredientAmount {
  readonly quantity?: Quantity;
  /** A canonical unit id from the units table ("tbsp"), or the author's word. */
  readonly unit?: string;
  readonly start: number;
  readonly unitStart?: number;
}

const QTY = 1;
const UNIT = 2;

function quantityOf(token: Token): Quantity {
  if (token.value === undefined) return { kind: "text", text: token.lower };
  if (token.max !== undefined) return { kind: "range", min: token.value, max: token.max };
  return { kind: "exact", value: token.value };
}

/** Pairs the tagged amounts and units: a unit belongs to the latest amount that has none yet
 *  ("1 (20 ounce) package" → 20 ounce, then 1 package); "fl oz" is one unit. */
export function readTaggedAmounts(
  tokens: readonly Token[],
  labels: Uint8Array,
  text: string,
): IngredientAmount[] {
  const amounts: { quantity?: Quantity; unit?: string; start: number; unitStart?: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const label = labels[i];
    if (label === QTY) {
      // "a couple", "a few": the article belongs to the amount after it. (Index -1 is never
      // read: on an array it leaves the fast path.)
      const previous = i > 0 ? tokens[i - 1]! : undefined;
      const last = amounts.length > 0 ? amounts[amounts.length - 1] : undefined;
      if (
        previous !== undefined &&
        labels[i - 1] === QTY &&
        (previous.lower === "a" || previous.lower === "an") &&
        last
      ) {
        last.quantity =
          token.value === undefined
            ? { kind: "text", text: text.slice(previous.start, token.end) }
            : quantityOf(token);
        continue;
      }
      amounts.push({ quantity: quantityOf(token), start: token.start });
    } else if (label === UNIT && token.kind === TokenKind.Word) {
      let unit: string | undefined;
      const next = tokens[i + 1];
      if (labels[i + 1] === UNIT && next) {
        const pair = findUnit(`${token.lower} ${next.lower}`);
        if (pair) {
          unit = findUnit(pair.id)?.id ?? pair.id.toLowerCase();
          i++;
        }
      }
      // The word's own unit, or the word as the author wrote it, lowercased.
      unit ??=
        findUnitWord(token.lower, token.hash, text, token.start, token.end)?.id ??
        text.slice(token.start, token.end).toLowerCase();
      let owner: (typeof amounts)[number] | undefined;
      for (let a = amounts.length - 1; a >= 0; a--) {
        if (amounts[a]!.unit === undefined) {
          owner = amounts[a];
          break;
        }
      }
      if (owner) {
        owner.unit = unit;
        owner.unitStart = token.start;
      } else amounts.push({ unit, start: token.start, unitStart: token.start });
    }
  }
  return amounts;
}
