import { describe, expect, it } from "vitest";
import { readSpice } from "./read-spice.js";

const foods = ["Ground Pork", "Garlic", "Red Chilies"];

describe("readSpice", () => {
  it("reads one adjustment per clause", () => {
    const spice = readSpice(
      "How can I make this dish less spicy?",
      "You have options: use only 1 chili instead of 2-3, remove the seeds before slicing, or substitute with milder red bell peppers for color. You can also serve the chilies on the side. It will still be good.",
      foods,
    );
    expect(spice?.heatSources).toEqual(["Red Chilies"]);
    expect(spice?.adjustments).toEqual([
      {
        kind: "fewer",
        text: "use only 1 chili instead of 2-3",
        food: "chili",
        from: { kind: "range", min: 2, max: 3 },
        to: { kind: "exact", value: 1 },
      },
      { kind: "deseed", text: "remove the seeds before slicing" },
      {
        kind: "substitute",
        text: "substitute with milder red bell peppers for color",
        use: "red bell peppers",
      },
      { kind: "on-the-side", text: "You can also serve the chilies on the side" },
    ]);
  });

  it.each([
    ["Can I make it spicier?", "Add more chilies or a spoon of sambal.", "more"],
    ["Is it too hot for kids?", "Leave out the chilies entirely.", "fewer"],
  ])("%s", (question, answer, kind) => {
    expect(readSpice(question, answer, foods)?.adjustments[0]?.kind).toBe(kind);
  });

  it("ignores questions about other things", () => {
    expect(readSpice("Can I freeze it?", "Yes, remove the seeds first.", foods)).toBeUndefined();
  });
});
