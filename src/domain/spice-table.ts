/** What to do with a heat source at each spice level when the recipe itself does not say, as data.
 *  `pattern` finds the kind of heat in an ingredient's name; `mild`/`hot` scale its amount
 *  (counts never below one), remove the seeds and membranes (where the capsaicin is) and serve
 *  the rest on the side. Medium is the recipe as written. */
export interface SpiceRule {
  readonly kind: "fresh" | "dried" | "sauce";
  readonly pattern: RegExp;
  readonly mild: {
    readonly factor: number;
    readonly deseed?: boolean;
    readonly onTheSide?: boolean;
  };
  readonly hot: { readonly factor: number };
  readonly source: string;
}

const MCGEE = "Harold McGee, On Food and Cooking, rev. ed. (Scribner, 2004), “Chilli peppers”";
const JOACHIM = "David Joachim, The Food Substitutions Bible, 2nd ed. (Robert Rose, 2010)";

/** Tried in order: "chili flakes" is dried before "chili" is fresh. */
export const SPICE_TABLE: readonly SpiceRule[] = [
  {
    kind: "dried",
    pattern:
      /\b(?:cayenne|chil(?:i|e|li)\s+(?:powder|flakes)|(?:red\s+)?pepper\s+flakes|gochugaru|hot\s+paprika|piment d'espelette)\b/i,
    mild: { factor: 0.5 },
    hot: { factor: 1.5 },
    source: JOACHIM,
  },
  {
    kind: "sauce",
    pattern:
      /\b(?:sriracha|hot sauce|sambal(?: oelek)?|gochujang|harissa|chil(?:i|e|li)\s+(?:paste|oil|sauce)|tabasco)\b/i,
    mild: { factor: 0.5, onTheSide: true },
    hot: { factor: 1.5 },
    source: JOACHIM,
  },
  {
    kind: "fresh",
    pattern:
      /\b(?:chil(?:i|e|li)(?:e?s)?|jalape[nñ]os?|serranos?|habaneros?|scotch bonnets?|bird'?s[ -]eye|(?:thai|hot)\s+peppers?|chipotles?)\b/i,
    mild: { factor: 0.5, deseed: true, onTheSide: true },
    hot: { factor: 1.5 },
    source: MCGEE,
  },
];

/** The rule for a food, or undefined when it carries no heat. */
export function spiceRuleOf(food: string): SpiceRule | undefined {
  return SPICE_TABLE.find((rule) => rule.pattern.test(food));
}
