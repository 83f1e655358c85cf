import { stemWords } from "./match-foods.js";
import { mergeCues } from "./read-cues.js";
import { readStepText } from "./read-step-text.js";
import type { Faq, Step, StepGroup } from "./recipe.js";

/** Doneness questions ("How do I know when the caramel is ready?") say what a step's cook should
 *  look for; their timers, heat and cues belong on the step whose title (or else text) names the
 *  question's subject. */
const DONENESS =
  /\bhow\s+(?:do|can|will|would|should)\s+(?:i|you|we)\s+(?:know|tell)\b|\bhow\s+long\b|\b(?:ready|done|cooked)\b|\bdoneness\b/i;

const NOT_SUBJECT = new Set(
  (
    "how do does did can could will would should i you we know tell when what is are was it its " +
    "the a an my this that dish recipe ready done cooked long take takes cook cooking make making " +
    "be to of for if enough properly right way thing get when's there"
  )
    .split(" ")
    .flatMap((w) => stemWords(w)),
);

function subjectOf(question: string): string[] {
  return stemWords(question).filter((w) => !NOT_SUBJECT.has(w));
}

function stepFor(groups: readonly StepGroup[], subject: readonly string[]): Step | undefined {
  const steps = groups.flatMap((g) => g.steps);
  const names = (text: string | undefined) => {
    const words = new Set(stemWords(text ?? ""));
    return subject.some((w) => words.has(w));
  };
  return steps.find((s) => names(s.title)) ?? steps.find((s) => names(s.text));
}

function addFacts(step: Step, answer: string): Step {
  const facts = readStepText(answer);
  const known = new Set(step.timers.map((t) => t.text.toLowerCase()));
  const knownTemps = new Set(step.temperatures.map((t) => t.text.toLowerCase()));
  return {
    ...step,
    timers: [...step.timers, ...facts.timers.filter((t) => !known.has(t.text.toLowerCase()))],
    ...(step.heat === undefined && facts.heat ? { heat: facts.heat } : {}),
    temperatures: [
      ...step.temperatures,
      ...facts.temperatures.filter((t) => !knownTemps.has(t.text.toLowerCase())),
    ],
    cues: mergeCues(step.cues, facts.cues),
  };
}

/** Steps with what doneness answers in the FAQ add to them; other steps are returned unchanged. */
export function addFaqToSteps(groups: readonly StepGroup[], faq: readonly Faq[]): StepGroup[] {
  let out = groups.map((g) => ({ ...g, steps: [...g.steps] }));
  for (const { question, answer } of faq) {
    if (!DONENESS.test(question)) continue;
    const subject = subjectOf(question);
    if (subject.length === 0) continue;
    const target = stepFor(out, subject);
    if (!target) continue;
    out = out.map((g) => ({
      ...g,
      steps: g.steps.map((s) => (s === target ? addFacts(s, answer) : s)),
    }));
  }
  return out;
}
