import type { Duration } from "../../domain/duration.js";
import { readDuration } from "../../domain/read-timers.js";
import { readYields } from "../../domain/read-yields.js";
import type { Recipe } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** Yield and time lines ("Serves 4", "Prep time: 10 minutes | Cook time: 30 mins").
 *  Grammar: META-LINE = PART (SEP PART)*     SEP = "|" | "•" | "·" | ";" | "," before a label
 *           PART = YIELDS (see readYields) | TIME-LABEL ":"? DURATION
 *           TIME-LABEL = (prep | preparation | cook | cooking | bake | baking | total) " time"?
 *  A line is metadata only when every part of it reads; such lines leave the prose. */
export interface Metadata {
  yields?: NonNullable<Recipe["yields"]>;
  times: { prep?: Duration; cook?: Duration; total?: Duration };
}

const TIME_LABEL =
  /^(prep(?:aration)?|cook(?:ing)?|bak(?:e|ing)|total|ready in)(?:\s+time)?\s*(?::\s*|\s+(?=\d))(.{1,40})$/i;

type TimeKey = keyof Metadata["times"];

function timeKey(label: string): TimeKey {
  const l = label.toLowerCase();
  if (l.startsWith("prep")) return "prep";
  if (l.startsWith("total") || l.startsWith("ready")) return "total";
  return "cook";
}

function readPart(part: string, into: Metadata): boolean {
  const yields = readYields(part);
  if (yields) {
    into.yields ??= yields;
    return true;
  }
  const time = TIME_LABEL.exec(part);
  const duration = time?.[2] === undefined ? undefined : readDuration(time[2]);
  if (!time?.[1] || !duration) return false;
  into.times[timeKey(time[1])] ??= duration;
  return true;
}

/** The metadata lines of a post, read, and the remaining lines. */
export function readMetadata(lines: readonly Line[]): { metadata: Metadata; rest: Line[] } {
  const metadata: Metadata = { times: {} };
  const rest: Line[] = [];
  for (const line of lines) {
    const parts = line.text
      .split(/\s*[|•·;]\s*|,\s*(?=(?:prep|cook|bake|total|serves|servings|makes|yields?)\b)/i)
      .filter((p) => p !== "");
    const scratch: Metadata = { times: {} };
    if (line.text.length <= 120 && parts.length > 0 && parts.every((p) => readPart(p, scratch))) {
      if (scratch.yields && !metadata.yields) metadata.yields = scratch.yields;
      metadata.times = { ...scratch.times, ...metadata.times };
      continue;
    }
    rest.push(line);
  }
  return { metadata, rest };
}
