import type { Faq } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** An FAQ section.
 *  Grammar: SECTION = INTRO* ENTRY*     ENTRY = QUESTION ANSWER+
 *           QUESTION = ("Q" [:.] | "Question:")? TEXT | an arrow-marked line | a line ending in "?"
 *                      ("Q: … ? A: …" on one line holds both)
 *           ANSWER = ("A" [:.] | "Answer:")? TEXT
 *  Lines before the first question are not answers; they go back to the caller as notes. */
export interface FaqSection {
  faq: Faq[];
  notes: string[];
}

const Q_PREFIX = /^(?:q|question)\s*[:.]\s*/i;
const A_PREFIX = /^(?:a|answer)\s*[:.]\s*/i;

function questionOf(line: Line): { question: string; answer?: string } | undefined {
  const prefixed = Q_PREFIX.test(line.text);
  const text = line.text.replace(Q_PREFIX, "").trim();
  if (prefixed) {
    const split = /^(.*?\?)\s*(?:(?:a|answer)\s*[:.]\s*)?(\S.*)?$/i.exec(text);
    if (split?.[1])
      return split[2] ? { question: split[1], answer: split[2] } : { question: split[1] };
    return { question: text };
  }
  if (line.marker === "arrow" || /\?["'’”)]*$/u.test(text)) return { question: text };
  return undefined;
}

export function readFaqSection(lines: readonly Line[]): FaqSection {
  const faq: Faq[] = [];
  const notes: string[] = [];
  let question: string | undefined;
  let answer: string[] = [];
  const flush = () => {
    if (question !== undefined && answer.length > 0)
      faq.push({ question, answer: answer.join("\n\n") });
    // A question nobody answered is still the author's text.
    else if (question !== undefined) notes.push(question);
    question = undefined;
    answer = [];
  };
  for (const line of lines) {
    const asked = A_PREFIX.test(line.text) ? undefined : questionOf(line);
    if (asked) {
      flush();
      question = asked.question;
      if (asked.answer) answer.push(asked.answer);
      continue;
    }
    const text = line.text.replace(A_PREFIX, "").trim();
    if (question === undefined) notes.push(text);
    else if (text) answer.push(text);
  }
  flush();
  return { faq, notes };
}
