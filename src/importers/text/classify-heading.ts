/** The part of a recipe a heading introduces, from the words authors use for it. The patterns
 *  are anchored so that a sentence merely containing "steps" or "notes" is not a heading. */
export type SectionKind =
  | "story"
  | "authorNotes"
  | "ingredients"
  | "steps"
  | "variations"
  | "pairings"
  | "faq"
  | "conclusion"
  | "storage"
  | "other";

const HEADINGS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    "faq",
    /\b(?:faqs?|frequently asked questions?|questions (?:and|&) answers|q ?(?:&|and) ?a|(?:common|your) questions)$/,
  ],
  [
    "ingredients",
    /^(?:the |main |recipe )?ingredients?(?: list)?\b|\bingredients$|^what (?:you(?:'ll| will)? |you )need\b|^you(?:'ll| will)? need\b|^shopping list$|^what's in (?:it|this)\b/,
  ],
  [
    "steps",
    /^(?:the )?(?:method|instructions?|directions?|steps?|preparation|procedure)\b|\b(?:method|instructions|directions)$|^how to (?:make|cook|prepare)\b|^let's (?:make|cook|get (?:cooking|started))\b|^(?:making|cooking) (?:it|this|the)\b|^step[- ]by[- ]step\b/,
  ],
  [
    "variations",
    /^variations?\b|\bvariations$|^switch (?:things|it) up\b|^(?:substitutions?|swaps|twists|make it your own|ways to (?:change|vary)|mix it up|customi[sz]\w*|adaptations?)\b/,
  ],
  [
    "pairings",
    /^pairings?\b|\bpairings?$|^(?:what to )?serve (?:it |this )?with\b|^serving (?:suggestions?|ideas)\b|^what to serve\b|^goes (?:well )?with\b|^to serve$/,
  ],
  [
    "conclusion",
    /^(?:in )?conclusion$|^final thoughts\b|^wrapping (?:it )?up\b|^in closing\b|^the bottom line\b|^enjoy!?$/,
  ],
  [
    "storage",
    /^(?:storage|storing|how to store|leftovers|make[- ]ahead|freezing|reheating)\b|\b(?:storage|leftovers)$/,
  ],
  [
    "authorNotes",
    /^why (?:i|we|you(?:'ll| will)?) (?:love|like|adore)\b|^why (?:this|it) (?:recipe )?works\b|^(?:recipe |cook's |chef's )?notes?$|^(?:top |expert |my )?tips?\b|^about (?:this|the) recipe\b|^before you (?:start|begin)\b/,
  ],
];

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[:.!]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The kind of section a heading's words announce, or undefined when they announce none. */
export function classifyHeading(text: string): SectionKind | undefined {
  const words = normaliseHeading(text);
  return HEADINGS.find(([, pattern]) => pattern.test(words))?.[0];
}
