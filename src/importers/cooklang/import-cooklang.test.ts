import { describe, expect, it } from "vitest";
import { cooklangImporter, importCooklang } from "./import-cooklang.js";

const RECIPE = `---
title: Garlic Noodles
servings: 2 bowls
tags: noodles, quick
prep time: 10 minutes
cook time: 1 hour 5 minutes
source: https://example.org/noodles
author: Ana
difficulty: easy
---
= Sauce
Melt @butter{2%tbsp} in a #saucepan{} over medium heat.
Add @garlic{4%cloves}(minced) and cook ~{2%minutes}.

> Do not let the garlic brown.

= Noodles
Boil @noodles{200%g} in a #pot for ~{8-10%minutes}.

Toss with the sauce and @parmesan{3tsp}; add @?chilli flakes{}.
`;

describe("importCooklang", () => {
  const result = importCooklang({ text: RECIPE, name: "garlic-noodles.cook" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const recipe = result.value;

  it("maps metadata onto the recipe's fields", () => {
    expect(recipe.title).toBe("Garlic Noodles");
    expect(recipe.slug).toBe("garlic-noodles");
    expect(recipe.yields).toEqual({
      quantity: { kind: "exact", value: 2 },
      unit: "bowls",
      text: "2 bowls",
    });
    expect(recipe.keywords).toEqual(["noodles", "quick"]);
    expect(recipe.times).toEqual({ prep: { min: 600 }, cook: { min: 3900 } });
    expect(recipe.source).toEqual({ url: "https://example.org/noodles", author: "Ana" });
  });

  it("says which metadata it could not place", () => {
    expect(result.issues.map((i) => i.code)).toContain("COOKLANG_METADATA_UNMAPPED");
    expect(result.issues.some((i) => i.message.includes("difficulty"))).toBe(true);
  });

  it("gives each section an ingredient group and a step group", () => {
    expect(recipe.ingredientGroups?.map((g) => g.title)).toEqual(["Sauce", "Noodles"]);
    expect(recipe.stepGroups?.map((g) => g.title)).toEqual(["Sauce", "Noodles"]);
    expect(recipe.ingredientGroups?.[0]?.ingredients[1]).toEqual({
      text: "4 cloves garlic, minced",
      quantity: { kind: "exact", value: 4 },
      unit: "cloves",
      food: "garlic",
      preparation: "minced",
      substitutes: [],
    });
  });

  it("splits an amount written without '%' and keeps optional ingredients", () => {
    const [, parmesan, chilli] = recipe.ingredientGroups?.[1]?.ingredients ?? [];
    expect(parmesan).toMatchObject({ quantity: { kind: "exact", value: 3 }, unit: "tsp" });
    expect(chilli).toMatchObject({ food: "chilli flakes", optional: true });
    expect(chilli?.quantity).toBeUndefined();
  });

  it("writes step text with names in place, timers as durations, and refers to ingredients", () => {
    const [sauce] = recipe.stepGroups ?? [];
    expect(sauce?.steps[0]?.text).toBe(
      "Melt butter in a saucepan over medium heat. Add garlic and cook 2 minutes.",
    );
    expect(sauce?.steps[0]?.timers).toEqual([{ text: "2 minutes", duration: { min: 120 } }]);
    expect(sauce?.steps[0]?.heat).toBe("medium");
    expect(sauce?.steps[0]?.ingredientRefs).toEqual([
      { group: 0, index: 0 },
      { group: 0, index: 1 },
    ]);
    const boil = recipe.stepGroups?.[1]?.steps[0];
    expect(boil?.timers).toEqual([{ text: "8-10 minutes", duration: { min: 480, max: 600 } }]);
    expect(boil?.ingredientRefs).toEqual([{ group: 1, index: 0 }]);
  });

  it("keeps cookware as equipment and notes as the author's notes", () => {
    expect(recipe.equipment).toEqual(["saucepan", "pot"]);
    expect(recipe.authorNotes).toEqual(["Do not let the garlic brown."]);
  });

  it("takes the title from the file name when the metadata has none", () => {
    const named = importCooklang({ text: "Boil @eggs{2}.", name: "recipes/Soft Eggs.cook" });
    expect(named.ok && named.value.title).toBe("Soft Eggs");
  });

  it("reports a text with no steps as no recipe", () => {
    const empty = importCooklang({ text: "---\ntitle: x\n---\n-- nothing", name: "x.cook" });
    expect(empty.ok).toBe(false);
    expect(empty.issues[0]?.code).toBe("NO_RECIPE_FOUND");
  });

  it("keeps a recipe whose step, timers or times run past what the model holds", () => {
    // Found by fuzzing: each of these failed the whole recipe as invalid or too large.
    const long = importCooklang({ text: `Stir ${"well ".repeat(5_000)}`, name: "x.cook" });
    // Cut at 20,000 characters, then the space at the cut trimmed.
    expect(long.ok && long.value.stepGroups?.[0]?.steps[0]?.text).toHaveLength(19_999);
    const timers = importCooklang({ text: "~{1%min} ".repeat(60), name: "x.cook" });
    expect(timers.ok && timers.value.stepGroups?.[0]?.steps[0]?.timers).toHaveLength(50);
    const times = importCooklang({
      text: "---\ncook time: 999999999999999999\n---\nBoil.",
      name: "x.cook",
    });
    expect(times.ok && times.value.times).toBeUndefined();
    expect(times.issues.map((i) => i.code)).toEqual(["COOKLANG_METADATA_UNMAPPED"]);
  });
});

describe("cooklangImporter.sniff", () => {
  it("is certain of a .cook file and fairly sure of Cooklang markup", () => {
    expect(cooklangImporter.sniff({ text: "Boil.", name: "a.cook" })).toBe(1);
    expect(cooklangImporter.sniff({ text: "Add @salt{1%tsp} to taste." })).toBeGreaterThan(0.5);
    expect(cooklangImporter.sniff({ text: "Email me @ home, tweet #food" })).toBe(0);
  });
});
