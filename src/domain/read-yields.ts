import { readAmount } from "./read-amount.js";
import type { Recipe } from "./recipe.js";

type Yields = NonNullable<Recipe["yields"]>;

/** How much a recipe makes.
 *  Grammar: YIELDS = LABEL ":"? AMOUNT UNIT?    LABEL = serves | servings | yield(s) | makes | portions
 *  "Serves 4" has no unit word, so none is stored (nothing is invented). */
const LABEL = /^(?:serves|servings|serving size|yields?|makes|portions)\s*:?\s*/i;

export function readYields(line: string): Yields | undefined {
  const text = line.trim();
  const label = LABEL.exec(text);
  if (!label) return undefined;
  const amount = readAmount(text.slice(label[0].length));
  if (!amount || amount.article) return undefined;
  const unit = amount.rest.replace(/[.!]+$/, "").trim();
  if (unit.split(/\s+/).length > 4) return undefined;
  return { quantity: amount.quantity, ...(unit ? { unit } : {}), text };
}
