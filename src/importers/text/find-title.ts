import { stemWords } from "../../domain/match-foods.js";
import { splitSentences } from "../../domain/split-sentences.js";
import { classifyHeading } from "./classify-heading.js";
import { hasHeadingShape } from "./find-sections.js";
import type { Line } from "./split-lines.js";

/** A post's title.
 *  Grammar: TITLE-LINE = ("Title" | "Recipe") ":" TEXT | a first line with a heading's shape that
 *                        names no known section
 *           NAMED = ("This" | "My" | "Our") RUN (in prose)     RUN = CAP (CONNECTOR? CAP)+
 *                 | "this" WORDS "recipe"                    CAP = a capitalised word
 *  Without a title line, the longest capitalised run after This/My/Our in the conclusion, story or
 *  notes names the dish; failing that, "this … recipe"; failing that, the first two foods. */
const LABELLED = /^(?:title|recipe(?: name)?)\s*:\s*(\S.{0,200})$/i;
const CONNECTORS = "and|with|&|of|in|de|la|le|al|au|aux|a|the|or|n'";
const RUN = new RegExp(
  `\\b(?:This|this|My|my|Our|our)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:${CONNECTORS})\\s+)?\\p{Lu}[\\p{L}'’-]*)+)`,
  "gu",
);
const RECIPE_PHRASE = /\bthis\s+((?:[\p{Ll}'’-]+\s+){1,5})recipe\b/giu;
const NOT_A_NAME = new Set(["recipe", "dish", "one", "version", "post", "blog", "is", "was"]);

/** A first line that says it is the title ("Title: …", "Recipe: …"). */
export function readLabelledTitle(lines: readonly Line[]): string | undefined {
  const first = lines[0];
  return first === undefined ? undefined : LABELLED.exec(first.text)?.[1]?.trim();
}

/** The title the first line gives, if it gives one; the caller drops that line. */
export function readTitleLine(lines: readonly Line[]): string | undefined {
  const [first, second] = lines;
  if (!first) return undefined;
  const labelled = readLabelledTitle(lines);
  if (labelled) return labelled;
  if (!hasHeadingShape(first, second) || classifyHeading(first.text)) return undefined;
  return first.text.replace(/:$/, "").trim();
}

function titleCase(words: string): string {
  return words.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
}

function runsIn(text: string): string[] {
  return [...text.matchAll(RUN)].flatMap((m) => {
    const run = (m[1] ?? "").replace(new RegExp(`\\s+(?:${CONNECTORS})$`), "");
    const words = run.split(/\s+/);
    if (words.length < 2 || words.some((w) => NOT_A_NAME.has(w.toLowerCase()))) return [];
    return [run];
  });
}

/** A title for a post that does not state one, found in its prose or built from its foods. */
export function guessTitle(prose: readonly string[], foods: readonly string[]): string {
  const sentences = prose.flatMap(splitSentences);
  const runs = sentences.flatMap(runsIn);
  const longest = runs.reduce<string | undefined>(
    (best, run) =>
      best === undefined || run.split(/\s+/).length > best.split(/\s+/).length ? run : best,
    undefined,
  );
  if (longest) return longest;
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(RECIPE_PHRASE)) {
      const words = (match[1] ?? "").trim();
      if (stemWords(words).every((w) => !NOT_A_NAME.has(w))) return titleCase(words);
    }
  }
  const [main, second] = foods.map((f) => titleCase(f.trim()));
  if (main && second) return `${main} with ${second}`;
  return main ?? "Untitled Recipe";
}
