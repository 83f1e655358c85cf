import { describe, expect, it } from "vitest";
import { readSubstitution } from "./read-substitution.js";

const foods = ["Ground Pork", "Palm Sugar", "Fish Sauce", "Red Chilies"];

describe("readSubstitution", () => {
  it("reads options named in the question, with what the answer adds to all of them", () => {
    const sub = readSubstitution(
      "Can I use ground chicken or turkey instead of pork?",
      "Yes, you can substitute ground chicken or turkey. You may want to add an extra tablespoon of oil to prevent drying. The flavor will be milder. Ground chicken works particularly well.",
      foods,
    );
    expect(sub?.replace).toBe("Ground Pork");
    expect(sub?.options.map((o) => o.use)).toEqual(["ground chicken", "ground turkey"]);
    for (const option of sub?.options ?? []) {
      expect(option.add).toEqual(["an extra tablespoon of oil"]);
      expect(option.note).toContain("The flavor will be milder.");
    }
    expect(sub?.options[0]?.note).toContain("Ground chicken works particularly well.");
    expect(sub?.options[1]?.note).not.toContain("Ground chicken works");
  });

  it("reads options stated in the answer, each with its own sentences", () => {
    const sub = readSubstitution(
      "What if I don't have palm sugar?",
      "Brown sugar is an excellent substitute for palm sugar. It has a similar depth. You can also use coconut sugar for a closer match. In a pinch, regular white sugar works too, but add a tiny bit of molasses to mimic the flavor.",
      foods,
    );
    expect(sub?.replace).toBe("Palm Sugar");
    expect(sub?.options.map((o) => [o.use, o.add])).toEqual([
      ["brown sugar", []],
      ["coconut sugar", []],
      ["white sugar", ["a tiny bit of molasses"]],
    ]);
    expect(sub?.options[0]?.note).toContain("It has a similar depth.");
    expect(sub?.options[1]?.note).toContain("closer match");
  });

  it.each([
    [
      "What can I use instead of fish sauce?",
      "Soy sauce or tamari work well.",
      "Fish Sauce",
      ["soy sauce", "tamari"],
    ],
    ["Can I replace the chilies with paprika?", "Yes.", "Red Chilies", ["paprika"]],
    ["Is there a substitute for mirin?", "Use dry sherry.", "mirin", ["dry sherry"]],
  ])("%s", (question, answer, replace, uses) => {
    const sub = readSubstitution(question, answer, foods);
    expect(sub?.replace).toBe(replace);
    expect(sub?.options.map((o) => o.use)).toEqual(uses);
  });

  it.each([
    ["How do I know when the caramel is ready?", "It turns amber."],
    ["Can I make it without fish sauce?", "No, it is essential."],
  ])("finds no swap in %s", (question, answer) => {
    expect(readSubstitution(question, answer, foods)).toBeUndefined();
  });
});
