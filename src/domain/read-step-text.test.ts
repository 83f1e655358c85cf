import { describe, expect, it } from "vitest";
import { readStepText } from "./read-step-text.js";

describe("readStepText", () => {
  it("reads timers, heat, temperatures and cues from one text", () => {
    const facts = readStepText(
      "Preheat the oven to 180°C. Brown the onions over medium heat for 8-10 minutes until soft and golden.",
    );
    expect(facts.timers).toEqual([{ text: "8-10 minutes", duration: { min: 480, max: 600 } }]);
    expect(facts.heat).toBe("medium");
    expect(facts.temperatures).toEqual([{ text: "180°C", value: 180, unit: "C" }]);
    expect(facts.cues).toEqual(["soft and golden"]);
  });

  it("leaves heat out when none is named", () => {
    expect("heat" in readStepText("Mix the flour and sugar.")).toBe(false);
  });

  it("keeps as many facts as the model's step holds, from a step that states more", () => {
    // Found by fuzzing: a step with 51 timers failed its recipe (the model keeps 50 a step).
    const facts = readStepText("1 minute, ".repeat(60));
    expect(facts.timers).toHaveLength(50);
    expect(readStepText("180°C, ".repeat(30)).temperatures).toHaveLength(20);
    expect(
      readStepText(Array.from({ length: 60 }, (_, i) => `until x${i}.`).join(" ")).cues,
    ).toHaveLength(50);
  });
});
