import { describe, expect, it } from "vitest";
import { openRecipeFormatImporter } from "./import-open-recipe-format.js";

const ORF = `recipe_uuid: test-42
recipe_name: Lentil Stew
source_authors:
  - Rosa Diaz <rosa@example.org>
source_url: https://example.org/lentils
source_book:
  title: Pulses
  isbn: 978-0-00-000000-0
oven_temp:
  - amount: 180
    unit: C
oven_fan: Low
oven_time: 40 minutes
yields:
  - servings: 6
  - servings: 12
ingredients:
  - Red Lentils:
      usda_num: '16069'
      amounts:
        - amount: 1 1/2
          unit: cups
        - amount: 3
          unit: cups
      processing:
        - rinsed
      notes:
        - Any small lentil works
      substitutions:
        - Yellow Split Peas:
            amounts:
              - amount: 1 1/2
                unit: cups
            notes:
              - Soak overnight
  - Parsley:
      amounts:
        - amount: a handful
      notes:
        - Optional
steps:
  - step: Simmer the lentils for 20 minutes.
    haccp:
      critical_control_point: Boil for at least 10 minutes.
    notes:
      - Skim the foam.
  - step: Bake covered.
notes:
  - Keeps for three days.
X-rating: 5
---
recipe_name: Second
steps:
  - step: Eat.
`;

describe("openRecipeFormatImporter", () => {
  const all = openRecipeFormatImporter.importRecipes?.({ text: ORF, name: "stew.yaml" });
  if (!all?.ok) throw new Error(JSON.stringify(all?.issues));
  const first = all.value[0]?.result;
  if (!first?.ok) throw new Error("first failed");
  const recipe = first.value;

  it("reads every YAML document as a recipe", () => {
    expect(all.value.map((e) => (e.result.ok ? e.result.value.title : e.result.issues))).toEqual([
      "Lentil Stew",
      "Second",
    ]);
  });

  it("maps title, source, yields and oven time", () => {
    expect(recipe.slug).toBe("lentil-stew");
    expect(recipe.source).toEqual({
      url: "https://example.org/lentils",
      site: "Pulses",
      author: "Rosa Diaz",
    });
    expect(recipe.yields).toEqual({
      quantity: { kind: "exact", value: 6 },
      unit: "servings",
      text: "6 servings",
    });
    expect(recipe.times).toEqual({ cook: { min: 2400 } });
  });

  it("maps ingredients with amounts, processing, notes, substitutions and optional", () => {
    const [lentils, parsley] = recipe.ingredientGroups?.[0]?.ingredients ?? [];
    expect(lentils).toEqual({
      text: "1 1/2 cups Red Lentils, rinsed",
      quantity: { kind: "exact", value: 1.5 },
      unit: "cup",
      food: "Red Lentils",
      preparation: "rinsed",
      note: "Any small lentil works",
      substitutes: [{ food: "Yellow Split Peas", note: "1 1/2 cups; Soak overnight" }],
    });
    expect(parsley).toMatchObject({
      quantity: { kind: "text", text: "a handful" },
      optional: true,
      note: "Optional",
    });
  });

  it("keeps step bench notes and control points in the step, and oven settings as notes", () => {
    const [simmer] = recipe.stepGroups?.[0]?.steps ?? [];
    expect(simmer?.text).toBe(
      "Simmer the lentils for 20 minutes. Critical control point: Boil for at least 10 minutes. Note: Skim the foam.",
    );
    expect(simmer?.timers?.[0]?.duration).toEqual({ min: 1200 });
    expect(recipe.authorNotes).toEqual([
      'Source book "Pulses": ISBN 978-0-00-000000-0',
      "Oven: 180 C, fan Low, 40 minutes",
      "Keeps for three days.",
    ]);
  });

  it("says which fields it could not keep", () => {
    const fields = first.issues.map((i) => i.path[0]);
    expect(fields).toEqual(["yields", "usda_num", "recipe_uuid", "X-rating"]);
    expect(first.issues.every((i) => i.code === "ORF_FIELD_UNMAPPED")).toBe(true);
  });

  it("refuses a document that is not ORF-shaped and YAML with too many aliases", () => {
    const bad = openRecipeFormatImporter.importRecipe({ text: "recipe_name: x\nsteps: {a: 1}" });
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.code).toBe("ORF_INVALID");
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
      .concat(
        Array.from(
          { length: 8 },
          (_, i) =>
            `${"b".repeat(i + 1)}: &${"b".repeat(i + 1)} [${Array(9)
              .fill(i === 0 ? "*a" : `*${"b".repeat(i)}`)
              .join(", ")}]`,
        ),
      )
      .concat(["recipe_name: bomb"])
      .join("\n");
    const exploded = openRecipeFormatImporter.importRecipe({ text: bomb });
    expect(exploded.ok).toBe(false);
  });

  it("is sure of a file with recipe_name and ingredients", () => {
    expect(openRecipeFormatImporter.sniff({ text: ORF })).toBe(1);
    expect(openRecipeFormatImporter.sniff({ text: "title: x\n" })).toBe(0);
  });

  it("passes over blank ingredient names and cuts long oven lines and notes", () => {
    // Found by fuzzing: each of these failed the recipe as invalid or too large.
    const text = `recipe_name: x\ningredients:\n  - "": null\n  - Salt:\n      substitutions:\n        - " ": null\nsteps: [Boil.]\noven_time: ${"x ".repeat(11_000)}\n`;
    const result = openRecipeFormatImporter.importRecipe({ text });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(
      result.value.ingredientGroups?.[0]?.ingredients.map((i) => [i.food, i.substitutes]),
    ).toEqual([["Salt", []]]);
    expect(result.value.authorNotes?.[0]).toHaveLength(20_000);
  });

  it("cuts a yield's words to what the model keeps", () => {
    // Found by fuzzing: a 600-letter unit made the yield's text too long for the model.
    const text = `recipe_name: x\ningredients:\n  - Salt: null\nsteps: [Boil.]\nyields:\n  - amount: 2\n    unit: ${"w".repeat(600)}\n`;
    const result = openRecipeFormatImporter.importRecipe({ text });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.yields?.text).toHaveLength(500);
    expect(result.value.yields?.quantity).toEqual({ kind: "exact", value: 2 });
  });
});
