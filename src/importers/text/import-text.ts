import { addFaqToSteps } from "../../domain/add-faq-to-steps.js";
import { readCuisine } from "../../domain/read-cuisine.js";
import { readFaq } from "../../domain/read-faq.js";
import { mergeStorage, readStorage } from "../../domain/read-storage.js";
import type { IngredientGroup, RecipeInput, StepGroup } from "../../domain/recipe.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import { type Importer, ImportIssueCode, type ImportSource } from "../importer.js";
import { classifyHeading } from "./classify-heading.js";
import { collectSections } from "./collect-sections.js";
import { findSections } from "./find-sections.js";
import { guessTitle, readTitleLine } from "./find-title.js";
import { readMetadata } from "./read-metadata.js";
import { readSteps } from "./read-steps.js";
import { splitLines } from "./split-lines.js";

/** Plain text → Recipe: a blog post copied as text, with no markup at all.
 *  Pipeline: lines (chrome dropped) → yield/time lines → title line → sections by heading and shape
 *  → each section read into its fields → FAQ read for swaps, storage, heat and step cues. */

function readMethods(
  methods: ReturnType<typeof collectSections>["methods"],
  ingredientGroups: readonly IngredientGroup[],
): StepGroup[] {
  return methods.flatMap(({ heading, lines }, i) => {
    const groups = readSteps(lines, ingredientGroups);
    const first = groups[0];
    // The first method heading is the section's title; later ones name their own group.
    if (i > 0 && heading !== undefined && first && first.title === undefined) first.title = heading;
    return groups;
  });
}

export function importText(source: ImportSource): Result<RecipeInput> {
  const { metadata, rest } = readMetadata(splitLines(source.text));
  const titleLine = readTitleLine(rest);
  const sections = findSections(titleLine === undefined ? rest : rest.slice(1));
  const found = collectSections(sections);
  const { ingredientGroups } = found;
  const hasIngredients = ingredientGroups.some((g) => g.ingredients.length > 0);
  const stepGroups = readMethods(found.methods, ingredientGroups);
  if (!hasIngredients && !stepGroups.some((g) => g.steps.length > 0)) {
    return fail(
      ImportIssueCode.NoRecipe,
      "no recipe found in the text: it has neither an ingredient list nor method steps",
    );
  }
  const foods = ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.food));
  const facts = readFaq(found.faq, foods);
  const storage = found.storage.reduce(
    (kept, { heading, text }) => mergeStorage(kept, readStorage(text, heading)),
    facts.storage,
  );
  const issues: Issue[] = [];
  let title = titleLine;
  if (title === undefined) {
    const prose = [
      ...found.conclusion,
      ...found.story,
      ...found.authorNotes,
      ...found.variations.map((v) => v.text),
      ...found.pairings.map((p) => p.text),
      ...found.faq.map((f) => f.answer),
    ];
    title = guessTitle(prose, foods);
    issues.push(
      issue(ImportIssueCode.TitleGuessed, `the text names no title; guessed "${title}"`, ["title"]),
    );
  }
  const recipe: RecipeInput = {
    title,
    slug: slugify(title) || "recipe",
    story: found.story,
    authorNotes: found.authorNotes,
    conclusion: found.conclusion,
    sectionTitles: found.sectionTitles,
    ingredientGroups,
    stepGroups: addFaqToSteps(stepGroups, found.faq),
    variations: found.variations,
    pairings: found.pairings,
    faq: found.faq,
    // Swaps an ingredient note states stay on that ingredient (`substitutes`); these are the FAQ's.
    substitutions: facts.substitutions,
    cuisine: readCuisine(title),
    ...(storage ? { storage } : {}),
    ...(facts.spice ? { spice: facts.spice } : {}),
    ...(metadata.yields ? { yields: metadata.yields } : {}),
    times: metadata.times,
    ...(source.url ? { source: { url: source.url } } : {}),
  };
  return ok(recipe, issues);
}

/** Recipe-like lines: a known ingredients or method heading, or two lines that start with amounts. */
function sniffText(source: ImportSource): number {
  if (!/\p{L}/u.test(source.text)) return 0;
  const lines = splitLines(source.text.slice(0, 200_000));
  const headed = lines.some((l) => {
    const kind = l.text.length <= 80 ? classifyHeading(l.text) : undefined;
    return kind === "ingredients" || kind === "steps";
  });
  const amounts = lines.filter((l) =>
    /^\d+(?:[./]\d+)?\s*(?:[-–]\s*\d+\s*)?[a-z]/i.test(l.text),
  ).length;
  return headed || amounts >= 2 ? 0.5 : 0.1;
}

export const textImporter: Importer = {
  id: "text",
  sniff: sniffText,
  importRecipe: importText,
};
