import { readSpice } from "./read-spice.js";
import { isAboutStorage, mergeStorage, readStorage } from "./read-storage.js";
import { readSubstitution } from "./read-substitution.js";
import type { Faq, Spice, Storage, Substitution } from "./recipe.js";

export interface FaqFacts {
  substitutions: Substitution[];
  storage?: Storage;
  spice?: Spice;
}

/** What an FAQ states as structure: swaps, how to keep the dish, how to change its heat.
 *  The entries themselves stay in `faq`; this only adds what they say to the model. */
export function readFaq(faq: readonly Faq[], foods: readonly string[]): FaqFacts {
  const substitutions: Substitution[] = [];
  let storage: Storage | undefined;
  let spice: Spice | undefined;
  for (const { question, answer } of faq) {
    const substitution = readSubstitution(question, answer, foods);
    if (substitution) substitutions.push(substitution);
    if (isAboutStorage(question)) storage = mergeStorage(storage, readStorage(answer, question));
    const heat = readSpice(question, answer, foods);
    if (heat && !spice) spice = heat;
    else if (heat && spice) {
      spice = {
        heatSources: [...new Set([...spice.heatSources, ...heat.heatSources])],
        adjustments: [...spice.adjustments, ...heat.adjustments],
      };
    }
  }
  return {
    substitutions,
    ...(storage ? { storage } : {}),
    ...(spice ? { spice } : {}),
  };
}
