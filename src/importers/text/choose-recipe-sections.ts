import type { Section } from "./find-sections.js";
import { isSentence, listScore, readsAsList, startsWithAmount } from "./list-score.js";

/** The one recipe of a page that holds several lists. A copied web page often has an
 *  "Ingredients" explainer in its story ("all-purpose flour – I give more information below")
 *  and step-by-step photos before the recipe card that lists the same things with amounts.
 *  The recipe's ingredients are the run of ingredient sections that reads most like a list of
 *  amounts; its method is the run of method sections that follows them (or, failing that, the
 *  last one before them). A method under no heading of a known word is the prose right after
 *  the list: sentences ending the list's own section, or the section that follows it. Every
 *  other ingredient or method section becomes the author's notes, so nothing is lost. */

/** The indices [from, to) of the run of sections of `kind` around `at`. */
function runAround(
  sections: readonly Section[],
  at: number,
  kind: Section["kind"],
): [number, number] {
  const joins = (s: Section | undefined) =>
    s?.kind === kind && (kind !== "ingredients" || readsAsList(s.lines));
  let from = at;
  let to = at + 1;
  while (from > 0 && joins(sections[from - 1])) from--;
  while (to < sections.length && joins(sections[to])) to++;
  return [from, to];
}

const demote = (section: Section): Section => ({ ...section, kind: "other" });

/** The section right after the list when it reads as a method: its lines are sentences. */
function methodAfter(sections: readonly Section[], at: number): number | undefined {
  const next = sections[at];
  if (next === undefined || (next.kind !== "other" && next.kind !== "story")) return undefined;
  const lines = next.lines.filter((l) => l.text !== "");
  const sentences = lines.filter(isSentence).length;
  return sentences >= 1 && sentences * 2 >= lines.length ? at : undefined;
}

/** A list section that ends in sentences holds its method too: [the list, the method]. */
function splitTrailingMethod(section: Section): [Section, Section] | undefined {
  const { lines } = section;
  let from = lines.length;
  while (from > 0 && isSentence(lines[from - 1]!) && !startsWithAmount(lines[from - 1]!)) from--;
  if (from === lines.length || from < 2) return undefined;
  // Line j of a section sits at start + j (+ 1 past its heading) in the post.
  const offset = section.start + (section.heading === undefined ? 0 : 1);
  return [
    { ...section, lines: lines.slice(0, from) },
    { kind: "steps", lines: lines.slice(from), start: offset + from },
  ];
}

export function chooseRecipeSections(found: readonly Section[]): Section[] {
  let sections = [...found];
  const lists = sections.flatMap((s, i) => (s.kind === "ingredients" ? [i] : []));
  const methods = sections.flatMap((s, i) => (s.kind === "steps" ? [i] : []));
  if (lists.length === 0 || (lists.length === 1 && methods.length === 1)) return sections;
  let best = lists[0]!;
  for (const i of lists) {
    // A later list wins a tie: the card comes after the story that introduces it.
    if (listScore(sections[i]!.lines) >= listScore(sections[best]!.lines)) best = i;
  }
  const [listFrom, listTo] = runAround(sections, best, "ingredients");
  // A method heading over nothing (a tab's label, a menu's link) gives way to a later one.
  const held = (i: number) => sections[i]!.lines.some((l) => l.text !== "");
  const after = methods.find((i) => i >= listTo && held(i)) ?? methods.find((i) => i >= listTo);
  if (after === undefined) {
    // A method without a heading of a known word ("Here's how to make it:", or none at all) is
    // the prose that follows the list, in its section or in the next.
    const split = splitTrailingMethod(sections[listTo - 1]!);
    if (split) sections = [...sections.slice(0, listTo - 1), ...split, ...sections.slice(listTo)];
    const untitled = split ? listTo : methodAfter(sections, listTo);
    if (untitled !== undefined) {
      return sections.map((s, i) => {
        if (i === untitled) return { ...s, kind: "steps" };
        if (s.kind === "ingredients" && (i < listFrom || i >= listTo)) return demote(s);
        return s.kind === "steps" ? demote(s) : s;
      });
    }
  }
  const method = after ?? methods.filter((i) => i < listFrom).at(-1);
  const [methodFrom, methodTo] =
    method === undefined ? [-1, -1] : runAround(sections, method, "steps");
  return sections.map((s, i) => {
    if (s.kind === "ingredients" && (i < listFrom || i >= listTo)) return demote(s);
    if (s.kind === "steps" && (i < methodFrom || i >= methodTo)) return demote(s);
    return s;
  });
}
