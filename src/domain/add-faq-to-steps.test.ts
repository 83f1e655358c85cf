import { describe, expect, it } from "vitest";
import { addFaqToSteps } from "./add-faq-to-steps.js";
import type { Step, StepGroup } from "./recipe.js";

const step = (title: string, text: string, extra: Partial<Step> = {}): Step => ({
  title,
  text,
  timers: [],
  temperatures: [],
  cues: [],
  ingredientRefs: [],
  ...extra,
});

const groups: StepGroup[] = [
  {
    steps: [
      step("Create the Caramel Base", "Melt the sugar into a rich amber caramel.", {
        cues: ["a rich amber caramel"],
      }),
      step("Brown the Pork", "Add the pork to the bubbling caramel."),
    ],
  },
];

describe("addFaqToSteps", () => {
  it("adds a doneness answer's timers, heat and cues to the step its subject titles", () => {
    const [group] = addFaqToSteps(groups, [
      {
        question: "How do I know when the caramel is ready?",
        answer: "When it turns a rich amber color. It takes 3-4 minutes over medium-high heat.",
      },
    ]);
    const [caramel, pork] = group?.steps ?? [];
    expect(caramel?.timers).toEqual([{ text: "3-4 minutes", duration: { min: 180, max: 240 } }]);
    expect(caramel?.heat).toBe("medium-high");
    expect(caramel?.cues).toEqual(["a rich amber caramel", "turns a rich amber color"]);
    expect(pork).toEqual(groups[0]?.steps[1]);
  });

  it("does not repeat cues a step already has", () => {
    const [group] = addFaqToSteps(groups, [
      { question: "When is the caramel done?", answer: "When it becomes a rich amber caramel." },
    ]);
    const cues = group?.steps[0]?.cues ?? [];
    expect(cues).toHaveLength(1);
    expect(cues[0]).toContain("a rich amber caramel");
  });

  it("leaves steps alone for questions that are not about doneness", () => {
    expect(
      addFaqToSteps(groups, [
        { question: "Can I use turkey instead of pork?", answer: "Cook until golden, 5 minutes." },
      ]),
    ).toEqual(groups);
  });
});
