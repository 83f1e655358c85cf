import { matchFood, stemWords } from "./match-foods.js";
import { splitAlternatives } from "./read-note-substitutes.js";
import type { Substitution, SubstitutionOption } from "./recipe.js";
import { splitSentences } from "./split-sentences.js";

/** A swap an FAQ entry states.
 *  Question grammar: "… use|substitute|swap|try OPTIONS instead of|in place of|rather than|for FOOD?"
 *    | "… replace FOOD with OPTIONS?" | "… don't have FOOD?" | "… substitute|alternative for FOOD?"
 *    | "… without FOOD?" | "… instead of FOOD?"
 *  Answer grammar, per sentence: "OPTION is a(n) … substitute|alternative|replacement|option"
 *    | "… use|substitute|swap in|try OPTIONS …" | "OPTION works too|well|perfectly|…";
 *    "add THING to|for|if …" adds THING to the options the sentence is about. A sentence names an
 *    option by the words that set it apart from the food it replaces; a sentence naming none
 *    speaks for all; "It …"/"They …" continues the option named just before. */
const QUESTION_PATTERNS: ReadonlyArray<{ pattern: RegExp; replace: 1 | 2; options?: 1 | 2 }> = [
  {
    pattern:
      /\b(?:use|substitute|swap(?:\s+in)?|try|sub)\s+(.+?)\s+(?:instead\s+of|in\s+place\s+of|rather\s+than|for)\s+(?:the\s+)?(.+?)\s*\??$/i,
    replace: 2,
    options: 1,
  },
  { pattern: /\breplace\s+(?:the\s+)?(.+?)\s+with\s+(.+?)\s*\??$/i, replace: 1, options: 2 },
  { pattern: /\b(?:don'?t|do\s+not)\s+have\s+(?:any\s+)?(?:the\s+)?(.+?)\s*\??$/i, replace: 1 },
  {
    pattern:
      /\b(?:substitute|alternative|replacement|swap)s?\s+(?:for|to)\s+(?:the\s+)?(.+?)\s*\??$/i,
    replace: 1,
  },
  { pattern: /\bwithout\s+(?:the\s+)?(.+?)\s*\??$/i, replace: 1 },
  { pattern: /\binstead\s+of\s+(?:the\s+)?(.+?)\s*\??$/i, replace: 1 },
];

const ANSWER_PATTERNS: ReadonlyArray<{ pattern: RegExp; cut: boolean }> = [
  {
    pattern:
      /(?:^|,\s*)((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+(?:is|are|makes?)\s+(?:an?\s+|another\s+)?(?:[\p{L}-]+\s+)?(?:substitute|alternative|replacement|swap|option)\b/giu,
    cut: false,
  },
  {
    pattern: /\b(?:use|substitute(?:\s+with)?|swap\s+in|try)\s+([^.;:!?]+)/gi,
    cut: true,
  },
  {
    pattern:
      /(?:^|,\s*)([^.;:!?,]+?)\s+works?\s+(?:too|perfectly|well|fine|great|just as well|as well|particularly well|nicely)\b/gi,
    cut: false,
  },
];

const PHRASE_END =
  /\s+(?:for|to|instead|in|if|but|as|because|which|when|so|and then|though|although)\b|\s+\p{L}+ed\s+(?:in|into|through|at|on)\b|,/iu;
const FILLERS =
  /^(?:in a pinch,?\s+)?(?:(?:regular|plain|ordinary|normal|even|also|just|any|some)\s+)+/i;
const PRONOUN_START = /^(?:it|it's|its|they|they're|these|this one)\b/i;
const ADD = /\badd(?:ing)?\s+([^.;:!?]+)/gi;
const ADD_END = /\s+(?:to|for|if|when|so|because|as|and then|while)\b|,/i;

function cleanOption(phrase: string, sentenceStart: boolean): string {
  let use = phrase.trim().replace(FILLERS, "").trim();
  use = use.replace(/^(?:a|an|the|some)\s+/i, "");
  if (sentenceStart && /^\p{Lu}\p{Ll}/u.test(use)) use = use[0]!.toLowerCase() + use.slice(1);
  return use;
}

/** "ground chicken or turkey" replacing "Ground Pork" → "ground chicken", "ground turkey". */
function expandShared(options: string[], replace: string): string[] {
  const first = options[0]?.split(/\s+/) ?? [];
  const prefix = first.slice(0, -1);
  const replaceWords = new Set(stemWords(replace));
  if (prefix.length === 0 || !prefix.every((w) => replaceWords.has(w.toLowerCase())))
    return options;
  return options.map((o, i) => (i > 0 && !o.includes(" ") ? `${prefix.join(" ")} ${o}` : o));
}

function looksLikeFood(use: string, replace: string): boolean {
  if (use === "" || use.split(/\s+/).length > 5) return false;
  if (/^(?:it|this|that|they|them|either|both|one|you|i|we|this recipe|this dish)$/i.test(use))
    return false;
  if (/^(?:for|to|in|of|with|on|at|by|from|as)\b/i.test(use)) return false;
  return stemWords(use).join(" ") !== stemWords(replace).join(" ");
}

function optionsIn(sentence: string, replace: string): string[] {
  const out: Array<{ at: number; use: string }> = [];
  for (const { pattern, cut } of ANSWER_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const captured = match[1] ?? "";
      const end = cut ? captured.search(PHRASE_END) : -1;
      const phrase = end >= 0 ? captured.slice(0, end) : captured;
      const atStart = sentence.trimStart().startsWith(phrase.trim());
      for (const alt of splitAlternatives(phrase)) {
        const use = cleanOption(alt, atStart);
        if (looksLikeFood(use, replace)) out.push({ at: match.index, use });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.use);
}

function addsIn(sentence: string): string[] {
  return [...sentence.matchAll(ADD)].flatMap((m) => {
    const captured = m[1] ?? "";
    const end = captured.search(ADD_END);
    const thing = (end >= 0 ? captured.slice(0, end) : captured).trim();
    return thing && thing.split(/\s+/).length <= 8 ? [thing] : [];
  });
}

/** The words of an option that set it apart from the food it replaces. */
function distinguishing(use: string, replace: string): string[] {
  const replaceWords = new Set(stemWords(replace));
  const own = stemWords(use).filter((w) => !replaceWords.has(w));
  return own.length > 0 ? own : stemWords(use);
}

function readQuestion(
  question: string,
  foods: readonly string[],
): { replace: string; options: string[] } | undefined {
  for (const { pattern, replace, options } of QUESTION_PATTERNS) {
    const match = pattern.exec(question.trim());
    const asked = match?.[replace]?.replace(/\s+in\s+(?:this|the)\s+(?:recipe|dish)$/i, "").trim();
    if (!match || !asked || asked.split(/\s+/).length > 5) continue;
    const food = matchFood(asked, foods) ?? asked;
    const named = options === undefined ? [] : splitAlternatives(match[options] ?? "");
    return { replace: food, options: expandShared(named, food) };
  }
  return undefined;
}

/** The substitution an FAQ entry states, with `replace` matched to the recipe's own food. */
export function readSubstitution(
  question: string,
  answer: string,
  foods: readonly string[],
): Substitution | undefined {
  const asked = readQuestion(question, foods);
  if (!asked) return undefined;
  const { replace } = asked;
  const uses: string[] = [...asked.options];
  const sentences = splitSentences(answer);
  for (const sentence of sentences) {
    for (const use of expandShared(optionsIn(sentence, replace), replace)) {
      const key = stemWords(use).join(" ");
      if (!uses.some((u) => stemWords(u).join(" ") === key)) uses.push(use);
    }
  }
  if (uses.length === 0) return undefined;
  const keys = uses.map((use) => distinguishing(use, replace));
  const said = uses.map(() => ({ sentences: [] as string[], add: [] as string[] }));
  let previous: number[] = [];
  for (const sentence of sentences) {
    const words = new Set(stemWords(sentence));
    let named = keys.flatMap((key, i) => (key.every((w) => words.has(w)) ? [i] : []));
    if (named.length === 0 && PRONOUN_START.test(sentence) && previous.length === 1)
      named = previous;
    const about = named.length > 0 ? named : uses.map((_, i) => i);
    for (const i of about) {
      said[i]?.sentences.push(sentence);
      said[i]?.add.push(...addsIn(sentence));
    }
    previous = named;
  }
  const options: SubstitutionOption[] = uses.map((use, i) => {
    const { sentences: notes = [], add = [] } = said[i] ?? {};
    return { use, add: [...new Set(add)], ...(notes.length > 0 ? { note: notes.join(" ") } : {}) };
  });
  return { replace, options };
}
