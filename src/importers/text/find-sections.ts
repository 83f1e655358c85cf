import { type Amount, readAmount } from "../../domain/read-amount.js";
import { classifyHeading, normaliseHeading, type SectionKind } from "./classify-heading.js";
import { isSentence, listScore, readsAsList } from "./list-score.js";
import type { Line } from "./split-lines.js";

/** The sections of a post.
 *  Grammar: POST = PREAMBLE SECTION*     SECTION = HEADING LINE*
 *           HEADING = a "#" line | a line whose words name a known section | (outside ingredient
 *           lists and method steps) a short capitalised line without final punctuation that is
 *           followed by more text (in a list: by a sentence, or a numbered one).
 *  A post without an ingredients heading over a list (a menu's "Ingredients" link is none) may
 *  have one under a word for what it needs ("Benodigdheden") over measured lines, or by shape:
 *  two lines starting with amounts open an ingredient list, which a sentence or a numbered line
 *  closes. A run of numbered lines is a method, and after the story a lone question line
 *  followed by its answer opens an FAQ. */
export interface Section {
  readonly kind: SectionKind;
  readonly heading?: string;
  readonly lines: readonly Line[];
  /** Index of the section's first line (its heading when it has one) in the post's lines. */
  readonly start: number;
}

const MAX_HEADING_WORDS = 10;

