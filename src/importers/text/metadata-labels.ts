import type { Duration } from "../../domain/duration.js";
import { readDuration } from "../../domain/read-timers.js";

/** The words recipe cards label their times and yields with, in the corpus's languages, and the
 *  reading of a time's value as cards write it ("1 HOUR HR 5 MINUTES", "40 mn", "1h30"). */

export const PREP =
  "prep(?:aration)?|zubereitung(?:szeit)?|arbeitszeit|vorbereitung|aktiv|(?:temps de )?préparation|bereiding(?:stijd)?|voorbereiding|preparazione|(?:tiempo de )?preparación|elaboración|vrijeme pripreme";
/** "Ready in 30 minutes": a total time stated in a phrase rather than a label. */
export const READY_IN =
  "ready in|(?:fertig|auf dem tisch) in|cooks in|klaar in|prêt en|pronto in|listo en";
export const TOTAL =
  "totale|total|ready in|(?:fertig|auf dem tisch) in|cooks in|gesamt(?:zeit)?|dauer|temps total|totale tijd|tempo tot(?:ale|\\.)|tiempo total|ukupno vrijeme|tidsmængde|tid|time";
export const COOK =
  "cook(?:ing)?|bak(?:e|ing)|kochzeit|backzeit|garzeit|cuisson|kooktijd|baktijd|cottura|cocción|vrijeme kuhanja";
export const TIME_LABELS = `${PREP}|${TOTAL}|${COOK}`;
/** The labels that name which time they are: "Time" alone may be the second word of another. */
export const NAMED_TIME_LABELS = TIME_LABELS.replace("|tid|time", "");
export const YIELD_LABELS =
  "servings|serves(?: for)?|yields?|makes|portion(?:en|er|\\(en\\)|/en)?|porsjoner|porties|raciones|porciones|porções|porzioni|dosi per|antal(?:l porsjoner)?|broj porcija|quantità";

export type TimeKey = "prep" | "cook" | "total";

const TOTAL_START = new RegExp(`^(?:${TOTAL})`, "i");
const PREP_START = new RegExp(`^(?:${PREP})`, "i");

export function timeKey(label: string): TimeKey {
  if (TOTAL_START.test(label)) return "total";
  if (PREP_START.test(label)) return "prep";
  return "cook";
}

/** A time's value as cards write it, in words the timer reader knows: "1h30" → "1 h 30 min",
 *  "40 mn" / "20M" → minutes; "ca." and "about" dropped. */
export function readTimeValue(text: string): Duration | undefined {
  const plain = text
    .replace(/\b(?:ca\.|about|approx\.?|circa|environ|ongeveer|etwa)\s*/gi, "")
    .replace(/(\d)\s*h\s*(\d+)\s*(?:m|min)?\b/gi, "$1 h $2 min")
    .replace(/(\d)\s*(?:mn|m)\b\.?/gi, "$1 min");
  return readDuration(plain);
}
