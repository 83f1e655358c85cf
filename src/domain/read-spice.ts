import { readAmount } from "./read-amount.js";
import type { Spice, SpiceAdjustment } from "./recipe.js";
import { splitSentences } from "./split-sentences.js";

/** How to change a dish's heat, from an FAQ entry.
 *  Question grammar: mentions spice/heat/hot with less/more/milder/spicier/reduce/adjust.
 *  Answer grammar: sentences split into clauses at ":" and at ", (or|and)? VERB" (use, remove,
 *  substitute, serve, add, omit, …); each clause is one adjustment:
 *    fewer       = "use"? "only"? AMOUNT WORD "instead of" AMOUNT | fewer | less CHILI | omit | leave out
 *    deseed      = seeds | membranes | deseed | pith | ribs
 *    substitute  = ("substitute" "with"? | "swap in" | "replace them with") FOOD
 *    on-the-side = "on the side" | "separately" | "at the table"
 *    more        = (add|use) (more|extra) | increase | double */
const SPICE_QUESTION =
  /\b(?:spic\w*|heat|hot|mild\w*)\b.*\b(?:less|more|not as|milder|hotter|reduce|increase|tone|adjust|control|level)\b|\b(?:less|more|not as|not too|milder|hotter|reduce|increase|tone down|adjust|control)\b.*\b(?:spic\w*|heat|hot)\b|\b(?:spicier|hotter|milder|too (?:spicy|hot))\b/i;

const HEAT_SOURCE =
  /\b(?:chil(?:i|e|li)(?:e?s)?|jalape[nñ]os?|cayenne|sriracha|hot sauce|sambal|gochujang|harissa|habaneros?|serranos?|chipotles?|pepper flakes|chili flakes|scotch bonnets?|wasabi|horseradish|(?:thai|bird'?s eye|hot) peppers?)\b/i;

const CLAUSE_SPLIT =
  /:\s*|;\s*|,\s*(?:or\s+|and\s+)?(?=(?:use|remove|substitute|serve|add|omit|skip|leave|reduce|swap|replace|try|cut|deseed|halve|scrape|start)\b)/i;

const FEWER_COUNT =
  /\b(?:use\s+)?(?:only\s+|just\s+)?(\S+(?:\s*(?:-|–|to)\s*\S+)?)\s+([\p{L}-]+)\s+instead\s+of\s+(\S+(?:\s*(?:-|–|to)\s*\S+)?)/iu;
const SUBSTITUTE =
  /\b(?:substitute\s+(?:it\s+|them\s+)?(?:with\s+)?|swap\s+in\s+|replace\s+(?:it|them|the\s+\S+)\s+with\s+)([^,.;]+)/i;
const USE_END = /\s+(?:for|to|instead|if|so|because|which)\b/i;
const MILD_WORDS = /^(?:(?:milder|mild|sweeter|gentler|less spicy|some)\s+)+/i;

function classify(clause: string): SpiceAdjustment | undefined {
  const text = clause
    .replace(/^(?:or|and)\s+/i, "")
    .replace(/[.\s]+$/, "")
    .trim();
  if (text === "") return undefined;
  if (/\bon the side\b|\bseparately\b|\bat the table\b/i.test(text))
    return { kind: "on-the-side", text };
  if (/\bseeds?\b|\bmembranes?\b|\bde-?seed\w*|\bpith\b|\bribs\b/i.test(text))
    return { kind: "deseed", text };
  const count = FEWER_COUNT.exec(text);
  if (count) {
    const to = readAmount(count[1] ?? "");
    const from = readAmount(count[3] ?? "");
    if (to && from) {
      return { kind: "fewer", text, food: count[2] ?? "", from: from.quantity, to: to.quantity };
    }
  }
  const swap = SUBSTITUTE.exec(text);
  if (swap?.[1]) {
    const end = swap[1].search(USE_END);
    const use = (end >= 0 ? swap[1].slice(0, end) : swap[1]).replace(MILD_WORDS, "").trim();
    if (use) return { kind: "substitute", text, use };
  }
  if (
    /\b(?:fewer|cut back|halve|omit|leave out|skip)\b|\bless\s+(?=\S*chil|\S*pepper|hot sauce)/i.test(
      text,
    )
  ) {
    return { kind: "fewer", text };
  }
  if (/\b(?:add|use)\s+(?:more|extra)\b|\bincrease\b|\bdouble\b/i.test(text))
    return { kind: "more", text };
  return undefined;
}

/** What an FAQ entry says about making the dish milder or hotter; undefined when it says nothing. */
export function readSpice(
  question: string,
  answer: string,
  foods: readonly string[],
): Spice | undefined {
  if (!SPICE_QUESTION.test(question)) return undefined;
  const adjustments = splitSentences(answer)
    .flatMap((sentence) => sentence.split(CLAUSE_SPLIT))
    .map(classify)
    .filter((a): a is SpiceAdjustment => a !== undefined);
  const heatSources = foods.filter((food) => HEAT_SOURCE.test(food));
  if (adjustments.length === 0 && heatSources.length === 0) return undefined;
  return { heatSources, adjustments };
}
