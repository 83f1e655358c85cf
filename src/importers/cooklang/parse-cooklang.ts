import { parse as parseYaml } from "yaml";
import { type CooklangItem, parseCooklangLine, unescapeCooklang } from "./parse-cooklang-line.js";

/** A Cooklang recipe (.cook) → steps, notes, sections and metadata, in the shape of the spec's
 *  canonical tests (`steps` as lists of items, `metadata` as a map) plus what those tests leave out.
 *  Grammar:
 *    RECIPE      = FRONTMATTER? BLOCK*
 *    FRONTMATTER = "---" NL YAML NL "---"         (only on the first line; "key: value" lines when
 *                                                  the text is not a YAML mapping)
 *    BLOCK       = METADATA | SECTION | NOTE | STEP, separated by blank lines
 *    METADATA    = ">>" KEY ":" VALUE NL          (the older metadata syntax)
 *    SECTION     = "="+ NAME "="* NL
 *    NOTE        = (">" TEXT NL)+
 *    STEP        = LINE (NL LINE)*                 lines of one step are joined by a space
 *    comments    = "--" to the end of the line (not part of a run of three dashes),
 *                  "[-" … "-]" anywhere, across lines */

export type CooklangBlock =
  | { readonly type: "step"; readonly items: CooklangItem[] }
  | { readonly type: "note"; readonly text: string };

export interface CooklangSection {
  /** Undefined for the part before the first "= Section" line. */
  readonly name: string | undefined;
  readonly blocks: CooklangBlock[];
}

export interface CooklangRecipe {
  /** Every step in reading order (the canonical tests' `steps`). */
  readonly steps: CooklangItem[][];
  readonly metadata: Record<string, unknown>;
  readonly sections: CooklangSection[];
}

/** Drops "[-" … "-]" comments, keeping their line breaks. A scan: a regex retried an unclosed
 *  "[-" at every later one, which was quadratic. "\\[-" is no comment. */
function dropBlockComments(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("[-"); open >= 0; open = text.indexOf("[-", open + 1)) {
    if (text[open - 1] === "\\") continue;
    const close = text.indexOf("-]", open + 2);
    if (close < 0) break;
    const lineBreaks = text.slice(open, close).split("\n").length - 1;
    out += text.slice(from, open) + "\n".repeat(lineBreaks);
    from = close + 2;
    open = close + 1;
  }
  return out + text.slice(from);
}
// "--" starts a comment; "---" (a rule, or front matter on a later line) is text.
const LINE_COMMENT = /(?<![-\\])--(?!-).*$/;

/** The front matter's mapping, or `undefined` when the text has none. */
function readFrontMatter(lines: readonly string[]): { metadata: object; end: number } | undefined {
  if (lines[0]?.trim() !== "---") return undefined;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (close < 0) return undefined;
  const body = lines.slice(1, close);
  let parsed: unknown;
  try {
    parsed = parseYaml(body.join("\n"));
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
    return { metadata: parsed, end: close + 1 };
  }
  // Not YAML ("cooking time    :30 mins"): read "key: value" lines as the spec's tests expect.
  const metadata: Record<string, string> = {};
  for (const line of body) {
    const colon = line.indexOf(":");
    if (colon > 0) metadata[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { metadata, end: close + 1 };
}

function trimTrailingSpace(items: CooklangItem[]): CooklangItem[] {
  const last = items.at(-1);
  if (last?.type === "text") {
    if (last.value.trim() === "") items.pop();
  }
  return items;
}

export function parseCooklang(text: string): CooklangRecipe {
  const all = text.replace(/\r\n?/g, "\n").split("\n");
  const front = readFrontMatter(all);
  // Comments are Cooklang's: the front matter is YAML, where "[-" is text.
  const lines = dropBlockComments(all.slice(front?.end ?? 0).join("\n")).split("\n");
  const metadata: Record<string, unknown> = { ...(front?.metadata ?? {}) };
  const sections: CooklangSection[] = [{ name: undefined, blocks: [] }];
  let section = sections[0] as CooklangSection;
  let step: CooklangItem[] | undefined;
  let note: string[] | undefined;
  const endStep = () => {
    if (step && trimTrailingSpace(step).length > 0)
      section.blocks.push({ type: "step", items: step });
    step = undefined;
  };
  const endNote = () => {
    const text = note?.filter((line) => line !== "").join(" ");
    // A ">" alone is no note: the model keeps no empty paragraph.
    if (text) section.blocks.push({ type: "note", text });
    note = undefined;
  };

  for (const raw of lines) {
    const commented = LINE_COMMENT.test(raw);
    const line = raw.replace(LINE_COMMENT, "");
    if (line.trim() === "") {
      // A line that held only a comment neither adds to the step nor ends it.
      if (!commented) {
        endStep();
        endNote();
      }
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith(">>")) {
      endStep();
      endNote();
      const entry = trimmed.slice(2);
      const colon = entry.indexOf(":");
      if (colon > 0) metadata[entry.slice(0, colon).trim()] = entry.slice(colon + 1).trim();
      continue;
    }
    if (trimmed.startsWith(">")) {
      endStep();
      note ??= [];
      note.push(unescapeCooklang(trimmed.slice(1).trim()));
      continue;
    }
    if (/^=+/.test(trimmed)) {
      endStep();
      endNote();
      const name = unescapeCooklang(
        trimmed
          .replace(/^=+/, "")
          .replace(/(?<!\\)=+$/, "")
          .trim(),
      );
      section = { name: name || undefined, blocks: [] };
      sections.push(section);
      continue;
    }
    endNote();
    if (step === undefined) step = parseCooklangLine(line);
    else parseCooklangLine(` ${line}`, step);
  }
  endStep();
  endNote();
  const kept = sections.filter((s, i) => i === 0 || s.name !== undefined || s.blocks.length > 0);
  const steps = kept.flatMap((s) => s.blocks.flatMap((b) => (b.type === "step" ? [b.items] : [])));
  return { steps, metadata, sections: kept };
}
