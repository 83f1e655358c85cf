import { isAboutStorage } from "../../domain/read-storage.js";
import type { Faq, IngredientGroup, Pairing, Recipe, Variation } from "../../domain/recipe.js";
import type { Section } from "./find-sections.js";
import { readFaqSection } from "./read-faq-section.js";
import { readIngredients } from "./read-ingredients.js";
import type { Line } from "./split-lines.js";
import { trimMethod } from "./trim-method.js";

/** Sections sorted into the recipe's prose fields. Method sections are kept as lines because their
 *  steps refer to ingredients, which are only known once every section has been read. */
export interface CollectedSections {
  story: string[];
  authorNotes: string[];
  conclusion: string[];
  sectionTitles: Recipe["sectionTitles"];
  ingredientGroups: IngredientGroup[];
  methods: Array<{ heading?: string; lines: readonly Line[] }>;
  variations: Variation[];
  pairings: Pairing[];
  faq: Faq[];
  equipment: string[];
  /** Storage sections: their heading and text, read for `storage` by the caller. */
  storage: Array<{ heading: string; text: string }>;
}

const TITLED = /^([^:]{1,50}):\s+(\S.*)$/;

function readVariation(text: string): Variation {
  const titled = TITLED.exec(text);
  if (titled?.[1] && titled[2] && titled[1].split(/\s+/).length <= 5) {
    return { title: titled[1].trim(), text: titled[2].trim() };
  }
  return { text };
}

const RECOGNISED = new Set([
  "authorNotes",
  "ingredients",
  "steps",
  "variations",
  "pairings",
  "faq",
  "conclusion",
  "storage",
]);

export function collectSections(sections: readonly Section[]): CollectedSections {
  const out: CollectedSections = {
    story: [],
    authorNotes: [],
    conclusion: [],
    sectionTitles: {},
    ingredientGroups: [],
    methods: [],
    variations: [],
    pairings: [],
    faq: [],
    equipment: [],
    storage: [],
  };
  const setTitle = (key: keyof Recipe["sectionTitles"], heading: string | undefined) => {
    if (heading !== undefined && out.sectionTitles[key] === undefined)
      out.sectionTitles[key] = heading;
  };
  const firstRecognised = sections.findIndex((s) => RECOGNISED.has(s.kind));
  // Headings with no slot of their own stay in the prose, so no words of the author are lost.
  const noteHeading = (heading: string | undefined) => {
    if (heading === undefined) return;
    if (out.sectionTitles.authorNotes === undefined) out.sectionTitles.authorNotes = heading;
    else out.authorNotes.push(heading);
  };
  for (const [i, section] of sections.entries()) {
    const texts = section.lines.map((l) => l.text).filter((t) => t !== "");
    const { heading } = section;
    switch (section.kind) {
      case "story":
      case "other":
        if (firstRecognised < 0 || i < firstRecognised) {
          out.story.push(...(heading === undefined ? [] : [heading]), ...texts);
        } else {
          noteHeading(heading);
          out.authorNotes.push(...texts);
        }
        break;
      case "authorNotes":
        noteHeading(heading);
        out.authorNotes.push(...texts);
        // Notes often say how to keep the dish; that belongs in `storage` too.
        if (isAboutStorage(texts.join(" ")))
          out.storage.push({ heading: heading ?? "", text: texts.join("\n") });
        break;
      case "storage":
        noteHeading(heading);
        out.authorNotes.push(...texts);
        out.storage.push({ heading: heading ?? "", text: texts.join("\n") });
        break;
      case "ingredients": {
        const { groups, notes } = readIngredients(section.lines);
        const first = groups[0];
        if (out.sectionTitles.ingredients === undefined) setTitle("ingredients", heading);
        else if (heading !== undefined && first && first.title === undefined) first.title = heading;
        out.ingredientGroups.push(...groups);
        out.authorNotes.push(...notes);
        break;
      }
      case "steps": {
        setTitle("steps", heading);
        const { steps, rest } = trimMethod(section.lines);
        out.methods.push({ ...(heading === undefined ? {} : { heading }), lines: steps });
        out.authorNotes.push(...rest);
        break;
      }
      case "variations":
        setTitle("variations", heading);
        out.variations.push(...texts.map(readVariation));
        break;
      case "pairings":
        setTitle("pairings", heading);
        out.pairings.push(...texts.map((text) => ({ text })));
        break;
      case "faq": {
        setTitle("faq", heading);
        const { faq, notes } = readFaqSection(section.lines);
        out.faq.push(...faq);
        out.authorNotes.push(...notes);
        break;
      }
      case "conclusion":
        setTitle("conclusion", heading);
        out.conclusion.push(...texts);
        break;
      case "equipment":
        // Bounded as the model bounds it: a mislabelled page block must not sink the recipe.
        out.equipment.push(
          ...texts.filter((t) => t.length <= 200).slice(0, 100 - out.equipment.length),
        );
        break;
      case "nutrition":
        out.authorNotes.push(...(heading === undefined ? [] : [heading]), ...texts);
        break;
      case "end":
        // Comments, reviews and links to other recipes: the page's, not the recipe's.
        break;
    }
  }
  return out;
}
