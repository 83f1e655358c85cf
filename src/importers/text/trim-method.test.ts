import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";
import { trimMethod } from "./trim-method.js";

const trimmed = (text: string) => {
  const { steps, rest } = trimMethod(splitLines(text));
  return { steps: steps.map((l) => l.text), rest };
};

describe("trimMethod", () => {
  it("ends the method where a run of short labels begins", () => {
    expect(
      trimmed(
        "Simmer the soup for 15 minutes.\nBlend until smooth.\nPer serving:\nCalories: 222\nFat: 20g\nMore Soup Recipes\nLeek and Potato Soup",
      ).steps,
    ).toEqual(["Simmer the soup for 15 minutes.", "Blend until smooth."]);
  });

  it("drops a title above the run with it", () => {
    expect(
      trimmed(
        "Boil the pasta until al dente.\nHow to Make Lasagna: the Ten Most Common Mistakes\nHacks\nPizza\nWine",
      ).steps,
    ).toEqual(["Boil the pasta until al dente."]);
  });

  it("goes on past a step's number and title", () => {
    expect(
      trimmed(
        "Cook the noodles until tender.\nStep 2 of 3\n2\nMake the sauce\nWhisk the soy sauce and lime juice together.",
      ).steps,
    ).toHaveLength(5);
  });

  it("keeps the ingredients a card lists under a step out of its steps", () => {
    expect(
      trimmed(
        "Toss the greens together.\n2 cups romaine, 1 cup edamame,1 large carrot\nServe at once.",
      ),
    ).toEqual({
      steps: ["Toss the greens together.", "Serve at once."],
      rest: ["2 cups romaine, 1 cup edamame,1 large carrot"],
    });
  });

  it("ends the method at a blog's notice", () => {
    expect(
      trimmed(
        "Serve hot.\nAs an Amazon Associate I earn from qualifying purchases.\nFlaky Sea Salt, 8.5 oz",
      ).steps,
    ).toEqual(["Serve hot."]);
  });
});
