import { NUMBER_SOURCE, parseNumber, RANGE_SEPARATOR_SOURCE } from "./read-amount.js";
import type { Storage } from "./recipe.js";
import { splitSentences } from "./split-sentences.js";

/** How to keep a dish, from an FAQ answer or a storage note.
 *  Grammar, per sentence: CONTAINER = ("airtight" | "sealed" | "covered" | "glass" | "freezer-safe" …)
 *    ("container" | "jar" | "bag" | "box" | "tub") | "zip-lock bag";
 *    a sentence naming the fridge gives fridgeDays from "AMOUNT days|weeks", one naming the freezer
 *    gives freezerMonths from "AMOUNT months|weeks"; "reheat"/"warm through"/"microwave" sentences
 *    are the reheat note; in an answer about making ahead, the remaining sentences are makeAhead.
 *  A range ("3-4 days") keeps its lower end: a cook should not keep food longer than the author
 *  is sure of. */
const CONTAINER =
  /\b((?:(?:airtight|air-tight|sealed|covered|lidded|glass|plastic|freezer[- ]safe|freezer|zip-?lock|resealable)\s+)+(?:containers?|jars?|bags?|boxes|box|tubs?))\b/i;
const FRIDGE = /\b(?:fridge|refrigerat\w*)\b/i;
const FREEZER = /\bfreez\w*\b/i;
const REHEAT = /\b(?:re-?heat\w*|warm\s+(?:it\s+|them\s+)?(?:up|through)|microwave\w*)\b/i;
const AHEAD = /\b(?:ahead|in advance|the (?:next|day) (?:day|before)|make-ahead)\b/i;
const AMOUNT = new RegExp(
  `(${NUMBER_SOURCE})(?:${RANGE_SEPARATOR_SOURCE}(${NUMBER_SOURCE}))?\\s*(days?|weeks?|months?)\\b`,
  "gi",
);
/** Sentences that only say yes or no ("Absolutely!") carry nothing to keep. */
const INTERJECTION = /^[\p{L}']+[.!]*$/u;

/** The first amount in the sentence that fits: days or weeks for the fridge, months or weeks for
 *  the freezer ("3 days at room temperature, or freeze for 2 months" → 2 months for the freezer). */
function amountIn(sentence: string, unit: "days" | "months"): number | undefined {
  for (const match of sentence.matchAll(AMOUNT)) {
    const value = match[1] === undefined ? undefined : parseNumber(match[1]);
    if (value === undefined || value <= 0) continue;
    const word = (match[3] ?? "").toLowerCase();
    if (word.startsWith("week"))
      return unit === "days" ? value * 7 : Math.round((value / 4.345) * 10) / 10;
    if (word.startsWith("day") && unit === "days") return value;
    if (word.startsWith("month") && unit === "months") return value;
  }
  return undefined;
}

/** Whether a question or text is about keeping, freezing, reheating or making ahead. */
export function isAboutStorage(text: string): boolean {
  return /\b(?:stor\w*|keep\w*|leftovers?|freez\w*|re-?heat\w*|fridge|refrigerat\w*|ahead|in advance)\b/i.test(
    text,
  );
}

export function readStorage(text: string, question = ""): Storage | undefined {
  const storage: Storage = {};
  const reheat: string[] = [];
  const rest: string[] = [];
  for (const sentence of splitSentences(text)) {
    let used = false;
    const container = CONTAINER.exec(sentence)?.[1];
    if (container && storage.container === undefined) storage.container = container;
    if (FRIDGE.test(sentence)) {
      const days = amountIn(sentence, "days");
      if (days !== undefined && storage.fridgeDays === undefined) storage.fridgeDays = days;
      used = true;
    }
    if (FREEZER.test(sentence)) {
      const months = amountIn(sentence, "months");
      if (months !== undefined && storage.freezerMonths === undefined)
        storage.freezerMonths = months;
      used = true;
    }
    if (REHEAT.test(sentence)) {
      reheat.push(sentence);
      used = true;
    }
    if (!used && !container && !INTERJECTION.test(sentence)) rest.push(sentence);
  }
  if (reheat.length > 0) storage.reheat = reheat.join(" ");
  if (AHEAD.test(question) && rest.length > 0) storage.makeAhead = rest.join(" ");
  return Object.keys(storage).length > 0 ? storage : undefined;
}

/** Joins what several answers say; the first to state a field wins. */
export function mergeStorage(a: Storage | undefined, b: Storage | undefined): Storage | undefined {
  if (!a) return b;
  if (!b) return a;
  return { ...b, ...a };
}
