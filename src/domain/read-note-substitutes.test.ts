import { describe, expect, it } from "vitest";
import { readNoteSubstitutes } from "./read-note-substitutes.js";

describe("readNoteSubstitutes", () => {
  it.each([
    ["Look for it in Asian grocery stores, or substitute with brown sugar.", ["brown sugar"]],
    ["Unsalted is best, or use margarine if you must.", ["margarine"]],
    ["Honey works too.", ["honey"]],
    [
      "Fresh Thai bird's eye chilies or red jalapeños work perfectly.",
      ["fresh Thai bird's eye chilies", "red jalapeños"],
    ],
    ["Use a good quality brand like Red Boat or Three Crabs for best results.", []],
    ["Don't use pre-minced garlic for this recipe.", []],
    ["It works perfectly.", []],
  ])("%s", (note, foods) => {
    expect(readNoteSubstitutes(note).map((s) => s.food)).toEqual(foods);
  });
});
