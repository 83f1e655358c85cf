import type { AnyNode } from "domhandler";
import { readDuration } from "../../domain/read-timers.js";
import { readYields } from "../../domain/read-yields.js";
import { cleanLines } from "../clean-text.js";
import { readVisibleText } from "../read-visible-text.js";
import { isChrome, readRecipeRegionRoots } from "./read-recipe-region.js";

/** Yields and times a page prints as labelled lines beside a recipe that has no markup for them
 *  ("Servings: 4", "Prep Time: 5 minutes", "TOTAL TIME: 1 Hr").
 *  Grammar: FACT = YIELDS (see readYields) | TIME-LABEL ([:=|] DURATION | DIGIT…), on one line or with
 *           the label alone on the line before the value
 *           TIME-LABEL = (prep | preparation | cook | cooking | bake | total) " time"? | "ready in"
 *                      | "time" " required"? | the same labels in German, Dutch, French, Italian,
 *                        Spanish and Portuguese ("Totale tijd", "Temps de cuisson", "Gesamtzeit")
 *  The first of each kind wins; the lines are searched no further than MAX_LINES. */

export interface LabelledFacts {
  yields?: string;
  prepTime?: string;
  cookTime?: string;
  totalTime?: string;
}

const MAX_LINES = 600;
const MAX_CHARS = 60_000;
/** Each kind's labels; a bare "Time" is the whole time. */
const PREP = String.raw`prep(?:aration)?(?:\s+time)?|zubereitungszeit|vorbereitungszeit|arbeitszeit|voorbereidingstijd|bereidingstijd|temps\s+de\s+pr[ée]paration|tempo\s+di\s+preparazione|tiempo\s+de\s+preparaci[óo]n|tempo\s+de\s+prepar[oa](?:ção)?`;
const COOK = String.raw`(?:cook(?:ing)?|bak(?:e|ing))(?:\s+time)?|kochzeit|garzeit|backzeit|kooktijd|baktijd|temps\s+de\s+cuisson|tempo\s+di\s+cottura|tiempo\s+de\s+cocci[óo]n|tempo\s+de\s+cozimento`;
const TOTAL = String.raw`total(?:\s+time)?|ready\s+in|time(?:\s+required)?|gesamtzeit|totale\s+tijd|temps\s+total|tempo\s+totale|tiempo\s+total|tempo\s+total`;
// The label is a whole word: "Total" does not open "Totale tijd".
// A label ends at its colon ("Prep time = 10 mins", "Cook time | 35 min" alike); without one it
// is a label only before a figure ("Total Time 20 min", "Bake ca. 1 h"): "Bake for 30 minutes."
// is a step.
const TIME_LABEL = new RegExp(
  `^(${PREP}|${COOK}|${TOTAL})(?!\\p{L})\\s*(?:[:=|]\\s*(.{1,40})|((?:ca\\.|about|approx\\.|circa|etwa|environ|ongeveer)?\\s*\\d.{0,30}))$`,
  "iu",
);
const PREP_LABEL = new RegExp(`^(?:${PREP})$`, "i");
const TOTAL_LABEL = new RegExp(`^(?:${TOTAL})$`, "i");

function keyOf(label: string): "prepTime" | "cookTime" | "totalTime" {
  const l = label.replace(/\s+/g, " ");
  if (PREP_LABEL.test(l)) return "prepTime";
  return TOTAL_LABEL.test(l) ? "totalTime" : "cookTime";
}

/** A label on its own line ("Total Time:", "Yield:"): its value is the next line (or the one
 *  before, see valuesComeFirst). */
const BARE_LABEL = new RegExp(
  `^(?:${PREP}|${COOK}|${TOTAL}|yields?|servings|serves|makes)\\s*:?$`,
  "i",
);
const YIELD_LABEL = /^(?:yields?|servings|serves|makes)\s*:?$/i;

