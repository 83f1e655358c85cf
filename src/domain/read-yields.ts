import { readAmount } from "./read-amount.js";
import type { Recipe } from "./recipe.js";

type Yields = NonNullable<Recipe["yields"]>;

/** How much a recipe makes.
 *  Grammar: YIELDS = LABEL ":"? AMOUNT UNIT? | AMOUNT PEOPLE
 *           LABEL = serves | servings | yield(s) | makes | portions (and their German, French,
 *           Dutch, Italian, Spanish and Scandinavian words)   PEOPLE = servings | persons | …
 *  "Serves 4" has no unit word, so none is stored (nothing is invented). "Serving size: 1 cup"
 *  is a nutrition label's portion, not how much the recipe makes; "Serving size: 4-6", a bare
 *  count other than one, can only be servings. */
const LABEL =
  /^(?:serves|servings|yields?|makes|portions|portionen|mengde|mængde|porsjoner|portioner|dosi per|rendement|opbrengst|raciones|porciones|recette pour|zutaten für|für|pour|para|voor|per)\s*:?\s*/i;
/** "4 servings", "2 Portionen", "6 personnes": an amount of people, without a label. */
const PEOPLE =
  /^(\d+(?:\s*[-–]\s*\d+)?)\s+(?:servings?|portions?|portionen|personen|persone|personnes|personas|people|persons|pers\.?|porce|porsjoner|portioner|raciones|porciones)$/i;

const SERVING_SIZE = /^serving size\s*:?\s*/i;

export function readYields(line: string): Yields | undefined {
  const text = line.trim();
  const size = SERVING_SIZE.exec(text);
  if (size) {
    const amount = readAmount(text.slice(size[0].length));
    const one = amount?.quantity.kind === "exact" && amount.quantity.value === 1;
    if (!amount || amount.article || one || amount.rest.replace(/[.!]+$/, "").trim())
      return undefined;
    return { quantity: amount.quantity, text };
  }
  const people = PEOPLE.exec(text);
  if (people?.[1]) {
    const amount = readAmount(people[1]);
    if (amount && !amount.article) return { quantity: amount.quantity, text };
  }
  const label = LABEL.exec(text);
  if (!label) return undefined;
  const amount = readAmount(text.slice(label[0].length));
  if (!amount || amount.article) return undefined;
  const unit = amount.rest.replace(/[.!]+$/, "").trim();
  if (unit.split(/\s+/).length > 4) return undefined;
  return { quantity: amount.quantity, ...(unit ? { unit } : {}), text };
}
