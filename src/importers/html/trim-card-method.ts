import { readYields } from "../../domain/read-yields.js";
import { LINKS_LABEL } from "../read-schema-instructions.js";
import type { CardGroup } from "./read-headed-lists.js";
import { readLabelledFacts } from "./read-labelled-facts.js";

/** A method read from a page's markup (a plugin's card, a theme's box, the page's lists) ends
 *  where the recipe does, but the box often holds what the page prints after the last step: share
 *  buttons ("Twitter"), credits ("Photo credit: © …"), promotion ("Follow us on Pinterest …",
 *  "Ook lekker: …"), the yield or a time ("Serves 4", "Hűtési idő: 1 óra"), a note labelled
 *  beside labelled steps ("STEP 3 | Bake." then "NOTE | …"). Those lines go from the end; a yield
 *  glued to the last step ("… serve with the dip. Serves 4") is cut off and handed back, since
 *  the model keeps yields apart. Lines with no letter or digit ("|", "[{") are no steps anywhere.
 *  A group titled as pointers ("Voir aussi:") ends the method, the groups after it with it.
 *  Grammar: METHOD = STEP+ TAIL* POINTERS?
 *           TAIL = SHARE | CREDIT | PROMO | FACT | NOTE (after labelled steps)
 *           POINTERS = a group titled "See also:" (LINKS_LABEL) and every group after it
 *  Each TAIL shape is a short vocabulary in the corpus's languages, never a site's wording. */

export interface TrimmedMethod {
  readonly groups: CardGroup[];
  /** A yield the last step stated ("Serves 4"), taken out of it. */
  readonly yields?: string;
}

/** Share and print buttons: a line made only of their names. */
const SHARE_WORD =
  /^(?:share|teilen|delen|partager|condividi|compartir|del|dela|facebook|twitter|x|pinterest|instagram|whatsapp|e-?mail|mail|print|drucken|imprimer|stampa|imprimir|printen|linkedin|reddit|tiktok|youtube|telegram|messenger|flipboard|pin|tweet|on|it|this|recipe|på)$/i;
const isShareLine = (line: string) => {
  const words = line.split(/[\s,|/·•]+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => SHARE_WORD.test(w));
};