/** "Servings" with "4", "Cook Time" with "5 min": a value that fits its label's kind. */
function fits(label: string, value: string | undefined): value is string {
  if (value === undefined || value.length > 30 || BARE_LABEL.test(value)) return false;
  // "Prep: 10 min" is a labelled line of its own, no other label's value.
  if (/^\p{L}[^:]*:/u.test(value)) return false;
  const joined = `${label.replace(/:$/, "")}: ${value}`;
  return YIELD_LABEL.test(label)
    ? readYields(joined) !== undefined && readDuration(value) === undefined
    : readDuration(value) !== undefined;
}

/** Stat boxes print a big value above its small label ("10 min", "Prep Time"); a page does so
 *  throughout. Told by its bare labels: two or more whose value fits only on the line before,
 *  none whose value fits only on the line after. */
function valuesComeFirst(lines: readonly string[]): boolean {
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!BARE_LABEL.test(lines[i]!)) continue;
    const next = fits(lines[i]!, lines[i + 1]);
    const previous = fits(lines[i]!, lines[i - 1]);
    if (next && !previous) return false;
    if (previous && !next) before++;
  }
  return before >= 2;
}

/** Columns a table's header row may have beside its labels ("Serving Size"), at most. */
const MAX_COLUMNS = 8;
const isColumnName = (line: string | undefined) =>
  line !== undefined && line.length <= 30 && !/\d/.test(line);

/** A table row's pairs: each bare label among `header` with the value in its column of the
 *  row after it; undefined unless two or more labels are there and every one fits its value. */
function pairColumns(lines: readonly string[], start: number, end: number): string[] | undefined {
  const columns = end - start;
  const pairs: string[] = [];
  for (let c = 0; c < columns; c++) {
    const label = lines[start + c]!;
    if (!BARE_LABEL.test(label)) continue;
    const value = lines[end + c];
    if (!fits(label, value)) return undefined;
    pairs.push(`${label.replace(/:$/, "")}: ${value}`);
  }
  return pairs.length >= 2 ? pairs : undefined;
}

/** A table's row of labels over its row of values ("Prep time", "Cook time", "Yields" then
 *  "15 minutes", "0 minutes", "4 servings"): each label takes the value in its column. The row
 *  may open with other column names ("Difficulty"): the header starts where every label then
 *  fits its value, tried from the first label back. Other lines stay as they are. */
function pairTableRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(BARE_LABEL.test(lines[i]!) && BARE_LABEL.test(lines[i + 1] ?? ""))) {
      out.push(lines[i]!);
      continue;
    }
    let end = i + 2;
    while (end - i < MAX_COLUMNS && isColumnName(lines[end])) end++;
    let found: { start: number; pairs: string[] } | undefined;
    for (let start = i; !found && start >= 0 && end - start <= MAX_COLUMNS; start--) {
      if (start < i && !isColumnName(lines[start])) break;
      const pairs = pairColumns(lines, start, end);
      if (pairs) found = { start, pairs };
    }
    if (!found) {
      out.push(lines[i]!);
      continue;
    }
    out.splice(out.length - (i - found.start), i - found.start, ...found.pairs);
    i = end + (end - found.start) - 1;
  }
  return out;
}

export function readLabelledFacts(all: readonly string[]): LabelledFacts {
  const facts: LabelledFacts = {};
  const head = pairTableRows(all.slice(0, MAX_LINES));
  const step = valuesComeFirst(head) ? -1 : 1;
  const lines = head.map((line, i, list) => {
    const value = list[i + step];
    return BARE_LABEL.test(line) && value !== undefined && value.length <= 30
      ? `${line.replace(/:$/, "")}: ${value}`
      : line;
  });
  for (const line of lines) {
    if (line.length > 60) continue;
    if (facts.yields === undefined && readYields(line)) {
      facts.yields = line;
      continue;
    }
    const time = TIME_LABEL.exec(line);
    const value = time?.[2] ?? time?.[3];
    if (!time?.[1] || !value || !readDuration(value)) continue;
    facts[keyOf(time[1])] ??= value;
  }
  return facts;
}

/** The facts the recipe's region of a page (see readRecipeRegionRoots) prints near its start. */
export const readRegionFacts = (roots: AnyNode[]): LabelledFacts =>
  readLabelledFacts(
    cleanLines(readVisibleText(readRecipeRegionRoots(roots), { skip: isChrome, limit: MAX_CHARS })),
  );
