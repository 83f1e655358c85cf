import { readAmount } from "../../domain/read-amount.js";
/** Lines of a plain-text post, with list markers read and page chrome dropped.
 *  Grammar: LINE = MARKER? TEXT     MARKER = BULLET ARROW? | ARROW | NUMBER | "#"+ (a heading)
 *           BULLET = "-" | "*" | "•" | "·" | "–"   ARROW = "→" | "➜" | "»" | ">"
 *           NUMBER = DIGITS ("." | ")" | ":") | "Step" DIGITS (":" | "." | "-")?
 *           CHECKBOX = "▢" (on the item's line or the line before it): a bullet; so is a
 *           BULLET alone on the line before the item's
 *  A whole line that is a UI artefact ("pin it", "Print Recipe", …) is not content. In text
 *  broken at a fixed width, a line that starts in lower case continues the unfinished sentence
 *  of a long line before when its first word would not have fit on it; after a short line it
 *  is the next item of a list. */
export type Marker = "none" | "bullet" | "arrow" | "number" | "heading";

export interface Line {
  /** The text without its marker. */
  readonly text: string;
  readonly marker: Marker;
  readonly number?: number;
  /** A blank line came before this one. */
  readonly blankBefore: boolean;
}

const UI_ARTEFACTS =
  /^(?:pin\s*it|pin(?:\s+(?:this|recipe|for later))?|jump\s+to\s+(?:the\s+)?(?:recipe|video|comments?)|print(?:\s+(?:this\s+)?recipe)?|save(?:\s+(?:this\s+)?recipe)?|share(?:\s+(?:this|on\s+\w+))?|rate\s+this\s+recipe|tweet|email|facebook|pinterest|cook\s*mode(?:\s*(?:prevent|keep)\s+(?:your\s+)?screen\s+(?:from\s+)?(?:going\s+dark|turning\s+off|awake|on))?|keep\s+(?:your\s+)?(?:device|screen|phone)\s+(?:awake|on)(?:\s+while\s+(?:you\s+)?cook(?:ing)?)?\??|skip\s+to\s+(?:content|recipe)|leave\s+a\s+(?:comment|review)|scale|(?:scale\s*)?(?:\d(?:\/\d)?\s*x\s*)+|(?:(?:usa?|imperial|metric)(?: (?:customary|standard|units?))?(?: ?[-–|/] ?| )?)+|[▢☐□✓✔★☆|│¦\s]+|(?:please\s+)?enable\s+javascript\b.*|[1-5]\s+stars?|.{0,60}\(\s*\d+(?:[.,]\d+)?\s*[km]b\s*\))$/i;

/** A bullet alone on its line, as some cards lay out their lists. */
const LONE_BULLET = /^[•·*–-]$/u;

/** A checkbox a recipe card prints before each ingredient: a list marker. */
const CHECKBOX = /^[▢☐□]+$/u;

const MARKERS: ReadonlyArray<{ pattern: RegExp; marker: Marker }> = [
  { pattern: /^[▢☐□]\s*/u, marker: "bullet" },
  { pattern: /^#{1,6}\s+/, marker: "heading" },
  { pattern: /^[-*•·–]\s*[→➜»>]\s*/, marker: "arrow" },
  { pattern: /^[→➜»]\s*/, marker: "arrow" },
  { pattern: /^[-*•·–]\s+/, marker: "bullet" },
  // "20-Minute Chicken" is a name, "2- Stir" a step: a hyphen marks a number before a space only.
  { pattern: /^(?:step\s+)?(\d{1,2})\s*(?:[.):]|-(?=\s))\s*/i, marker: "number" },
  { pattern: /^step\s+(\d{1,2})\b\s*/i, marker: "number" },
];

/** Hard-wrapped prose breaks lines near a fixed width; shorter lines are items of a list. */
const HARD_WRAP = 40;
/** How far under the width a wrapped line may end: the width is read from the text, roughly. */
const WIDTH_SLACK = 0.8;

/** Buttons and labels are short; a longer line is content whatever it starts with. */
const MAX_ARTEFACT_CHARS = 200;

export function isUiArtefact(text: string): boolean {
  if (text.length > MAX_ARTEFACT_CHARS * 2) return false;
  // One space between words, so no two parts of the pattern can share a run of spaces.
  const line = text
    .replace(/\s+/g, " ")
    .replace(/[ !.:»›→]+$/u, "")
    .trim();
  return line.length <= MAX_ARTEFACT_CHARS && UI_ARTEFACTS.test(line);
}

function readMarker(raw: string): { text: string; marker: Marker; number?: number } {
  for (const { pattern, marker } of MARKERS) {
    const match = pattern.exec(raw);
    if (!match) continue;
    // "1.5 cups" and "2 tbsp" are amounts, not step numbers.
    if (marker === "number" && /^\d+\s*[.):-]\s*\d/.test(raw)) continue;
    const text = raw.slice(match[0].length).trim();
    return match[1] === undefined ? { text, marker } : { text, marker, number: Number(match[1]) };
  }
  return { text: raw, marker: "none" };
}

/** Text broken at a fixed width has no line much longer than that width; a web page's text has
 *  its paragraphs on one line each, and its short lines are items, never wrapped prose. */
