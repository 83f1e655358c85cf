import { describe, expect, it } from "vitest";
import { mergeCues, readCues } from "./read-cues.js";

describe("readCues", () => {
  it.each([
    ["Cook until fragrant.", ["fragrant"]],
    ["Bake until golden, about 20 minutes.", ["golden"]],
    ["Stir until glossy", ["glossy"]],
    ["Simmer until the sauce thickens, then serve.", ["the sauce thickens"]],
    [
      "The caramel is ready when it turns a rich amber color and starts to bubble vigorously.",
      ["turns a rich amber color", "starts to bubble vigorously"],
    ],
    [
      "It should smell sweet and slightly toasty, but not burnt.",
      ["smell sweet and slightly toasty"],
    ],
    ["Watch as it transforms into a rich amber caramel.", ["a rich amber caramel"]],
    [
      "Let it develop those golden-brown crispy bits that add texture.",
      ["those golden-brown crispy bits"],
    ],
    ["Add the pork and listen to that satisfying sizzle.", ["that satisfying sizzle"]],
    [
      "Toss until that glossy, rich glaze coats every morsel.",
      ["that glossy, rich glaze coats every morsel"],
    ],
  ])("%s", (text, cues) => {
    expect(readCues(text)).toEqual(cues);
  });

  it.each([
    "It will continue to darken slightly when you add the pork.",
    "Keep it covered until ready to serve.",
    "Develop a plan for dinner.",
    "This usually takes 3-4 minutes over medium-high heat.",
  ])("finds no cue in %s", (text) => {
    expect(readCues(text)).toEqual([]);
  });

  it("merges without duplicates, keeping the fuller wording", () => {
    expect(
      mergeCues(["amber color"], ["turns a rich amber color", "Fragrant", "fragrant"]),
    ).toEqual(["turns a rich amber color", "Fragrant"]);
  });

  it("reads a step of many triggers in linear time, and no cue longer than the model keeps", () => {
    // Found by fuzzing: each "until" scanned to the end of the step for its clause.
    const started = performance.now();
    expect(readCues(" until golden".repeat(8_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
    expect(readCues(`until ${"x".repeat(600)}.`)).toEqual([]);
  });
});
