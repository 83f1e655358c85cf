import { readAmount } from "./read-amount.js";
import type { Recipe } from "./recipe.js";

type Yields = NonNullable<Recipe["yields"]>;

/** How much a recipe makes.
 *  Grammar: YIELDS = LABEL ":"? AMOUNT UNIT? | UP-TO? AMOUNT ("(" WORDS ")")? PEOPLE
 *           LABEL = serve(s) | serving(s) | yield(s) | makes | portion(s) | "ingredients for"
 *           (and their German, French, Dutch, Italian, Spanish, Portuguese and Scandinavian
 *           words)   PEOPLE = servings | persons | porções | …
 *           UP-TO = up to | até | bis zu | jusqu'à | hasta | fino a | tot
 *  "Serves 4" has no unit word, so none is stored (nothing is invented). "Serving size: 1 cup"
 *  is a nutrition label's portion, not how much the recipe makes; "Serving size: 4-6", a bare
 *  count other than one, can only be servings. */
const LABEL =
  /^(?:serves?|servings?|yields?|makes|portions?|portionen|porções|porção|rende|rendimento|mengde|mængde|porsjoner|portioner|dosi per|rendement|opbrengst|raciones|porciones|recette pour|(?:ingredients|ingredientes|ingrédients|ingredienti|ingrediënten|zutaten) (?:for|para|pour|per|voor|für)|für|pour|para|voor|per)\s*:?\s*/iu;
/** "4 servings", "2 Portionen", "Até 4 porções": an amount of people, without a label. */
const PEOPLE =
  /^(?:(?:up to|até|bis zu|jusqu'à|hasta|fino a|tot)\s+)?(\d+(?:\s*[-–]\s*\d+)?)\s+(?:\([^()]{1,20}\)\s+)?(?:servings?|portions?|portionen|personen|persone|personnes|personas|pessoas|porções|porção|people|persons|pers\.?|porce|porsjoner|portioner|raciones|porciones|doses)$/iu;

const PEOPLE_WORD = /^(?:people|persons?|servings?|portions?|guests)$/i;

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
  // "Serve" also begins a step ("Serve 2 tbsp on top"): as a label it counts people only.
  if (/^serve\b/i.test(label[0]) && unit !== "" && !PEOPLE_WORD.test(unit)) return undefined;
  return { quantity: amount.quantity, ...(unit ? { unit } : {}), text };
}
