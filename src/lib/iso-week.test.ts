import { describe, expect, it } from "vitest";
import { addDays, isoWeekOf, mondayOf, parseDay, weekStart } from "./iso-week.js";

describe("ISO weeks", () => {
  it.each([
    ["2026-11-24", "2026-W48", "2026-11-23"],
    ["2026-11-29", "2026-W48", "2026-11-23"], // Sunday ends the week
    ["2026-11-30", "2026-W49", "2026-11-30"],
    ["2027-01-01", "2026-W53", "2026-12-28"], // a Friday: still the old year's week 53
    ["2024-12-30", "2025-W01", "2024-12-30"], // a Monday: already next year's week 1
    ["2021-01-03", "2020-W53", "2020-12-28"],
  ])("%s is in %s, which starts on %s", (day, week, monday) => {
    expect(isoWeekOf(day)).toBe(week);
    expect(mondayOf(day)).toBe(monday);
    expect(weekStart(week)).toBe(monday);
    expect(weekStart(day)).toBe(monday);
  });

  it("refuses weeks and days that do not exist", () => {
    expect(weekStart("2025-W53")).toBeUndefined(); // 2025 has 52 weeks
    expect(weekStart("2026-W00")).toBeUndefined();
    expect(weekStart("2026-W48x")).toBeUndefined();
    expect(parseDay("2026-02-30")).toBeUndefined();
    expect(parseDay("2026-2-3")).toBeUndefined();
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-28", 6)).toBe("2027-01-03");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
