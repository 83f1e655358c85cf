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
    ["20-Minute Garlic Noodles", { text: "20-Minute Garlic Noodles", marker: "none" }],
    ["3- Fold in the berries.", { text: "Fold in the berries.", marker: "number", number: 3 }],
    ["▢ 2 cups rolled oats", { text: "2 cups rolled oats", marker: "bullet" }],
    ["Honey\u00adglazed car\u00adrots", { text: "Honeyglazed carrots", marker: "none" }],
    ["2\u20443 cup milk", { text: "2/3 cup milk", marker: "none" }],
  ])("%s", (raw, line) => {
    expect(splitLines(raw)).toEqual([{ ...line, blankBefore: false }]);
  });

  it("gives a capital heading glued into running text a line of its own", () => {
    const text =
      "Serves: 4INGREDIENTSMeatballs 400 grams lamb mince 1 large eggMETHODMeatballs: Roll them.";
    expect(splitLines(text).map((l) => l.text)).toEqual([
      "Serves: 4",
      "INGREDIENTS",
      "Meatballs 400 grams lamb mince 1 large egg",
      "METHOD",
      "Meatballs: Roll them.",
    ]);
    for (const kept of ["A METHODOLOGY of sorts.", "THE METHOD", "Try my METHOD for rice."])
      expect(splitLines(kept).map((l) => l.text)).toEqual([kept]);
    // More glued headings than a recipe has sections: no recipe's, left whole (and cheap).
    const many = "xMETHOD ".repeat(9).trim();
    expect(splitLines(many).map((l) => l.text)).toEqual([many]);
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

  it("reads a checkbox on the line before an item as the item's bullet", () => {
    const lines = splitLines("Ingredients\n▢\n1 cup rice\n▢\nwater\nSauce\n▢\n2 tbsp soy sauce");
    expect(lines.map((l) => [l.text, l.marker])).toEqual([
      ["Ingredients", "none"],
      ["1 cup rice", "bullet"],
      ["water", "bullet"],
      ["Sauce", "none"],
      ["2 tbsp soy sauce", "bullet"],
    ]);
  });

  it("reads a bullet alone on its line as the next item's bullet", () => {
    const lines = splitLines("BASE\n•\n130 g flour\n•\nA pinch of salt");
    expect(lines.map((l) => [l.text, l.marker])).toEqual([
      ["BASE", "none"],
      ["130 g flour", "bullet"],
      ["A pinch of salt", "bullet"],
    ]);
  });

  it("joins lower-case lines only in text broken at a fixed width", () => {
    const paragraph =
      "A long paragraph of a web page runs on one line well past any width a mail client would wrap a line at, as the text of a page does.";
    const page = `${paragraph}\n${paragraph}\n1 bone-in ham, about five or six pounds in all\nwater`;
    expect(splitLines(page).at(-1)?.text).toBe("water");
  });

  it("keeps a lower-case line apart when its first word would have fit on the line before", () => {
    const prose = [
      "A paragraph of hard-wrapped prose, broken near the width of seventy",
      "characters as a mail client does it, goes on here for a few lines",
      "more before it ends; all of its lines are about as long as the width",
      "of the text.",
    ];
    const text = [
      ...prose,
      "to your taste instant dashi (dashi no moto)",
      "as needed sesame seeds",
    ];
    expect(splitLines(text.join("\n")).map((l) => l.text)).toEqual([
      prose.join(" "),
      "to your taste instant dashi (dashi no moto)",
      "as needed sesame seeds",
    ]);
  });

  it("reads the wrap width past a long line or two left unwrapped", () => {
    const wrapped = [
      "Line one of a paragraph wrapped at about sixty characters",
      "wide, as a mail client might wrap it, that carries on and",
      "on over several lines; each of them ends where the next",
      "word would no longer fit inside the width of the text, and",
      "so the lines of the paragraph are joined back into one.",
    ];
    const link = `See https://example.com/${"a".repeat(80)}`;
    const lines = splitLines([link, ...wrapped, link].join("\n"));
    expect(lines.map((l) => l.text)).toEqual([link, wrapped.join(" "), link]);
  });

  it("splits items a page set inline, two spaces apart, into lines", () => {
    expect(
      splitLines(" 160 g pasta  1 onion  salt and pepper  2 tbsp pine nuts").map((l) => l.text),
    ).toEqual(["160 g pasta", "1 onion", "salt and pepper", "2 tbsp pine nuts"]);
    expect(splitLines("Serves 4  Ready in 20 min  Easy")).toHaveLength(1);
  });

  it("drops a recipe card's scale and unit buttons", () => {
    const text = "1x\n2x\n3x\n1x2x3x\nUS Customary\nMetric\n▢\n2 cups flour";
    expect(splitLines(text).map((l) => l.text)).toEqual(["2 cups flour"]);
  });

  it.each([
    "Cook Mode Prevent your screen from going dark",
    "Keep your device awake while cooking?",
    "Keep screen on",
    "US Customary – Metric",
    "pin it",
    "Pin It",
    "Jump to recipe",
    "Print",
    "Print Recipe",
    "Save",
    "Pin",
    "Share",
    "Rate this recipe",
    "USAMETRIC",
    "4 Stars",
    "Please enable JavaScript in your browser to complete this form.",
    "Brochure 8.5 x 11 (389 KB)",
    // A separator set between tabs or links.
    "|",
  ])("%s is an artefact", (text) => {
    expect(isUiArtefact(text)).toBe(true);
  });

  it.each([
    "Pin the dough down",
    "Save some sauce for later.",
    "Printed menus",
    "Keep your dough covered while it rises.",
  ])("%s is content", (text) => {
    expect(isUiArtefact(text)).toBe(false);
  });
});
