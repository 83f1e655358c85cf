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

const END = /[.!?…]+["'’”)\]]*(?=\s+["'‘“(]?[\p{Lu}\d])/gu;

function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    const candidate = paragraph.slice(start, end);
    const lastWord = /(\S+?)[.!?…]+["'’”)\]]*$/u.exec(candidate)?.[1]?.toLowerCase();
    if (match[0].startsWith(".") && lastWord !== undefined && ABBREVIATIONS.has(lastWord)) continue;
    out.push(candidate.trim());
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
