import { describe, expect, it } from "vitest";
import { formatDuration, toIsoDuration } from "./duration.js";

describe("durations", () => {
  it.each([
    [{ min: 180, max: 240 }, "PT4M"],
    [{ min: 5400 }, "PT1H30M"],
    [{ min: 45 }, "PT45S"],
    [{ min: 0 }, "PT0S"],
    [{ min: 3600, max: 7200 }, "PT2H"],
  ])("%o is %s in ISO 8601 (upper bound)", (d, iso) => {
    expect(toIsoDuration(d)).toBe(iso);
  });

  it.each([
    [{ min: 180, max: 240 }, "3–4 min"],
    [{ min: 5400 }, "1 h 30 min"],
    [{ min: 3600, max: 7200 }, "1–2 h"],
    [{ min: 30, max: 90 }, "30 s – 1 min 30 s"],
    [{ min: 600, max: 600 }, "10 min"],
  ])("%o reads %s", (d, text) => {
    expect(formatDuration(d)).toBe(text);
  });
});
