/** Sentences of prose.
 *  Grammar: TEXT = PARAGRAPH ("\n" PARAGRAPH)*; a sentence ends at [.!?…]+ (plus closing quotes
 *  or brackets) followed by spaces and a capital, digit or opening quote. A period after a known
 *  abbreviation ("e.g.", "tbsp.") does not end a sentence. */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "approx",
  "vs",
  "tbsp",
  "tsp",
  "oz",
  "lb",
  "lbs",
  "min",
  "mins",
  "no",
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
]);

// Only at the first mark of a run: a match tried at every mark of a long run is quadratic.
const END = /(?<![.!?…])[.!?…]+["'’”)\]]*(?=\s+["'‘“(]?[\p{Lu}\d])/gu;
const MARKS = ".!?…";
const CLOSERS = `"'’”)]`;

/** The word before a sentence's end marks ("tbsp" of "Add 2 tbsp."), read back from the end:
 *  a regex over the whole sentence so far would rescan it at every abbreviation. */
function lastWordOf(text: string, end: number, start: number): string {
  let at = end;
  while (at > start && CLOSERS.includes(text[at - 1] as string)) at--;
  while (at > start && MARKS.includes(text[at - 1] as string)) at--;
  let from = at;
  while (from > start && !/\s/.test(text[from - 1] as string)) from--;
  return text.slice(from, at).toLowerCase();
}

function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && ABBREVIATIONS.has(lastWordOf(paragraph, end, start))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .flatMap(splitParagraph);
}
