/** Sensory done-signs in prose, kept in the author's words.
 *  Grammar: CUE = "until" PHRASE
 *               | "when" SUBJECT PHRASE            (PHRASE names a sense or state)
 *               | ("should" | "will" | "must") ("smell" | "look" | "sound" | "feel" | "taste" | "be") PHRASE
 *               | ("turns" | "becomes" | "transforms into" | "develops") PHRASE  (PHRASE names a sense)
 *               | ("listen" | "look" | "watch") ("for" | "to") PHRASE         (PHRASE names a sense)
 *           PHRASE runs to the end of its clause; "X and starts to Y" gives two cues. */
const SENSORY =
  /\b(?:amber|golden(?:-brown)?|brown(?:ed|s|ing)?|colou?r|translucent|opaque|pale|dark(?:en\w*)?|char(?:red)?|blister\w*|pink|glossy|shiny|sheen|thick(?:en\w*)?|syrupy|sticky|crisp[y]?|tender|soft(?:en\w*)?|smooth|firm|set|bubbl\w*|foam\w*|melt\w*|wilt\w*|puff\w*|risen|doubled|flak\w*|jiggl\w*|reduc\w*|fragrant|aromatic|aroma|smell\w*|scent\w*|toast\w*|nutty|sizzl\w*|crackl\w*|popping|hiss\w*|sputter\w*|steam\w*|coats?|cling\w*|cooked through|no longer pink|caramel)\b/i;

const TRIGGERS: ReadonlyArray<{ pattern: RegExp; needsSense: boolean }> = [
  { pattern: /\buntil\s+/gi, needsSense: false },
  { pattern: /\bwhen\s+(?:it|they|it's|they're)\s+/gi, needsSense: true },
  { pattern: /\bwhen\s+(?=(?:the|your|everything|all)\b)/gi, needsSense: true },
  {
    pattern: /\b(?:should|will|must|would)\s+(?=(?:smell|look|sound|feel|taste|be)\b)/gi,
    needsSense: true,
  },
  {
    pattern:
      /\b(?:transforms?|transformed|transforming)\s+into\s+|\b(?:develop|develops|developing)\s+/gi,
    needsSense: true,
  },
  { pattern: /\b(?:listen|look|watch)\s+(?:for|to)\s+/gi, needsSense: true },
];

/** Where a clause stops: punctuation, a dash, a new clause or a relative clause. */
const CLAUSE_END =
  /[.;:!?…()—–]|\s-\s|,\s*(?=(?:then|and then|about|around|approximately|roughly|or|but|so|which|while|stirring|tossing|adding|being|\d))|\s(?:then|but|so|before|because|which|that|about \d|for about|for \d|\d)\b/i;

/** Clauses that look like cues but are about time or serving, not the food. */
const NOT_A_CUE =
  /^(?:ready to serve|serving|needed|the next day|tomorrow|morning|later|time|you|i\b|we\b)/i;

/** Verbs that start a second sign in "turns amber and starts to bubble". */
const SECOND_SIGN =
  /\s+and\s+(?=(?:starts?|begins?|turns?|becomes?|smells?|looks?|sounds?|feels?|is|are|has|bubbles?|thickens?|coats?|releases?|pulls?|springs?|comes?)\b)/i;

const MAX_WORDS = 12;
/** The model keeps a cue of at most 500 characters; a clause running past that is no cue, and
 *  looking no further keeps a step of many triggers linear (each used to scan to the end). */
const MAX_CUE = 500;

function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + MAX_CUE + 1);
  const end = CLAUSE_END.exec(rest.slice(1));
  const clause = (end ? rest.slice(0, end.index + 1) : rest).trim().replace(/[,\s]+$/, "");
  return clause.length > MAX_CUE ? "" : clause;
}

function normalise(cue: string): string {
  return cue
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Adds cues, keeping the longer wording when one cue contains another. */
export function mergeCues(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  for (const cue of added) {
    const key = normalise(cue);
    if (key === "") continue;
    if (out.some((c) => normalise(c).includes(key))) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      if (key.includes(normalise(out[i] ?? ""))) out.splice(i, 1);
    }
    out.push(cue);
  }
  return out;
}

/** The sensory signs a text gives that something is done: "until fragrant" → "fragrant". */
export function readCues(text: string): string[] {
  const found: Array<{ at: number; cue: string }> = [];
  for (const { pattern, needsSense } of TRIGGERS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index + match[0].length;
      const clause = clauseAfter(text, at);
      if (clause === "" || NOT_A_CUE.test(clause)) continue;
      if (needsSense && !SENSORY.test(clause)) continue;
      if (clause.split(/\s+/).length > MAX_WORDS) continue;
      for (const part of clause.split(SECOND_SIGN)) {
        const cue = part.trim();
        if (cue) found.push({ at, cue });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  // Merging compares every pair: the first 200 signs are more than any step gives.
  return mergeCues(
    [],
    found.slice(0, 200).map((f) => f.cue),
  );
}
