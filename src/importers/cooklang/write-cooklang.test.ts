import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { importCooklang } from "./import-cooklang.js";
import { parseCooklang } from "./parse-cooklang.js";
import { writeCooklang } from "./write-cooklang.js";

const ingredient = (food: string, extra = {}) => ({ text: food, food, substitutes: [], ...extra });

describe("writeCooklang", () => {
  it("marks ingredients, cookware and timers where the step names them", () => {
    const text = writeCooklang(
      makeRecipe({
        title: "Eggs",
        ingredientGroups: [
          {
            ingredients: [
              ingredient("eggs", { quantity: { kind: "exact", value: 2 }, preparation: "beaten" }),
            ],
          },
        ],
        stepGroups: [
          {
            steps: [
              {
                text: "Cook the eggs in a small pan for 3-4 minutes.",
                timers: [{ text: "3-4 minutes", duration: { min: 180, max: 240 } }],
              },
            ],
          },
        ],
        equipment: ["small pan", "spatula"],
      }),
    );
    expect(text).toContain("Cook the @eggs{2}(beaten) in a #small pan{} for ~{3-4%minutes}.");
    // The spatula no step names stays in the front matter.
    expect(text).toContain("cookware:\n  - spatula\n");
  });

  it("opens a section with the ingredients no step names, and writes sections and notes", () => {
    const text = writeCooklang(
      makeRecipe({
        title: "Salad",
        authorNotes: ["Serve cold."],
        ingredientGroups: [
          {
            title: "Dressing",
            ingredients: [
              ingredient("oil"),
              ingredient("vinegar", { unit: "tbsp", quantity: { kind: "exact", value: 1 } }),
            ],
          },
        ],
        stepGroups: [{ title: "Dressing", steps: [{ text: "Shake the oil well." }] }],
      }),
    );
    expect(text).toContain("> Serve cold.\n");
    expect(text).toContain("= Dressing\n\n@vinegar{1%tbsp}\n\nShake the @oil{} well.");
    const back = importCooklang({ text, name: "salad.cook" });
    expect(back.ok && back.value.ingredientGroups?.[0]?.ingredients.map((i) => i.food)).toEqual([
      "vinegar",
      "oil",
    ]);
  });

  it("escapes text that Cooklang would read as markup, comments, notes or sections", () => {
    const steps = [
      "Email @chef or tweet #food -- then rest ~overnight.",
      "> not a note",
      "= not a section",
      "[- not a comment -]",
    ];
    const text = writeCooklang(
      makeRecipe({ stepGroups: [{ steps: steps.map((t) => ({ text: t })) }] }),
    );
    const parsed = parseCooklang(text);
    expect(
      parsed.steps.map((items) =>
        items.map((i) => (i.type === "text" ? i.value : `[${i.type}]`)).join(""),
      ),
    ).toEqual(steps);
  });

  it("gives back section titles, notes, preparations and front matter holding markup", () => {
    // Found by fuzzing: each of these came back changed or cut by a comment.
    const recipe = makeRecipe({
      title: "[- Soup",
      description: "-] hot",
      authorNotes: ["Keep -- do not stir."],
      ingredientGroups: [
        { ingredients: [ingredient("salt", { preparation: "to taste -- or less" })] },
      ],
      stepGroups: [{ title: "~ Sauce =", steps: [{ text: "Add the salt." }] }],
    });
    const back = importCooklang({ text: writeCooklang(recipe), name: "x.cook" });
    if (!back.ok) throw new Error("import failed");
    expect(back.value.title).toBe("[- Soup");
    expect(back.value.description).toBe("-] hot");
    expect(back.value.authorNotes).toEqual(["Keep -- do not stir."]);
    expect(back.value.stepGroups?.[0]?.title).toBe("~ Sauce =");
    expect(back.value.ingredientGroups?.[0]?.ingredients[0]?.preparation).toBe(
      "to taste -- or less",
    );
  });
});
