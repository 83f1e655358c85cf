import { addFaqToSteps } from "../../domain/add-faq-to-steps.js";
import { foldText } from "../../domain/fold-text.js";
import { readCuisine } from "../../domain/read-cuisine.js";
import { readFaq } from "../../domain/read-faq.js";
import { mergeStorage, readStorage } from "../../domain/read-storage.js";
import type { IngredientGroup, RecipeInput, StepGroup } from "../../domain/recipe.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import { type Importer, ImportIssueCode, type ImportSource } from "../importer.js";
import { chooseRecipeSections } from "./choose-recipe-sections.js";
import { classifyHeading } from "./classify-heading.js";
import { collectSections } from "./collect-sections.js";
import { findCardSpan } from "./find-card-span.js";
import { findPageTitle } from "./find-page-title.js";
import { findSections } from "./find-sections.js";
import { guessTitle, readLabelledTitle, readTitleLine } from "./find-title.js";
import { readMetadata } from "./read-metadata.js";
import { readSteps } from "./read-steps.js";
import { type Line, splitLines } from "./split-lines.js";

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

/** The recipe's title and the lines after it. A page's name is found by its shape and place
 *  (see findPageTitle); what comes before it is the site's navigation, and the recipe card's
 *  repeat of the name is no heading of the recipe's. */
function splitTitle(lines: readonly Line[]): { title?: string; body: readonly Line[] } {
  const labelled = readLabelledTitle(lines);
  if (labelled !== undefined) return { title: labelled, body: lines.slice(1) };
  const page = findPageTitle(lines, findCardSpan(lines));
  if (page) {
    const name = foldText(page.title);
    const body = lines.slice(page.index + 1).filter((l) => foldText(l.text) !== name);
    return { title: page.title, body };
  }
  const first = readTitleLine(lines);
  return first === undefined ? { body: lines } : { title: first, body: lines.slice(1) };
}

/** Lines read at most: a whole recipe page copied as text has about a thousand; the work per
 *  line stays bounded however long the input (a book pasted whole gets its first recipe). */
const MAX_LINES = 2000;
/** The model keeps at most this many paragraphs a field: a page's comments read as notes stop here. */
const MAX_PARAGRAPHS = 500;

export function importText(source: ImportSource): Result<RecipeInput> {
  const all = splitLines(source.text);
  const { metadata, rest } = readMetadata(all.slice(0, MAX_LINES));
  const { title: titleLine, body } = splitTitle(rest);
  const found = collectSections(chooseRecipeSections(findSections(body)));
  const { ingredientGroups } = found;
  // A list of bare numbers is no ingredient list: an ingredient names something.
  const hasIngredients = ingredientGroups.some((g) =>
    g.ingredients.some((i) => /\p{L}/u.test(i.text)),
  );
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
  const issues: Issue[] =
    all.length > MAX_LINES
      ? [
          issue(
            "TEXT_TRUNCATED",
            `the text has ${all.length} lines; only the first ${MAX_LINES} were read`,
          ),
        ]
      : [];
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
    // The name is told early if at all: a page's last paragraphs are not read for it.
    title = guessTitle(prose.slice(0, 200), foods);
    issues.push(
      issue(ImportIssueCode.TitleGuessed, `the text names no title; guessed "${title}"`, ["title"]),
    );
  }
  const kept = (field: "story" | "authorNotes" | "conclusion") => {
    const paragraphs = found[field];
    if (paragraphs.length <= MAX_PARAGRAPHS) return paragraphs;
    issues.push(
      issue(
        "TEXT_TRUNCATED",
        `${paragraphs.length} paragraphs of ${field}; kept the first ${MAX_PARAGRAPHS}`,
        [field],
      ),
    );
    return paragraphs.slice(0, MAX_PARAGRAPHS);
  };
  const recipe: RecipeInput = {
    title,
    slug: slugify(title) || "recipe",
    story: kept("story"),
    authorNotes: kept("authorNotes"),
    conclusion: kept("conclusion"),
    sectionTitles: found.sectionTitles,
    ingredientGroups,
    stepGroups: addFaqToSteps(stepGroups, found.faq),
    variations: found.variations,
    pairings: found.pairings,
    faq: found.faq,
    // Swaps an ingredient note states stay on that ingredient (`substitutes`); these are the FAQ's.
    substitutions: facts.substitutions,
    cuisine: readCuisine(title),
    equipment: found.equipment,
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
