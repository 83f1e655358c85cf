import type { Heat } from "./recipe.js";

/** Stove heat in prose.
 *  Grammar: HEAT = LEVEL ("-" | " ") ("heat" | "flame") | "heat to" LEVEL | "turn(ed) down to" LEVEL
 *           LEVEL = low | medium-low | low-medium | medium | moderate | medium-high | med-high | high */
const LEVEL_SOURCE =
  "(medium[\\s-]+low|low[\\s-]+medium|med[\\s-]+low|medium[\\s-]+high|med[\\s-]+high|medium|moderate|low|high)";
const BEFORE_NOUN = new RegExp(`\\b${LEVEL_SOURCE}[\\s-]+(?:heat|flame)\\b`, "i");
const AFTER_VERB = new RegExp(
  `\\b(?:heat|flame)\\s+(?:down\\s+|up\\s+)?to\\s+${LEVEL_SOURCE}\\b`,
  "i",
);

function normalise(level: string): Heat {
  const words = level.toLowerCase().split(/[\s-]+/);
  if (words.length === 2) return words.includes("low") ? "medium-low" : "medium-high";
  const word = words[0];
  return word === "low" || word === "high" ? word : "medium";
}

/** The first heat level a text names: "over medium-high heat" → "medium-high". */
export function readHeat(text: string): Heat | undefined {
  const first = [BEFORE_NOUN.exec(text), AFTER_VERB.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  return first?.[1] === undefined ? undefined : normalise(first[1]);
}
