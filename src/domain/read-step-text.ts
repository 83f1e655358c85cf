import { readCues } from "./read-cues.js";
import { readHeat } from "./read-heat.js";
import { readTemperatures } from "./read-temperatures.js";
import { readTimers } from "./read-timers.js";
import type { Heat, Temperature, Timer } from "./recipe.js";

export interface StepTextFacts {
  timers: Timer[];
  heat?: Heat;
  temperatures: Temperature[];
  cues: string[];
}

/** What a method text says besides its words: timers, heat, temperatures and done-signs, the
 *  first of each as many as the model's step keeps (a long step may state more). */
export function readStepText(text: string): StepTextFacts {
  const heat = readHeat(text);
  return {
    timers: readTimers(text).slice(0, 50),
    ...(heat ? { heat } : {}),
    temperatures: readTemperatures(text).slice(0, 20),
    cues: readCues(text).slice(0, 50),
  };
}
