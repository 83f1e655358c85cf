import { describe, expect, it } from "vitest";
import { readSchemaDuration } from "./read-schema-values.js";

describe("readSchemaDuration", () => {
  it.each([
    ["PT1H30M", 5_400],
    ["P0DT0H20M", 1_200],
    ["PTH5M", 300],
    ["PT0D4H45M", 17_100],
    ["45", 2_700],
    ["20 minutes", 1_200],
  ])("reads %s", (text, seconds) => {
    expect(readSchemaDuration(text, new Map())).toEqual({ min: seconds });
  });

  it.each(["PT", "P", "PTHM", "soon"])("reads no time in %s", (text) => {
    expect(readSchemaDuration(text, new Map())).toBeUndefined();
  });
});
