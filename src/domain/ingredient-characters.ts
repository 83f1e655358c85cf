/** Character classes of the ingredient-line scanner, by code unit: the scanner asks them of
 *  every character, so none of them runs a regex on the common (ASCII) path. */
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isVulgar = (c: number) =>
  c === 0xbc || c === 0xbd || c === 0xbe || (c >= 0x2153 && c <= 0x215e);

/** JavaScript's \s: ASCII spaces, line terminators and the Unicode space separators. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = /^[\p{L}\p{M}]$/u;
/** Non-ASCII letters are rare: ask the regex once per character and remember (1 yes, 2 no). */
const letterCache = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the letter or mark at `at`, or 0. */
export function letterAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(at)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = letterCache[c]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = known;
  }
  return known === 1 ? 1 : 0;
}

export const isWordJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;
