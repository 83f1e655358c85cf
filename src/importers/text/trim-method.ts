import { readAmount } from "../../domain/read-amount.js";
import { isSentence } from "./list-score.js";
import type { Line } from "./split-lines.js";

/** A method section as a page's text gives it, trimmed to its steps. Without a heading to close
 *  it, a method runs on into the page: nutrition, tips, related recipes, a rating widget. Steps
 *  are sentences or, at least, instructions of several words; the page after them is a run of
 *  short labels ("Calories: 222", "Total fat: 20g", "More soup recipes"). And recipe cards that
 *  list under each step the ingredients it uses print them as one line of comma-joined items
 *  ("2 cups romaine,1 cup edamame"), which is no step.
 *  Grammar: METHOD = STEP* (RUN-ON PAGE*)?     RUN-ON = SHORT{3} with no sentence on the line
 *           after them     SHORT = at most four words without a sentence's final stop. */

export interface TrimmedMethod {
  readonly steps: readonly Line[];
  /** The lines after the method, and the step ingredient lines: the page's, kept as notes. */
  readonly rest: readonly string[];
}

const RUN_ON = 3;
const LOOK_AHEAD = 4;

const STOPPED = /[.!?]["'’”)]?$/u;

function isTitleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 3 >= long.length * 2;
}

/** A label, a link or a title: a few words, or a title-cased line, without a final stop. */
const isShort = (line: Line) =>
  !STOPPED.test(line.text) && (line.text.split(/\s+/).length <= 4 || isTitleCased(line.text));

/** "2 cups shredded romaine,1 cup edamame": items of the list, joined. */
function isStepIngredients(line: Line): boolean {
  if (STOPPED.test(line.text)) return false;
  const parts = line.text.split(/,\s*/);
  if (parts.length < 2 || readAmount(parts[0]!) === undefined) return false;
  const amounts = parts.filter((p) => readAmount(p) !== undefined).length;
  return amounts >= 2 && amounts * 2 >= parts.length;
}

/** The notices a blog prints after its card: they end a method. */
const NOTICE =
  /^(?:as an amazon associate|this post (?:may )?contains? affiliate|(?:this|our) (?:site|website|blog) (?:may )?contains? affiliate|sharing is caring|keywords?\b|disclosure\b|(?:take \d+ seconds and )?(?:join|follow) (?:us|me|the)\b.*\b(?:facebook|instagram|pinterest|newsletter|community))/i;

export function trimMethod(lines: readonly Line[]): TrimmedMethod {
  const rest: string[] = [];
  const steps: Line[] = [];
  let sentences = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isStepIngredients(line)) {
      rest.push(line.text);
      continue;
    }
    if (sentences > 0 && NOTICE.test(line.text)) {
      rest.push(...lines.slice(i).map((l) => l.text));
      break;
    }
    const run = lines.slice(i, i + RUN_ON);
    // A step's number and title between steps are short too: the method goes on if a sentence
    // follows soon.
    const after = lines.slice(i + RUN_ON, i + LOOK_AHEAD);
    if (sentences > 0 && run.length === RUN_ON && run.every(isShort) && !after.some(isSentence)) {
      // A title just before the run ("How to Make Lasagna: 10 Mistakes") is the page's too.
      let end = steps.length;
      while (end > 1 && !STOPPED.test(steps[end - 1]!.text) && isTitleCased(steps[end - 1]!.text))
        end--;
      rest.push(...steps.splice(end).map((l) => l.text), ...lines.slice(i).map((l) => l.text));
      break;
    }
    if (!isShort(line)) sentences++;
    steps.push(line);
  }
  return { steps, rest };
}
