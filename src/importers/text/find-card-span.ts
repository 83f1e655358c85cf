import { chooseRecipeSections } from "./choose-recipe-sections.js";
import { findSections, type Section } from "./find-sections.js";
import { readsAsList } from "./list-score.js";
import type { CardSpan, PagePart } from "./page-title-features.js";
import type { Line } from "./split-lines.js";

/** Where a page's recipe card is, for the title finder: from its ingredient list (the card's name
 *  stands above it, even where the method comes first) to the end of its last list. */

/** An item of an equipment list or a nutrition table ("Bundt Pan", "Fibre", "3.8g"): each reads
 *  as a heading of its own, so the sections end at the first. */
const isToolItem = (line: Line) =>
  line.text.split(/\s+/).length <= 5 && !/[.!?:]$/.test(line.text) && line.marker !== "number";

/** What part of the page each line belongs to, by the sections found in it. */
function pageParts(sections: readonly Section[], lines: readonly Line[]): PagePart[] {
  const count = lines.length;
  const parts = new Array<PagePart>(count).fill("other");
  for (const s of sections) {
    const list = (s.kind === "ingredients" && readsAsList(s.lines)) || s.kind === "steps";
    const part: PagePart = list
      ? "list"
      : s.kind === "equipment" || s.kind === "nutrition"
        ? "tools"
        : s.kind === "end"
          ? "end"
          : "other";
    const last = Math.min(count, s.start + s.lines.length + (s.heading === undefined ? 0 : 1));
    parts.fill(part, s.start, last);
  }
  // An item is listed once: a line the page states again (the card's name) ends the list.
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  for (let i = 1; i < count; i++) {
    const line = lines[i]!;
    if (
      parts[i - 1] === "tools" &&
      parts[i] === "other" &&
      isToolItem(line) &&
      seen.get(line.text) === 1
    ) {
      parts[i] = "tools";
    }
  }
  return parts;
}

export function findCardSpan(lines: readonly Line[]): CardSpan {
  const sections = findSections(lines);
  const draft = chooseRecipeSections(sections);
  const parts = draft.filter((s) => s.kind === "ingredients" || s.kind === "steps");
  const start =
    draft.find((s) => s.kind === "ingredients")?.start ?? parts[0]?.start ?? lines.length;
  const last = parts.at(-1);
  const end = last ? last.start + last.lines.length + 1 : start;
  const partOf = pageParts(sections, lines);
  return { start, end, partAt: (i) => partOf[i] ?? "other" };
}
