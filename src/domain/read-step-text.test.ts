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
});
