import { describe, expect, it } from "vitest";
import { joinCardLabels } from "./join-card-labels.js";
import { splitLines } from "./split-lines.js";

const joined = (text: string) => joinCardLabels(splitLines(text)).map((l) => l.text);

describe("joinCardLabels", () => {
  it("joins a label and the boxes of its value", () => {
    expect(joined("PREP TIME\n15\nminutes\nmins\nCOURSE")).toEqual([
      "PREP TIME: 15 minutes mins",
      "COURSE",
    ]);
  });

  it("reads the minutes after the hours of one value", () => {
    expect(joined("Total Time\n1\nhour\nhr 25\nminutes\nmins")).toEqual([
      "Total Time: 1 hour hr 25 minutes mins",
    ]);
  });

  it("takes a run of bare numbers for a picker, not for the value", () => {
    expect(joined("Cook Time: 20\nminutes\n1\n2\n3")).toEqual([
      "Cook Time: 20 minutes",
      "1",
      "2",
      "3",
    ]);
  });

  it("moves a unit glued to the next label back to its value", () => {
    expect(joined("Prep Time: 10\nminutes\nminutesCook Time: 40\nminutes")).toEqual([
      "Prep Time: 10 minutes",
      "Cook Time: 40 minutes",
    ]);
  });

  it("joins a yield's label and the count under it", () => {
    expect(joined("SERVINGS\n12 rolls\nCALORIES")).toEqual(["SERVINGS: 12 rolls", "CALORIES"]);
  });

  it("leaves the line under a yield's label that had its number above it", () => {
    expect(joined("6\nporsjoner\n4 stk egg")).toEqual(["6", "porsjoner", "4 stk egg"]);
  });

  it("keeps a label at the end of a line of furniture with its value", () => {
    expect(joined("Course: Soup Cuisine: Thai Prep Time: 5\nminutes")).toEqual([
      "Course: Soup Cuisine: Thai Prep Time: 5 minutes",
    ]);
  });
});
