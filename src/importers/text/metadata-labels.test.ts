import { describe, expect, it } from "vitest";
import { readTimeValue, timeKey } from "./metadata-labels.js";

describe("readTimeValue", () => {
  it.each([
    ["40 mn", 2400],
    ["12 m", 720],
    ["1h30", 5400],
    ["8h 40m", 31200],
    ["ca. 50 Minuten", 3000],
    ["1 HOUR HR 5 MINUTES MINS", 3900],
  ])("%s", (text, seconds) => {
    expect(readTimeValue(text)?.min).toBe(seconds);
  });
});

describe("timeKey", () => {
  it.each([
    ["Prep", "prep"],
    ["Zubereitungszeit", "prep"],
    ["Gesamt", "total"],
    ["Ready in", "total"],
    ["Cooking", "cook"],
    ["Cuisson", "cook"],
  ])("%s → %s", (label, key) => {
    expect(timeKey(label)).toBe(key);
  });
});