function isHardWrapped(rawLines: readonly string[]): boolean {
  let long = 0;
  for (const line of rawLines) if (line.length > 120 && ++long > 1) return false;
  return true;
}

/** The width text was broken at, about that of its longest lines: a line broke there only when
 *  its next word would not have fit. A long line or two (a link, a step left unwrapped) does not
 *  count: the width is the third-longest line's, or the tenth-longest in a hundred. */
function wrapWidth(cleanLines: readonly string[]): number {
  const lengths = cleanLines
    .map((l) => l.length)
    .filter((n) => n >= HARD_WRAP && n <= 120)
    .sort((a, b) => b - a);
  const k = Math.max(3, Math.ceil(lengths.length / 10));
  return lengths[Math.min(k, lengths.length) - 1] ?? 0;
}

/** Items a page set inline copy as one line, two spaces or a tab apart ("160 g pasta  1 onion
 *  salt"): three parts or more, at least half of them measured, are lines of their own. */
function splitInlineItems(raw: string): string[] {
  if (raw.length > 2000 || !/\S(?: {2,}|\t)\s*\S/.test(raw)) return [raw];
  const parts = raw.split(/ {2,}|\t/).filter((p) => p.trim() !== "");
  if (parts.length < 3) return [raw];
  const measured = parts.filter((p) => {
    const amount = readAmount(p.trim());
    return amount !== undefined && !amount.article;
  }).length;
  return measured * 2 < parts.length ? [raw] : parts;
}

/** A section heading in capitals glued into running text ("…tomatoesMETHODMeatballs: Place…"):
 *  a page whose blocks lost their line breaks when copied. The heading gets a line of its own.
 *  Glued on the left (no space, no capital before it) and ending where a word or the line does,
 *  so "METHODOLOGY" and "THE METHOD" stay as they are. */
const GLUED_HEADING =
  /(?<=[^\s\p{Lu}])(INGREDIENTS|METHOD|DIRECTIONS|INSTRUCTIONS|PREPARATION|ZUTATEN|ZUBEREITUNG|INGRÉDIENTS|PRÉPARATION|INGREDIËNTEN|BEREIDING|INGREDIENTI|PREPARAZIONE|PROCEDIMENTO|INGREDIENTES|PREPARACIÓN)(?=\p{Lu}\p{Ll}|\s|$)/gu;

/** A recipe has a few sections; more glued headings than this on a line are no recipe's. */
const MAX_GLUED = 8;

function splitGluedHeadings(raw: string): string[] {
  if (raw.length < 20 || raw.length > 20_000) return [raw];
  const parts: string[] = [];
  let from = 0;
  for (const match of raw.matchAll(GLUED_HEADING)) {
    if (parts.length >= 2 * MAX_GLUED) return [raw];
    parts.push(raw.slice(from, match.index), match[1]!);
    from = match.index + match[1]!.length;
  }
  return parts.length === 0 ? [raw] : [...parts, raw.slice(from)];
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let checked = false;
  const rawLines: string[] = [];
  const source = text
    .replace(/\r\n?/g, "\n")
    // Soft hyphens and zero-width marks are invisible in the page and only split its words.
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    // A fraction slash ("2⁄3") is a slash to the amount reader.
    .replace(/(\d)\u2044(\d)/g, "$1/$2");
  for (const line of source.split("\n")) {
    for (const part of splitGluedHeadings(line)) rawLines.push(...splitInlineItems(part));
  }
  const cleanLines = rawLines.map((line) => line.replace(/\s+/g, " ").trim());
  const wrapped = isHardWrapped(rawLines);
  const width = wrapWidth(cleanLines);
  let lastLength = 0;
  for (const raw of cleanLines) {
    if (raw === "") {
      blank = true;
      continue;
    }
    // A checkbox or button between list items separates them as a blank line would; a
    // checkbox marks the item after it.
    if (isUiArtefact(raw)) {
      blank = true;
      checked = CHECKBOX.test(raw.replace(/\s+/g, ""));
      continue;
    }
    // A bullet a card prints on a line of its own marks the item on the next line.
    if (LONE_BULLET.test(raw)) {
      checked = true;
      continue;
    }
    const read = readMarker(raw);
    const { text: body, number } = read;
    const marker = checked && read.marker === "none" ? "bullet" : read.marker;
    checked = false;
    if (body === "" && marker !== "number") continue;
    const previous = lines[lines.length - 1];
    if (
      wrapped &&
      previous &&
      !blank &&
      marker === "none" &&
      /^\p{Ll}/u.test(body) &&
      previous.text.length >= HARD_WRAP &&
      !/[.!?:]["'’”)]*$/u.test(previous.text) &&
      lastLength + 1 + body.split(" ")[0]!.length > width * WIDTH_SLACK
    ) {
      lines[lines.length - 1] = { ...previous, text: `${previous.text} ${body}` };
      lastLength = raw.length;
      continue;
    }
    lastLength = raw.length;
    lines.push({
      text: body,
      marker,
      ...(number === undefined ? {} : { number }),
      blankBefore: blank,
    });
    blank = false;
  }
  return lines;
}
