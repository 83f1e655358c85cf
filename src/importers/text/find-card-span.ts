import { chooseRecipeSections } from "./choose-recipe-sections.js";
import { findSections, type Section } from "./find-sections.js";
import { readsAsList } from "./list-score.js";
import type { CardSpan, PagePart } from "./page-title-features.js";
import type { Line } from "./split-lines.js";

/** Where a page's recipe card is, for the title finder: from its ingredient list (the card's name
 *  stands above it, even where the method comes first) to the end of its last list. */

/** What part of the page each line belongs to, by the sections found in it. */
function pageParts(sections: readonly Section[], count: number): PagePart[] {
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
  const partOf = pageParts(sections, lines.length);
  return { start, end, partAt: (i) => partOf[i] ?? "other" };
}
