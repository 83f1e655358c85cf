import { describe, expect, it } from "vitest";
import { readDuration, readTimers } from "./read-timers.js";

describe("readTimers", () => {
  it.each([
    ["Cook for 3-4 minutes.", "3-4 minutes", { min: 180, max: 240 }],
    ["Simmer 25–30 mins until thick.", "25–30 mins", { min: 1500, max: 1800 }],
    ["Bake for 1 hour.", "1 hour", { min: 3600 }],
    ["Stir for 30 seconds.", "30 seconds", { min: 30 }],
    ["Chill 1 to 2 hours.", "1 to 2 hours", { min: 3600, max: 7200 }],
    ["Rest it for an hour.", "an hour", { min: 3600 }],
    ["Leave for half an hour.", "half an hour", { min: 1800 }],
    ["Roast 1 hour 30 minutes.", "1 hour 30 minutes", { min: 5400 }],
    ["Braise 1½ hours.", "1½ hours", { min: 5400 }],
    ["Braise for 1 and a half hours.", "1 and a half hours", { min: 5400 }],
    ["Marinate for two days.", "two days", { min: 172_800 }],
    ["Cuisson : 8h 40m", "8h 40m", { min: 31_200 }],
    ["Cuisson : 1 h 30 mn", "1 h 30 mn", { min: 5400 }],
    ["Repos : 40 mn", "40 mn", { min: 2400 }],
  ])("%s → %s", (text, timerText, duration) => {
    expect(readTimers(text)).toEqual([{ text: timerText, duration }]);
  });

  it.each([
    "Use pork with about 15-20% fat.",
    "Use 2-3 chilies.",
    "Cook for a few minutes.",
    "Leave overnight.",
    "Add 2 m of string.",
  ])("finds no timer in %s", (text) => {
    expect(readTimers(text)).toEqual([]);
  });

  it("reads several timers in order", () => {
    expect(
      readTimers("Fry 5 minutes, then add stock and simmer 10 minutes.").map((t) => t.text),
    ).toEqual(["5 minutes", "10 minutes"]);
  });

  it("reads the first duration of a label's value", () => {
    expect(readDuration("10 mins")).toEqual({ min: 600 });
    expect(readDuration("soon")).toBeUndefined();
    // "m" is minutes only after hours, and never the start of a word.
    expect(readDuration("2 h 3 mushrooms")).toEqual({ min: 7200 });
  });

  it("reads a clock's hours and minutes before an hour unit, and a value of bare minutes as 'm'", () => {
    expect(readDuration("1:15 h")).toEqual({ min: 4500 });
    expect(readDuration("0:45 Std.")).toEqual({ min: 2700 });
    expect(readDuration("35m")).toEqual({ min: 2100 });
    expect(readDuration("1:15 h - 1:45 h")).toEqual({ min: 4500, max: 6300 });
    // A time of day is no duration, and "m" inside a phrase stays unread.
    expect(readDuration("at 10:30")).toBeUndefined();
    expect(readDuration("35m of twine")).toBeUndefined();
  });

  it("finds no timer in a number too large to count in seconds", () => {
    // Found by fuzzing: 30 nines of minutes gave a duration the model refuses, failing the recipe.
    expect(readTimers(`${"9".repeat(30)} minutes`)).toEqual([]);
    expect(readDuration(`${"9".repeat(400)} hours`)).toBeUndefined();
  });

  it("reads back a range whose ends formatDuration writes in different units", () => {
    // Found by fuzzing: a Paprika export of 45–90 min ("45 min – 1 h 30 min") came back as 45 min.
    expect(readDuration("45 min – 1 h 30 min")).toEqual({ min: 2700, max: 5400 });
    expect(readDuration("1 min – 1 h")).toEqual({ min: 60, max: 3600 });
    expect(readDuration("10 min, then 5 min")).toEqual({ min: 600 });
  });
});
