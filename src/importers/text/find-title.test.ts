import { describe, expect, it } from "vitest";
import { guessTitle, readTitleLine } from "./find-title.js";
import { splitLines } from "./split-lines.js";

describe("readTitleLine", () => {
  it.each([
    ["Classic Banana Bread\nThis is the loaf.", "Classic Banana Bread"],
    ["# Red Lentil Dal\nText.", "Red Lentil Dal"],
    ["Title: Pumpkin Soup\nText.", "Pumpkin Soup"],
    ["I first made this dish years ago.\nMore.", undefined],
    ["Ingredients\n- 1 egg", undefined],
  ])("%s", (text, title) => {
    expect(readTitleLine(splitLines(text))).toBe(title);
  });
});

describe("guessTitle", () => {
  it.each([
    [
      ["This Vietnamese Caramelised Pork Mince Stir Fry is everything you want."],
      "Vietnamese Caramelised Pork Mince Stir Fry",
    ],
    [
      ["My Grandma's Apple Pie never lasts.", "Our Apple Pie with Cinnamon Crumble is best."],
      "Apple Pie with Cinnamon Crumble",
    ],
    [["I love this banana bread recipe so much."], "Banana Bread"],
    [
      ["This recipe is my homage to her.", "This caramelised pork mince pairs well."],
      "Ground Pork with Palm Sugar",
    ],
  ])("%j", (prose, title) => {
    expect(guessTitle(prose, ["ground pork", "palm sugar"])).toBe(title);
  });

  it("has a last resort", () => {
    expect(guessTitle([], [])).toBe("Untitled Recipe");
  });
});
