import { findFoodMentions } from "../../domain/match-foods.js";
import { readStepText } from "../../domain/read-step-text.js";
import type { IngredientGroup, Step, StepGroup } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** A method section.
 *  Grammar: SECTION = (GROUP-HEADER | TITLE? STEP | CONTINUATION)*
 *           GROUP-HEADER = "For the …" or a line ending in ":" with nothing after it, before a marked line
 *           TITLE = a short, title-cased line without final punctuation, followed by a line that is not
 *                   one (the "- Create the Caramel Base" / "- Begin by melting…" shape), or a short
 *                   numbered label followed by unmarked text ("Step 1: Toast the spices")
 *           STEP = a marked line (bullet, number) or a paragraph
 *           CONTINUATION = an unmarked line after a marked step, in a list that uses markers. */
function isTitleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4);
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w));
  return long.length > 0 && capitalised.length * 2 > long.length;
}

function isShortLabel(line: Line | undefined): boolean {
  if (!line || line.text === "") return false;
  const text = line.text;
  return text.length <= 60 && text.split(/\s+/).length <= 8 && !/[.!?,;]$/.test(text);
}

/** A step's title: a short label that is title-cased or ends in ":", or a short numbered label
 *  ("Step 1: Toast the spices") whose text follows on unmarked lines. */
function isTitle(line: Line | undefined, next: Line | undefined): boolean {
  if (!line || !next || !isShortLabel(line)) return false;
  if (isTitleCased(line.text) || /:$/.test(line.text)) return !isShortLabel(next);
  return line.marker === "number" && next.marker === "none" && !isShortLabel(next);
}

function isGroupHeader(line: Line, next: Line | undefined): boolean {
  if (line.marker !== "none" || !next || next.marker === "none") return false;
  return /^[^:]{1,60}:$/.test(line.text) || /^for (?:the )?\p{L}[^.!?]{0,40}$/iu.test(line.text);
}

function buildStep(
  title: string | undefined,
  text: string,
  foods: readonly string[],
  places: ReadonlyArray<{ group: number; index: number }>,
): Step {
  const facts = readStepText(text);
  const mentioned = findFoodMentions(`${title ?? ""} ${text}`, foods);
  return {
    ...(title ? { title } : {}),
    text,
    ...facts,
    // The model keeps at most 200 references a step: a step naming more lists, not cooks.
    ingredientRefs: mentioned.slice(0, 200).flatMap((i) => (places[i] ? [places[i]] : [])),
  };
}

export function readSteps(
  lines: readonly Line[],
  ingredients: readonly IngredientGroup[],
): StepGroup[] {
  const places = ingredients.flatMap((g, group) =>
    g.ingredients.map((_, index) => ({ group, index })),
  );
  const foods = ingredients.flatMap((g) => g.ingredients.map((i) => i.food));
  const usesMarkers = lines.some((l) => l.marker === "bullet" || l.marker === "number");
  const drafts: Array<{ title?: string; steps: Array<{ title?: string; text: string }> }> = [
    { steps: [] },
  ];
  let pendingTitle: string | undefined;
  // After a title or a bare "Step 2" line, the next line starts a step of its own.
  let startsStep = false;
  let lastMarked = false;
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    const group = drafts[drafts.length - 1]!;
    if (isGroupHeader(line, next)) {
      drafts.push({ title: line.text.replace(/:$/, "").trim(), steps: [] });
      pendingTitle = undefined;
      continue;
    }
    if (line.text === "") {
      startsStep = true;
      continue;
    }
    if (pendingTitle === undefined && isTitle(line, next)) {
      pendingTitle = line.text.replace(/:$/, "").trim();
      startsStep = true;
      continue;
    }
    const previous = group.steps[group.steps.length - 1];
    if (previous && !startsStep && line.marker === "none" && usesMarkers && lastMarked) {
      previous.text = `${previous.text}\n\n${line.text}`;
      continue;
    }
    group.steps.push({ ...(pendingTitle ? { title: pendingTitle } : {}), text: line.text });
    pendingTitle = undefined;
    startsStep = false;
    lastMarked = line.marker !== "none";
  }
  if (pendingTitle !== undefined) drafts[drafts.length - 1]!.steps.push({ text: pendingTitle });
  return drafts
    .filter((g) => g.steps.length > 0)
    .map((g) => ({
      ...(g.title ? { title: g.title } : {}),
      steps: g.steps.map((s) => buildStep(s.title, s.text, foods, places)),
    }));
}
