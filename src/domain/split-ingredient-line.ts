import type { Quantity } from "./quantity.js";
import { readAmount } from "./read-amount.js";

/** A first, simple split of an ingredient line (a full parser is a later piece of work).
 *  Grammar: LINE = AMOUNT? UNIT? "of"? FOOD ("," PREPARATION)?
 *           "(…)" anywhere becomes the note; "optional" marks it optional; "to taste" is a
 *           quantity in words. UNIT is a measure from the table below or a count word. */
const UNITS: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/^(?:tablespoons?|tbsps?\.?|tbs\.?|T)$/, "tbsp"],
  [/^(?:teaspoons?|tsps?\.?|t)$/, "tsp"],
  [/^cups?$/i, "cup"],
  [/^(?:grams?|g|gr)$/i, "g"],
  [/^(?:kilograms?|kilos?|kg)$/i, "kg"],
  [/^(?:millilit(?:er|re)s?|ml)$/i, "ml"],
  [/^(?:lit(?:er|re)s?|l)$/i, "l"],
  [/^(?:ounces?|oz\.?)$/i, "oz"],
  [/^(?:pounds?|lbs?\.?)$/i, "lb"],
  [/^(?:quarts?|qt)$/i, "qt"],
  [/^(?:pints?|pt)$/i, "pt"],
  // Count words stay as the author wrote them.
  [
    /^(?:pinch(?:es)?|dash(?:es)?|cloves?|cans?|tins?|jars?|bunch(?:es)?|handfuls?|slices?|sprigs?|stalks?|sticks?|pieces?|packages?|packets?|heads?|knobs?|sheets?|fillets?|drops?|splash(?:es)?)$/i,
    null,
  ],
];

export interface IngredientLineParts {
  quantity?: Quantity;
  unit?: string;
  food: string;
  preparation?: string;
  note?: string;
  optional?: boolean;
}

function readUnit(word: string): string | undefined {
  const clean = word.replace(/[.,]$/, "");
  for (const [pattern, id] of UNITS) {
    if (pattern.test(clean)) return id ?? clean;
  }
  return undefined;
}

export function splitIngredientLine(line: string): IngredientLineParts {
  let rest = line.trim();
  const notes: string[] = [];
  let optional = false;
  rest = rest.replace(/\s*\(([^)]*)\)/g, (_, inner: string) => {
    if (/^\s*optional\s*$/i.test(inner)) optional = true;
    else if (inner.trim()) notes.push(inner.trim());
    return "";
  });
  rest = rest.replace(/,?\s*\boptional\b\s*/i, () => {
    optional = true;
    return " ";
  });
  let quantity: Quantity | undefined;
  rest = rest.replace(/,?\s*\bto taste\b\s*/i, () => {
    quantity = { kind: "text", text: "to taste" };
    return " ";
  });
  rest = rest.trim();
  let unit: string | undefined;
  const amount = readAmount(rest);
  if (amount) {
    const [first = "", ...others] = amount.rest.split(/\s+/);
    const found = readUnit(first);
    if (found !== undefined) {
      quantity = amount.quantity;
      unit = found;
      rest = others.join(" ").replace(/^of\s+/i, "");
    } else if (!amount.article) {
      quantity = amount.quantity;
      rest = amount.rest.replace(/^of\s+/i, "");
    }
  }
  const comma = rest.indexOf(",");
  const food = (comma >= 0 ? rest.slice(0, comma) : rest).trim();
  const preparation = comma >= 0 ? rest.slice(comma + 1).trim() : "";
  return {
    ...(quantity ? { quantity } : {}),
    ...(unit ? { unit } : {}),
    food: food || line.trim(),
    ...(preparation ? { preparation } : {}),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    ...(optional ? { optional } : {}),
  };
}
