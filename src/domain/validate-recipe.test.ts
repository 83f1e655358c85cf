import { describe, expect, it } from "vitest";
import { RecipeIssueCode, validateRecipe } from "./validate-recipe.js";

const minimal = {
  title: "Toast",
  slug: "toast",
  ingredientGroups: [{ ingredients: [{ text: "1 slice bread", food: "bread" }] }],
  stepGroups: [{ steps: [{ text: "Toast the bread." }] }],
};

const codes = (data: unknown) => {
  const result = validateRecipe(data);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe("validateRecipe", () => {
  it("accepts a minimal recipe and fills the defaults", () => {
    const result = validateRecipe(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.faq).toEqual([]);
    expect(result.value.stepGroups[0]?.steps[0]?.timers).toEqual([]);
    expect(result.value.ingredientGroups[0]?.ingredients[0]?.substitutes).toEqual([]);
  });

  it("keeps quantities of every kind", () => {
    const result = validateRecipe({
      ...minimal,
      ingredientGroups: [
        {
          ingredients: [
            { text: "2 eggs", food: "eggs", quantity: { kind: "exact", value: 2 } },
            { text: "2-3 chilies", food: "chilies", quantity: { kind: "range", min: 2, max: 3 } },
            {
              text: "a splash of water",
              food: "water",
              quantity: { kind: "text", text: "a splash" },
            },
          ],
        },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ["no title", { ...minimal, title: "  " }, RecipeIssueCode.TitleMissing],
    ["a bad slug", { ...minimal, slug: "Not A Slug" }, RecipeIssueCode.SlugInvalid],
    [
      "nothing to cook",
      { ...minimal, ingredientGroups: [], stepGroups: [] },
      RecipeIssueCode.Empty,
    ],
    [
      "a backwards range",
      {
        ...minimal,
        ingredientGroups: [
          { ingredients: [{ text: "x", food: "x", quantity: { kind: "range", min: 3, max: 2 } }] },
        ],
      },
      RecipeIssueCode.RangeInverted,
    ],
    [
      "a backwards timer",
      {
        ...minimal,
        stepGroups: [
          {
            steps: [
              { text: "Wait.", timers: [{ text: "4-3 min", duration: { min: 240, max: 180 } }] },
            ],
          },
        ],
      },
      RecipeIssueCode.DurationInverted,
    ],
    [
      "a step naming a missing ingredient",
      {
        ...minimal,
        stepGroups: [{ steps: [{ text: "Mix.", ingredientRefs: [{ group: 0, index: 5 }] }] }],
      },
      RecipeIssueCode.StepRefUnknown,
    ],
    [
      "an unknown heat",
      { ...minimal, stepGroups: [{ steps: [{ text: "x", heat: "volcanic" }] }] },
      RecipeIssueCode.Invalid,
    ],
    ["a field too long", { ...minimal, title: "x".repeat(301) }, RecipeIssueCode.TitleMissing],
    [
      "too many images",
      { ...minimal, images: Array(101).fill({ url: "a.jpg" }) },
      RecipeIssueCode.TooLarge,
    ],
  ])("rejects %s", (_, data, code) => {
    expect(codes(data)).toContain(code);
  });

  it("gives each issue a path to the field", () => {
    const result = validateRecipe({ ...minimal, stepGroups: [{ steps: [{ text: "" }] }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toEqual(["stepGroups", 0, "steps", 0, "text"]);
  });
});
