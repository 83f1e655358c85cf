/** Meal-Master's fixed-column ingredient lines.
 *  Grammar (one column; a two-column line holds a second one from offset 41):
 *    LINE     = QUANTITY(7) " " UNIT(2) " " NAME        QUANTITY right-aligned, may be blank
 *    QUANTITY = INT | DECIMAL | INT "/" INT | INT " " INT "/" INT
 *    UNIT     = a Meal-Master unit code ("c", "ts", "tb", "lb"…) or blank
 *    CONT     = 11 spaces "-" TEXT                      continues the ingredient before it
 *  A line whose first eleven characters do not fit these fields is not an ingredient. */

export type IngredientCell =
  | { readonly kind: "ingredient"; readonly quantity: string; readonly unit: string; name: string }
  | { readonly kind: "continuation"; readonly text: string };

/** Meal-Master's unit codes and the words they stand for. */
export const UNIT_CODES: Readonly<Record<string, string>> = {
  x: "per serving",
  sm: "small",
  md: "medium",
  lg: "large",
  cn: "can",
  pk: "package",
  pn: "pinch",
  dr: "drop",
  ds: "dash",
  ct: "carton",
  bn: "bunch",
  sl: "slice",
  ea: "each",
  t: "tsp",
  ts: "tsp",
  T: "tbsp",
  tb: "tbsp",
  fl: "fl oz",
  c: "cup",
  pt: "pt",
  qt: "qt",
  ga: "gal",
  oz: "oz",
  lb: "lb",
  ml: "ml",
  cb: "cubic cm",
  cl: "cl",
  dl: "dl",
  l: "l",
  mg: "mg",
  cg: "cg",
  dg: "dg",
  g: "g",
  kg: "kg",
};

const QUANTITY = /^(?:\d+(?:\.\d+)?|\d+\/\d+|\d+ \d+\/\d+)$/;
/** Where the second column starts on a two-column line. */
export const SECOND_COLUMN = 41;

/** One column's text → its cell, or undefined when it is not an ingredient. */
function readCell(text: string): IngredientCell | undefined {
  const padded = text.padEnd(11, " ");
  const quantityField = padded.slice(0, 7);
  if (padded[7] !== " " || padded[10] !== " ") return undefined;
  const quantity = quantityField.trim();
  if (quantity !== "" && (!QUANTITY.test(quantity) || /\s$/.test(quantityField))) return undefined;
  const unit = padded.slice(8, 10).trim();
  if (unit !== "" && !(unit in UNIT_CODES)) return undefined;
  const name = padded.slice(11).trim();
  if (quantity === "" && unit === "" && name.startsWith("-")) {
    return { kind: "continuation", text: name.slice(1).trim() };
  }
  if (name === "" && quantity === "" && unit === "") return undefined;
  return { kind: "ingredient", quantity, unit, name };
}

/** The cells of one line (one or two columns), or undefined when it is not an ingredient line. */
export function readIngredientColumns(line: string): IngredientCell[] | undefined {
  const clean = line.replace(/\s+$/, "");
  if (clean.length > SECOND_COLUMN && clean.slice(SECOND_COLUMN - 2, SECOND_COLUMN).trim() === "") {
    const left = readCell(clean.slice(0, SECOND_COLUMN));
    const right = readCell(clean.slice(SECOND_COLUMN));
    if (left && right) return [left, right];
  }
  const cell = readCell(clean);
  return cell ? [cell] : undefined;
}
