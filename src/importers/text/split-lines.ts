/** Lines of a plain-text post, with list markers read and page chrome dropped.
 *  Grammar: LINE = MARKER? TEXT     MARKER = BULLET ARROW? | ARROW | NUMBER | "#"+ (a heading)
 *           BULLET = "-" | "*" | "•" | "·" | "–"   ARROW = "→" | "➜" | "»" | ">"
 *           NUMBER = DIGITS ("." | ")" | ":") | "Step" DIGITS (":" | "." | "-")?
 *  A whole line that is a UI artefact ("pin it", "Print Recipe", …) is not content. A line that
 *  starts in lower case continues the unfinished sentence of a long line before (hard-wrapped
 *  text); after a short line it is the next item of a list. */
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
  /^(?:pin\s*it|pin(?:\s+(?:this|recipe|for later))?|jump\s+to\s+(?:the\s+)?(?:recipe|video|comments?)|print(?:\s+(?:this\s+)?recipe)?|save(?:\s+(?:this\s+)?recipe)?|share(?:\s+(?:this|on\s+\w+))?|rate\s+this\s+recipe|tweet|email|facebook|pinterest|cook\s+mode|skip\s+to\s+(?:content|recipe)|leave\s+a\s+(?:comment|review)|scale|(?:scale\s*)?(?:\d(?:\/\d)?\s*x\s*)+|(?:(?:us|imperial|metric)(?:\s*(?:customary|units?))?\s*)+|[▢☐□✓✔★☆\s]+)$/i;

const MARKERS: ReadonlyArray<{ pattern: RegExp; marker: Marker }> = [
  { pattern: /^#{1,6}\s+/, marker: "heading" },
  { pattern: /^[-*•·–]\s*[→➜»>]\s*/, marker: "arrow" },
  { pattern: /^[→➜»]\s*/, marker: "arrow" },
  { pattern: /^[-*•·–]\s+/, marker: "bullet" },
  { pattern: /^(?:step\s+)?(\d{1,2})\s*[.):-]\s*/i, marker: "number" },
  { pattern: /^step\s+(\d{1,2})\b\s*/i, marker: "number" },
];

/** Hard-wrapped prose breaks lines near a fixed width; shorter lines are items of a list. */
const HARD_WRAP = 40;

export function isUiArtefact(text: string): boolean {
  return UI_ARTEFACTS.test(text.replace(/[\s!.:»›→]+$/u, "").trim());
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

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    const raw = rawLine.replace(/\s+/g, " ").trim();
    if (raw === "") {
      blank = true;
      continue;
    }
    // A checkbox or button between list items separates them as a blank line would.
    if (isUiArtefact(raw)) {
      blank = true;
      continue;
    }
    const { text: body, marker, number } = readMarker(raw);
    if (body === "" && marker !== "number") continue;
    const previous = lines[lines.length - 1];
    if (
      previous &&
      !blank &&
      marker === "none" &&
      /^\p{Ll}/u.test(body) &&
      previous.text.length >= HARD_WRAP &&
      !/[.!?:]["'’”)]*$/u.test(previous.text)
    ) {
      lines[lines.length - 1] = { ...previous, text: `${previous.text} ${body}` };
      continue;
    }
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
