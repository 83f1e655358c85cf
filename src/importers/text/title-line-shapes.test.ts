import { describe, expect, it } from "vitest";
import { foldText } from "../../domain/fold-text.js";
import type { Line } from "./split-lines.js";
import { hasNameShape, SITE_WORDS } from "./title-line-shapes.js";

const line = (text: string): Line => ({ text, marker: "none", blankBefore: false });

describe("hasNameShape", () => {
  it("takes a name with a word set in braces", () => {
    expect(hasNameShape(line("The Best Chocolate Cake Recipe {Ever}"))).toBe(true);
  });

  it("refuses a line of code", () => {
    expect(hasNameShape(line("function bake() { return }"))).toBe(false);
    expect(hasNameShape(line("Lemon Cake {"))).toBe(false);
  });
});

describe("SITE_WORDS", () => {
  it.each(["You May Also Like", "Scroll to a section"])("%s is the site's", (text) => {
    expect(SITE_WORDS.test(foldText(text))).toBe(true);
  });

  it("does not take a dish's name for the site's", () => {
    expect(SITE_WORDS.test(foldText("Lemon Chicken Traybake"))).toBe(false);
  });
});
