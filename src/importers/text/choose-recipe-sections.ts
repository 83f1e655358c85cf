import { readAmount } from "../../domain/read-amount.js";
import type { Section } from "./find-sections.js";
import type { Line } from "./split-lines.js";

/** The one recipe of a page that holds several lists. A copied web page often has an
 *  "Ingredients" explainer in its story ("all-purpose flour – I give more information below")
 *  and step-by-step photos before the recipe card that lists the same things with amounts.
 *  The recipe's ingredients are the run of ingredient sections that reads most like a list of
 *  amounts; its method is the run of method sections that follows them (or, failing that, the
 *  last one before them). Every other ingredient or method section becomes the author's
 *  notes, so nothing is lost. */

function startsWithAmount(line: Line): boolean {
  const amount = readAmount(line.text);
  return amount !== undefined && !amount.article;
}

function isShortItem(line: Line): boolean {
  return line.text.length <= 80 && !/[.!?]$/.test(line.text);
}

/** How much a section reads as an ingredient list: amounts count most, prose counts against,
 *  and short lines without amounts count only as far as lines with amounts vouch for them (a
 *  site's menu is a long list of short lines too). */
export function listScore(section: Section): number {
  let amounts = 0;
  let short = 0;
  let prose = 0;
  for (const line of section.lines) {
    if (startsWithAmount(line)) amounts++;
    else if (isShortItem(line)) short++;
    else prose++;
  }
  return 2 * amounts + 0.5 * Math.min(short, amounts + 2) - prose;
}

/** The indices [from, to) of the run of sections of `kind` around `at`. */
function runAround(
  sections: readonly Section[],
  at: number,
  kind: Section["kind"],
): [number, number] {
  let from = at;
  let to = at + 1;
  while (from > 0 && sections[from - 1]?.kind === kind) from--;
  while (to < sections.length && sections[to]?.kind === kind) to++;
  return [from, to];
}

const demote = (section: Section): Section => ({ ...section, kind: "other" });

export function chooseRecipeSections(sections: readonly Section[]): Section[] {
  const lists = sections.flatMap((s, i) => (s.kind === "ingredients" ? [i] : []));
  const methods = sections.flatMap((s, i) => (s.kind === "steps" ? [i] : []));
  if (lists.length <= 1 && methods.length <= 1) return [...sections];
  let best = lists[0];
  for (const i of lists) {
    // A later list wins a tie: the card comes after the story that introduces it.
    if (best === undefined || listScore(sections[i]!) >= listScore(sections[best]!)) best = i;
  }
  const [listFrom, listTo] =
    best === undefined
      ? [sections.length, sections.length]
      : runAround(sections, best, "ingredients");
  const after = methods.find((i) => i >= listTo);
  const method = after ?? methods.filter((i) => i < listFrom).at(-1);
  const [methodFrom, methodTo] =
    method === undefined ? [-1, -1] : runAround(sections, method, "steps");
  return sections.map((s, i) => {
    if (s.kind === "ingredients" && (i < listFrom || i >= listTo)) return demote(s);
    if (s.kind === "steps" && (i < methodFrom || i >= methodTo)) return demote(s);
    return s;
  });
}