/** A short, capitalised line without final punctuation, followed by more text. */
export function hasHeadingShape(
  line: Line,
  next: Line | undefined,
  amountOf: () => Amount | undefined = () => readAmount(line.text),
): boolean {
  if (line.marker === "heading") return true;
  if (line.marker !== "none" || next === undefined) return false;
  const text = line.text;
  if (text.length > 70 || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.!?,;…"”]$/u.test(text) || /:\s+\S/.test(text)) return false;
  if (!/^[\p{Lu}\d'‘"“]/u.test(text)) return false;
  const amount = amountOf();
  return amount === undefined || amount.article;
}

/** What each line reads as, read once however often the scans ask. */
interface LineReads {
  amount(i: number): Amount | undefined;
  heading(i: number): SectionKind | undefined;
}

function readLines(lines: readonly Line[]): LineReads {
  const amounts: Array<Amount | null | undefined> = [];
  const headings: Array<SectionKind | null | undefined> = [];
  return {
    amount(i) {
      if (amounts[i] === undefined) amounts[i] = readAmount(lines[i]?.text ?? "") ?? null;
      return amounts[i] ?? undefined;
    },
    heading(i) {
      if (headings[i] === undefined) headings[i] = classifyHeading(lines[i]?.text ?? "") ?? null;
      return headings[i] ?? undefined;
    },
  };
}

function headingKind(
  lines: readonly Line[],
  i: number,
  current: SectionKind,
  reads: LineReads,
): SectionKind | undefined {
  const line = lines[i]!;
  const next = lines[i + 1];
  const known = next === undefined ? undefined : reads.heading(i);
  // "Did you make this recipe?" closes a recipe though it is a question.
  const punctuated = known !== "end" && /[.?]$/.test(line.text);
  if (known && (line.marker === "none" || line.marker === "heading") && !punctuated) {
    // "To serve:" over measured items is a group of the list, not the recipe's pairings.
    const served = known === "pairings" && current === "ingredients";
    // "To serve" over short unmeasured items ("chopped parsley") names the list's last group too,
    // as it does over any line a card marks as an item (a checkbox), however long.
    const item = (l: Line) =>
      l.marker === "bullet" || (l.text.length <= 60 && !/[.!?]$/.test(l.text));
    const toServe = /^(?:to serve|for serving)$/.test(normaliseHeading(line.text));
    // "Serve with sauce (in notes)" over the method's heading heads nothing: the list's last item.
    if (
      served &&
      next !== undefined &&
      (looksLikeIngredient(next, reads.amount(i + 1)) ||
        (toServe && item(next)) ||
        reads.heading(i + 1) !== undefined)
    ) {
      return undefined;
    }
    if (line.text.split(/\s+/).length <= MAX_HEADING_WORDS) return known;
  }
  // Comments and links to other recipes run until a heading of the recipe's own.
  if (current === "end") return undefined;
  if (!hasHeadingShape(line, next, () => reads.amount(i))) return undefined;
  if (line.marker === "heading") return "other";
  if (current === "steps") return undefined;
  // In a list, a short line is usually an ingredient ("Salt"); it heads a new section only when
  // prose follows it, or a numbered step ("Cook the porridge" / "1- In a small pan, …").
  if (current === "ingredients") {
    const prose = next?.marker === "none" || next?.marker === "number";
    return prose && /[.!?]$/.test(next!.text) && reads.amount(i + 1) === undefined
      ? "other"
      : undefined;
  }
  return "other";
}

function looksLikeIngredient(line: Line, amount: Amount | undefined): boolean {
  return (
    amount !== undefined &&
    !amount.article &&
    line.text.length <= 80 &&
    !/\.$/.test(line.text) &&
    line.marker !== "number"
  );
}

/** Splits a run of lines matching `shape` (at least two long) out of an untitled section. */
function carve(sections: Section[], kind: SectionKind, shape: (line: Line) => boolean): Section[] {
  if (sections.some((s) => s.kind === kind)) return sections;
  for (const [i, section] of sections.entries()) {
    if (section.kind !== "story" && section.kind !== "other") continue;
    const next = (j: number) => section.lines[j + 1];
    const start = section.lines.findIndex((line, j) => {
      const following = next(j);
      return following !== undefined && shape(line) && shape(following);
    });
    if (start < 0) continue;
    let end = start;
    while (end < section.lines.length && shape(section.lines[end]!)) end++;
    // Line j of a section sits at start + j (+ 1 past its heading) in the post.
    const offset = section.start + (section.heading === undefined ? 0 : 1);
    const before: Section = { ...section, lines: section.lines.slice(0, start) };
    const run: Section = { kind, lines: section.lines.slice(start, end), start: offset + start };
    const after: Section = {
      kind: section.kind,
      lines: section.lines.slice(end),
      start: offset + end,
    };
    const parts = [before, run, after].filter((s) => s.lines.length > 0 || s.heading !== undefined);
    return [...sections.slice(0, i), ...parts, ...sections.slice(i + 1)];
  }
  return sections;
}

/** A list found by its amounts may open with items that have none ("The thick end of 3 carrots",
 *  "Orange juice (fresh is best)") straight above its first measured line: at most two short
 *  lines without final punctuation or a label, the first of them after a blank or a label. */
function unmeasuredItemsBefore(lines: readonly Line[]): number {
  let n = 0;
  for (let j = lines.length - 1; j >= 0 && n < 2; j--) {
    const line = lines[j]!;
    const item =
      line.marker === "none" &&
      line.text.length <= 90 &&
      /^\p{L}/u.test(line.text) &&
      !/[.!?:;,"”]$/u.test(line.text) &&
      !line.text.includes(":") &&
      classifyHeading(line.text) === undefined;
    if (!item) break;
    n++;
    if (line.blankBefore) break;
  }
  const above = lines[lines.length - n - 1];
  const bounded =
    n > 0 && (lines[lines.length - n]!.blankBefore || (above?.text.includes(":") ?? true));
  return bounded ? n : 0;
}

/** A lone question line answered by the next line, after the story: an FAQ without a heading. */
function isLooseQuestion(line: Line, next: Line | undefined, current: SectionKind): boolean {
  if (current === "story" || current === "faq" || !next || next.text.endsWith("?")) return false;
  if (line.marker !== "none" && line.marker !== "arrow") return false;
  if (!/\?["'’”)]*$/u.test(line.text)) return false;
  // "Did you make this recipe?" asks for comments, not a question the recipe answers.
  if (classifyHeading(line.text) === "end") return false;
  return /\?["'’”)]*$/u.test(line.text) && line.text.split(/\s+/).length <= 20;
}

/** The sections by headings; with `carveLists`, a run of lines with amounts outside any list
 *  opens an ingredient list of its own, which a sentence closes. */
function scanSections(lines: readonly Line[], carveLists: boolean, reads: LineReads): Section[] {
  const sections: Section[] = [];
  let current: { kind: SectionKind; heading?: string; lines: Line[]; start: number } = {
    kind: "story",
    lines: [],
    start: 0,
  };
  let carved = false;
  const open = (section: typeof current, fromList = false) => {
    if (current.lines.length > 0 || current.heading !== undefined) sections.push(current);
    current = section;
    carved = fromList;
  };
  const ingredientAt = (i: number) => {
    const line = lines[i];
    return line !== undefined && looksLikeIngredient(line, reads.amount(i));
  };
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    const loose = current.kind === "story" || current.kind === "other";
    if (carveLists && loose && ingredientAt(i) && ingredientAt(i + 1)) {
      const items = line.blankBefore ? 0 : unmeasuredItemsBefore(current.lines);
      const pulled = current.lines.splice(current.lines.length - items, items);
      // An item read as a heading by its shape ("The thick end of 3 large carrots") is the list's.
      const headingLine = lines[current.start];
      if (
        items < 2 &&
        current.lines.length === 0 &&
        current.kind === "other" &&
        headingLine !== undefined &&
        !(pulled[0]?.blankBefore ?? line.blankBefore) &&
        unmeasuredItemsBefore([headingLine]) === 1 &&
        // A heading capitalises its words ("Make It Ahead"); an item is in sentence case.
        /\s\p{Ll}/u.test(headingLine.text)
      ) {
        pulled.unshift(headingLine);
        current = { kind: "story", lines: [], start: current.start };
      }
      open({ kind: "ingredients", lines: [...pulled, line], start: i - pulled.length }, true);
      continue;
    }
    // An item's long description in brackets ("paste (lemongrass - garlic - …)") is no sentence.
    const sentence = isSentence(line) && reads.amount(i) === undefined && !/\)$/.test(line.text);
    if (carved && (line.marker === "number" || sentence)) {
      open({ kind: "other", lines: [line], start: i });
      continue;
    }
    if (isLooseQuestion(line, next, current.kind)) {
      open({ kind: "faq", lines: [line], start: i });
      continue;
    }
    const kind = headingKind(lines, i, current.kind, reads);
    if (kind === undefined) current.lines.push(line);
    else open({ kind, heading: line.text.replace(/:$/, "").trim(), lines: [], start: i });
  }
  open({ kind: "story", lines: [], start: lines.length });
  return sections;
}

/** "Benodigdheden", "Supplies": words for what a recipe needs name its tools or its foods; over
 *  a list whose lines are mostly measured ("200 gr sperziebonen", "1 ui"), its foods. */
function isMeasuredList(lines: readonly Line[]): boolean {
  const measured = lines.filter((l) => looksLikeIngredient(l, readAmount(l.text))).length;
  return measured >= 3 && measured * 3 >= lines.length * 2;
}

/** The best score of the lists among some sections, or -Infinity when none reads as one. */
function bestList(sections: readonly Section[]): number {
  return Math.max(
    Number.NEGATIVE_INFINITY,
    ...sections
      .filter((s) => s.kind === "ingredients" && readsAsList(s.lines))
      .map((s) => listScore(s.lines)),
  );
}

export function findSections(lines: readonly Line[]): Section[] {
  const reads = readLines(lines);
  const headed = scanSections(lines, false, reads);
  // A heading of the kind over no list (a menu's "Ingredients" link) does not stop the carving.
  if (bestList(headed) > Number.NEGATIVE_INFINITY) return carveSteps(headed);
  const carved = scanSections(lines, true, reads);
  // A measured list under "Benodigdheden" is the recipe's, unless the page shows a better one.
  const needs = headed.map((s) =>
    s.kind === "equipment" && isMeasuredList(s.lines) ? { ...s, kind: "ingredients" as const } : s,
  );
  return carveSteps(bestList(needs) > bestList(carved) ? needs : carved);
}

function carveSteps(sections: Section[]): Section[] {
  return carve(sections, "steps", (line) => line.marker === "number");
}
