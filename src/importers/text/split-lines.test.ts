import { describe, expect, it } from "vitest";
import { isUiArtefact, splitLines } from "./split-lines.js";

describe("splitLines", () => {
  it.each([
    ["- Ground Pork: note", { text: "Ground Pork: note", marker: "bullet" }],
    ["- → Can I use turkey?", { text: "Can I use turkey?", marker: "arrow" }],
    ["1. Preheat the oven.", { text: "Preheat the oven.", marker: "number", number: 1 }],
    ["Step 2: Simmer", { text: "Simmer", marker: "number", number: 2 }],
    ["## Method", { text: "Method", marker: "heading" }],
    ["2-3 red chilies", { text: "2-3 red chilies", marker: "none" }],
    ["1.5 cups milk", { text: "1.5 cups milk", marker: "none" }],
  ])("%s", (raw, line) => {
    expect(splitLines(raw)).toEqual([{ ...line, blankBefore: false }]);
  });

  it("drops UI artefacts and blank lines, and joins hard-wrapped lines", () => {
    const lines = splitLines(
      "pin it\nThe first line of a paragraph that was wrapped at a width\nof sixty goes on here.\n\nPrint Recipe\nNext.",
    );
    expect(lines).toEqual([
      {
        text: "The first line of a paragraph that was wrapped at a width of sixty goes on here.",
        marker: "none",
        blankBefore: true,
      },
      { text: "Next.", marker: "none", blankBefore: true },
    ]);
  });

  it("keeps short lines apart: list items may start in lower case", () => {
    const lines = splitLines("1 tablespoon sea salt\nflaky salt, to finish\n▢\nwater");
    expect(lines.map((l) => l.text)).toEqual([
      "1 tablespoon sea salt",
      "flaky salt, to finish",
      "water",
    ]);
  });

  it("drops a recipe card's scale and unit buttons", () => {
    const text = "1x\n2x\n3x\n1x2x3x\nUS Customary\nMetric\n▢\n2 cups flour";
    expect(splitLines(text).map((l) => l.text)).toEqual(["2 cups flour"]);
  });

  it.each([
    "pin it",
    "Pin It",
    "Jump to recipe",
    "Print",
    "Print Recipe",
    "Save",
    "Pin",
    "Share",
    "Rate this recipe",
  ])("%s is an artefact", (text) => {
    expect(isUiArtefact(text)).toBe(true);
  });

  it.each(["Pin the dough down", "Save some sauce for later.", "Printed menus"])(
    "%s is content",
    (text) => {
      expect(isUiArtefact(text)).toBe(false);
    },
  );
});
