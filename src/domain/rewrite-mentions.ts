import { stemWord } from "./match-foods.js";

const WORD = /[A-Za-zÀ-ɏ]+(?:['’][A-Za-zÀ-ɏ]+)*/g;

const isPlural = (word: string) => stemWord(word) !== word.toLowerCase().replace(/y$/, "i");

function pluralize(phrase: string): string {
  return phrase.replace(/([A-Za-z]+)$/, (w) => {
    if (isPlural(w)) return w;
    if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}ies`;
    if (/(?:ch|sh|x|s)$/i.test(w)) return `${w}es`;
    return `${w}s`;
  });
}

function singularize(phrase: string): string {
  return phrase.replace(/([A-Za-z]+)$/, (w) => {
    if (!isPlural(w)) return w;
    if (/ies$/i.test(w)) return `${w.slice(0, -3)}y`;
    if (/(?:ches|shes|xes)$/i.test(w)) return w.slice(0, -2);
    return w.replace(/s$/i, "");
  });
}

/** `to` written as the words it replaces were: capitalised, upper case, singular or plural. */
function inStyleOf(to: string, first: string, last: string): string {
  let out = to;
  // Only a plain last word is made to agree: "milk (1 cup)" is left as written.
  if (/[A-Za-z]$/.test(to)) out = isPlural(last) ? pluralize(to) : singularize(to);
  if (first.length > 1 && first === first.toUpperCase()) return out.toUpperCase();
  if (/^\p{Lu}/u.test(first)) return out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Replaces every run of words that are `from` (by stem: "chilies" is "chili") with `to`, only
 *  where the words are separated by spaces: "Ground Pork" and "ground pork" → "ground chicken". */
export function rewriteMentions(
  text: string,
  from: readonly string[],
  to: string,
): { text: string; count: number } {
  const stems = from.map(stemWord);
  if (stems.length === 0) return { text, count: 0 };
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
  let out = "";
  let last = 0;
  let count = 0;
  for (let i = 0; i + stems.length <= words.length; i++) {
    if (!stems.every((s, j) => stemWord(words[i + j]?.word ?? "") === s)) continue;
    const first = words[i]!;
    const end = words[i + stems.length - 1]!;
    const stop = end.at + end.word.length;
    const run = words.slice(i, i + stems.length);
    const spaced = run.every(
      (w, j) => j === 0 || /^\s+$/.test(text.slice(run[j - 1]!.at + run[j - 1]!.word.length, w.at)),
    );
    if (!spaced) continue;
    out += text.slice(last, first.at) + inStyleOf(to, first.word, end.word);
    last = stop;
    count++;
    i += stems.length - 1;
  }
  return { text: out + text.slice(last), count };
}
