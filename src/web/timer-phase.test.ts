import { describe, expect, it } from "vitest";
import { formatClock, readTimer } from "./timer-phase.js";

describe("readTimer", () => {
  const range = { min: 180, max: 240 };
  it.each([
    [range, 0, { phase: "running", remainingMs: 180_000, overMs: 0 }],
    [range, 179_999, { phase: "running", remainingMs: 1, overMs: 0 }],
    [range, 180_000, { phase: "check", remainingMs: 60_000, overMs: 0 }],
    [range, 239_000, { phase: "check", remainingMs: 1_000, overMs: 0 }],
    [range, 240_000, { phase: "done", remainingMs: 0, overMs: 0 }],
    [range, 250_000, { phase: "done", remainingMs: 0, overMs: 10_000 }],
    [{ min: 60 }, 59_000, { phase: "running", remainingMs: 1_000, overMs: 0 }],
    // A single duration has no "check" phase: it goes straight to done.
    [{ min: 60 }, 60_000, { phase: "done", remainingMs: 0, overMs: 0 }],
    [{ min: 60, max: 60 }, 60_000, { phase: "done", remainingMs: 0, overMs: 0 }],
    // A clock set back does not run the timer backwards past its start.
    [{ min: 60 }, -5_000, { phase: "running", remainingMs: 60_000, overMs: 0 }],
  ])("%o after %i ms", (bounds, elapsed, expected) => {
    expect(readTimer(bounds, elapsed)).toEqual(expected);
  });
});

describe("formatClock", () => {
  it.each([
    [0, "0:00"],
    [1, "0:01"],
    [1_000, "0:01"],
    [59_001, "1:00"],
    [185_000, "3:05"],
    [3_725_000, "1:02:05"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