/** "Photo credit: © Site", "Foto: …", "© 2024 …": who took the picture, not what to do. */
const CREDIT =
  /^(?:(?:photo(?:graph)?s?|images?|pictures?|fot(?:o|ó|os|o's)|bild(?:er)?|photographie|(?:food )?styling|video)\s*(?:credits?|by|:|©)|(?:cr[ée]dits?|credits?)\s*(?:photos?)?\s*:|©|\(c\)\s)/iu;

/** "Follow us on Pinterest …", "Volg ons ook op Instagram …": an invitation, no step. */
const FOLLOW =
  /^(?:follow|volg|folge|suivez|seguici|s[íi]guenos|siga|følg|följ|kövess)\b.{0,80}\b(?:facebook|instagram|pinterest|twitter|tiktok|youtube|newsletter)\b/iu;

/** A time the page states with a label that names a time ("Elkészítési idő: kb. 30 perc",
 *  "Temps de repos : 2 h", "Kühlzeit: 1 Stunde"); readLabelledFacts knows the common labels. */
const TIME_WORD =
  /(?:time|zeit|tijd|temps|tempo|tiempo|tid|idő|czas|čas|vrijeme|aika|dauer|durée|duur)$/iu;
const APPROX = /^(?:ca\.?|kb\.|cca\.?|approx\.?|about|circa|environ|etwa|ongeveer|ok\.)\s*/iu;
function isStatedTime(line: string): boolean {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 40) return false;
  const words = line.slice(0, colon).trim().split(/\s+/);
  const value = line
    .slice(colon + 1)
    .trim()
    .replace(APPROX, "");
  return (
    words.length <= 4 &&
    words.some((w) => TIME_WORD.test(w)) &&
    /^\d/.test(value) &&
    value.length <= 30 &&
    !/[.!?]\s/.test(value)
  );
}

/** A yield or a time stated on a line of its own: a fact for the model's fields, no step. A
 *  time needs its label's colon ("Cook: 20 min"): "Bake for 30 minutes." is a step. */
export function isStatedFact(line: string): boolean {
  if (line.length > 60) return false;
  if (readYields(line) || isStatedTime(line)) return true;
  const colon = line.indexOf(":");
  return colon > 0 && colon <= 30 && Object.keys(readLabelledFacts([line])).length > 0;
}

const isTail = (line: string) =>
  isShareLine(line) ||
  (line.length <= 160 && CREDIT.test(line)) ||
  FOLLOW.test(line) ||
  LINKS_LABEL.test(line) ||
  isStatedFact(line);

/** "STEP 2 | Mix", "Step 3: Bake": a step labelled with its number, and the separator used. */
const STEP_LABEL = /^\p{L}{1,12}\s*\d{1,3}\s*([|:])\s*\S/u;
/** "NOTE | …", "Tip: …": a line labelled with a word, no number. */
const WORD_LABEL = /^\p{L}{2,12}\s*([|:])\s*\S/u;

/** A last line labelled like the steps but with a word ("NOTE |" after "STEP 3 |"): a note. */
function isLabelledNote(lines: readonly string[]): boolean {
  const last = WORD_LABEL.exec(lines.at(-1) ?? "");
  const steps = lines.slice(0, -1).map((l) => STEP_LABEL.exec(l)?.[1]);
  return (
    last !== null && steps.length >= 2 && steps.every((sep) => sep !== undefined && sep === last[1])
  );
}

/** "… serve with the dip. Serves 4": a yield after the last sentence, itself none (no stop): a
 *  label the page printed there. "… Makes 6 servings." is the author's sentence and stays. */
function splitGluedYield(line: string): { step: string; yields: string } | undefined {
  const match = /(?<=[.!?)])\s+([^.!?]{3,40})$/u.exec(line);
  const sentence = match?.[1]?.trim();
  if (!match || !sentence || !readYields(sentence)) return undefined;
  return { step: line.slice(0, match.index).trim(), yields: sentence };
}

/** "See also" and "See also :" alike as "See also:" (no regular expression: titles are untrusted). */
function asLabel(title: string): string {
  const end = title.trimEnd();
  return `${end.endsWith(":") ? end.slice(0, -1).trimEnd() : end}:`;
}

/** A group titled as pointers to other pages ("Voir aussi:", "See also", "More recipes"): it
 *  and what follows it are the page's, not the method's. */
const isPointerGroup = (g: CardGroup, i: number) =>
  i > 0 && g.title !== undefined && LINKS_LABEL.test(asLabel(g.title));

export function trimCardMethod(groups: readonly CardGroup[]): TrimmedMethod {
  const pointers = groups.findIndex(isPointerGroup);
  const method = pointers === -1 ? groups : groups.slice(0, pointers);
  const kept = method.map((g) => ({ ...g, lines: g.lines.filter((l) => /[\p{L}\p{N}]/u.test(l)) }));
  const all = kept.flatMap((g) => g.lines);
  let end = all.length;
  while (end > 0 && isTail(all[end - 1]!)) end--;
  if (end > 2 && end === all.length && isLabelledNote(all)) end--;
  let yields: string | undefined;
  let last = all[end - 1];
  const glued = last === undefined ? undefined : splitGluedYield(last);
  if (glued) ({ step: last, yields } = glued);
  // Cut every group down to the first `end` lines, the last of them rewritten.
  let at = 0;
  const out: CardGroup[] = [];
  for (const g of kept) {
    const room = Math.max(0, end - at);
    const lines = g.lines.slice(0, room);
    at += g.lines.length;
    if (lines.length === 0) continue;
    if (at >= end && last !== undefined) lines[lines.length - 1] = last;
    out.push({ ...g, lines });
  }
  return { groups: out, ...(yields && { yields }) };
}
