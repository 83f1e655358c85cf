import { describe, expect, it } from "vitest";
import type { IngredientGroup } from "../../domain/recipe.js";
import { readSteps } from "./read-steps.js";
import { splitLines } from "./split-lines.js";

const ingredients: IngredientGroup[] = [
  {
    ingredients: [
      { text: "2 eggs", food: "eggs", substitutes: [] },
      { text: "1 tbsp butter", food: "butter", substitutes: [] },
    ],
  },
];

const shape = (text: string) =>
  readSteps(splitLines(text), ingredients).map((g) => [
    g.title,
    g.steps.map((s) => [s.title, s.text]),
  ]);

describe("readSteps", () => {
  it("pairs title bullets with the bullet after them", () => {
    expect(
      shape(
        "- Whisk the Eggs\n- Beat the eggs well.\n- Cook Them Gently\n- Fry in butter until set.",
      ),
    ).toEqual([
      [
        undefined,
        [
          ["Whisk the Eggs", "Beat the eggs well."],
          ["Cook Them Gently", "Fry in butter until set."],
        ],
      ],
    ]);
  });

  it("reads numbered steps, continuation lines and group headers", () => {
    expect(
      shape("For the eggs:\n1. Beat the eggs.\nDo not overbeat them.\n2. Melt the butter."),
    ).toEqual([
      [
        "For the eggs",
        [
          [undefined, "Beat the eggs.\n\nDo not overbeat them."],
          [undefined, "Melt the butter."],
        ],
      ],
    ]);
  });

  it("reads paragraph steps with 'Step N' titles", () => {
    expect(shape("Step 1: Beat\nBeat the eggs.\nStep 2\nFry them in butter.")).toEqual([
      [
        undefined,
        [
          ["Beat", "Beat the eggs."],
          [undefined, "Fry them in butter."],
        ],
      ],
    ]);
  });

  it("keeps untitled short steps as steps", () => {
    expect(shape("- Beat the eggs\n- Fry them")).toEqual([
      [
        undefined,
        [
          [undefined, "Beat the eggs"],
          [undefined, "Fry them"],
        ],
      ],
    ]);
  });

  it("reads facts and ingredient references from each step", () => {
    const [group] = readSteps(
      splitLines("1. Fry the eggs in butter over low heat for 2-3 minutes until set."),
      ingredients,
    );
    expect(group?.steps[0]).toMatchObject({
      heat: "low",
      timers: [{ text: "2-3 minutes", duration: { min: 120, max: 180 } }],
      cues: ["set"],
      ingredientRefs: [
        { group: 0, index: 0 },
        { group: 0, index: 1 },
      ],
    });
  });
});
