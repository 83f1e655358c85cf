import { decodeHTML } from "entities";

/** Text as a reader sees it: entities decoded (twice at most, for the double-encoded
 *  "&amp;#39;" JSON-LD often carries), odd spaces made plain, runs of whitespace collapsed.
 *  Fractions stay as written ("½" stays "½"); the fraction slash U+2044 becomes "/" so
 *  "1⁄2" reads like "1/2". */

// NBSP and the other fixed-width spaces read as a space; zero-width marks and BOMs read as nothing.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060\u00ad]/g;

/** UTF-8 read once too often as Latin-1: "Â½" was "½", "Ã©" was "é". Each such run is
 *  re-read as the UTF-8 bytes it spells and replaced only when that yields one clean character,
 *  so genuine "Â" or "Ã" in a text stays. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    try {
      const bytes = Uint8Array.from(run, (c) => c.charCodeAt(0));
      const char = strictUtf8.decode(bytes);
      return [...char].length === 1 ? char : run;
    } catch {
      return run;
    }
  });
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const once = decodeHTML(text);
  return once.includes("&") ? decodeHTML(once) : once;
}

/** One line: every whitespace run (line ends included) becomes one space. */
export function cleanText(text: string): string {
  return repairMojibake(decodeEntities(text))
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(/\u2044/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

/** Several lines: each cleaned, empty ones dropped. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\n/)
    .map(cleanText)
    .filter((line) => line !== "");
}

/** Letters and digits only, lower-cased: the key by which two copies of a text compare when
 *  their spacing, punctuation or case may differ ("Pre-heat the oven." ~ "preheat the oven"). */
export function squashText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
