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

/** What a method text says besides its words: timers, heat, temperatures and done-signs. */
export function readStepText(text: string): StepTextFacts {
  const heat = readHeat(text);
  return {
    timers: readTimers(text),
    ...(heat ? { heat } : {}),
    temperatures: readTemperatures(text),
    cues: readCues(text),
  };
}
