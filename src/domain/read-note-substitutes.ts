/** Alternatives an ingredient's note states.
 *  Grammar: SUB = "or substitute" "with"? FOODS | "or use" FOODS | FOODS ("work"|"works") ("too" |
 *           "perfectly" | "well" | "fine" | "just as well" | "as well")
 *           FOODS = FOOD (("," | "or") FOOD)*; FOOD is at most five words and ends its clause. */
const PATTERNS: readonly RegExp[] = [
  /\bor\s+substitute\s+(?:it\s+|them\s+)?(?:with\s+)?([^.;:!?]+)/gi,
  /\bor\s+use\s+([^.;:!?]+)/gi,
  /(?:^|[.;!?]\s+|,\s+)([^.;:!?,]+?)\s+works?\s+(?:too|perfectly|well|fine|great|just as well|as well)\b/gi,
];

const PHRASE_END = /\s+(?:for|if|in|to|instead|when|because|as|but|which|so)\b|,/i;
const NOT_FOOD = /^(?:it|this|that|they|them|either|both|each|any|anything|everything|all)$/i;

/** Splits "chicken, turkey or beef" into its foods, trimmed of leading articles. */
export function splitAlternatives(phrase: string): string[] {
  return phrase
    .split(/\s*,\s*(?:or\s+)?|\s+or\s+/i)
    .map((p) => p.replace(/^(?:a|an|some|the)\s+/i, "").trim())
    .filter((p) => p !== "" && !NOT_FOOD.test(p) && p.split(/\s+/).length <= 5);
}

export function readNoteSubstitutes(note: string): Array<{ food: string }> {
  const found: Array<{ at: number; food: string }> = [];
  for (const pattern of PATTERNS) {
    for (const match of note.matchAll(pattern)) {
      const captured = match[1] ?? "";
      const end = pattern === PATTERNS[2] ? -1 : captured.search(PHRASE_END);
      const phrase = end >= 0 ? captured.slice(0, end) : captured;
      const atSentenceStart = /^\s*$|[.!?]\s*$/.test(note.slice(0, note.indexOf(phrase)));
      for (const [i, food] of splitAlternatives(phrase).entries()) {
        // A capital that only starts the sentence is not part of the food's name.
        const plain =
          i === 0 && atSentenceStart && /^\p{Lu}\p{Ll}/u.test(food)
            ? food[0]!.toLowerCase() + food.slice(1)
            : food;
        found.push({ at: match.index, food: plain });
      }
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter(({ food }) => !seen.has(food.toLowerCase()) && seen.add(food.toLowerCase()))
    .map(({ food }) => ({ food }));
}
