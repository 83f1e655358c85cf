import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listIngredients, listSteps, type Recipe } from "../../domain/recipe.js";
import { splitSentences } from "../../domain/split-sentences.js";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { ImportIssueCode } from "../importer.js";
import { textImporter } from "./import-text.js";

const post = readFileSync(
  new URL("../../../examples/caramelised-pork-mince.txt", import.meta.url),
  "utf8",
);

function importValid(text: string): { recipe: Recipe; codes: string[] } {
  const imported = textImporter.importRecipe({ text });
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.issues)}`);
  const valid = validateRecipe(imported.value);
  if (!valid.ok) throw new Error(`invalid recipe: ${JSON.stringify(valid.issues)}`);
  return { recipe: valid.value, codes: imported.issues.map((i) => i.code) };
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** Every string anywhere in a value, for "nothing is lost" checks. */
function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("textImporter on the founding post", () => {
  const { recipe, codes } = importValid(post);
  const ingredients = listIngredients(recipe).map((i) => i.ingredient);
  const steps = listSteps(recipe);

  it("guesses the title from the conclusion and says so", () => {
    expect(recipe.title).toBe("Vietnamese Caramelised Pork Mince Stir Fry");
    expect(recipe.slug).toBe("vietnamese-caramelised-pork-mince-stir-fry");
    expect(codes).toContain(ImportIssueCode.TitleGuessed);
  });

  it("keeps the author's headings", () => {
    expect(recipe.sectionTitles).toEqual({
      authorNotes: "Why I love this recipe",
      ingredients: "What You Need From Your Kitchen",
      steps: "Let's Make These Together",
      variations: "Switch Things Up",
      pairings: "Perfect Pairings",
      faq: "Frequently Asked Questions",
      conclusion: "Conclusion",
    });
  });

  it("sorts the prose into story, notes, variations, pairings and conclusion", () => {
    expect(recipe.story).toHaveLength(1);
    expect(recipe.story[0]).toMatch(/^I first encountered this dish/);
    expect(recipe.authorNotes).toHaveLength(1);
    expect(recipe.authorNotes[0]).toMatch(/^What I love most about this recipe/);
    expect(recipe.variations).toHaveLength(1);
    expect(recipe.variations[0]?.text).toMatch(/throw in some Thai basil/);
    expect(recipe.pairings).toHaveLength(1);
    expect(recipe.pairings[0]?.text).toMatch(/^This caramelised pork mince pairs beautifully/);
    expect(recipe.conclusion).toHaveLength(1);
    expect(recipe.conclusion[0]).toMatch(
      /^This Vietnamese Caramelised Pork Mince Stir Fry is everything/,
    );
  });

  it("reads seven ingredients as food plus note, with no invented quantities", () => {
    expect(ingredients.map((i) => i.food)).toEqual([
      "Ground Pork",
      "Palm Sugar",
      "Fish Sauce",
      "Shallots",
      "Garlic",
      "Red Chilies",
      "Scallions",
    ]);
    for (const ingredient of ingredients) {
      expect(ingredient.text.startsWith(`${ingredient.food}: `)).toBe(true);
      expect(ingredient.note).toBe(ingredient.text.slice(ingredient.food.length + 2));
      expect(ingredient.quantity).toBeUndefined();
      expect(ingredient.unit).toBeUndefined();
    }
    expect(ingredients[1]?.substitutes).toEqual([{ food: "brown sugar" }]);
    expect(ingredients[0]?.note).toMatch(/^Use pork with about 15-20% fat content/);
  });

  it("reads four titled steps", () => {
    expect(steps.map((s) => s.title)).toEqual([
      "Create the Caramel Base",
      "Brown the Pork Perfectly",
      "Build Aromatic Layers",
      "Finish with Bold Flavors",
    ]);
    expect(steps[0]?.text).toMatch(/^Begin by melting palm sugar/);
  });

  it("gives the caramel step the FAQ's timer, heat and cues", () => {
    const caramel = steps[0];
    expect(caramel?.timers).toEqual([{ text: "3-4 minutes", duration: { min: 180, max: 240 } }]);
    expect(caramel?.heat).toBe("medium-high");
    const cues = caramel?.cues.join(" | ") ?? "";
    expect(cues).toMatch(/rich amber colou?r/);
    expect(cues).toMatch(/bubble vigorously/);
    expect(cues).toMatch(/smell sweet and slightly toasty/);
    expect(new Set(caramel?.cues).size).toBe(caramel?.cues.length);
    for (const other of steps.slice(1)) expect(other.timers).toEqual([]);
  });

  it("reads the other steps' own cues", () => {
    expect(steps[1]?.cues.join(" | ")).toMatch(/golden-brown crispy bits/);
    expect(steps[2]?.cues.join(" | ")).toMatch(/fragrant/);
    expect(steps[3]?.cues.join(" | ")).toMatch(/glossy, rich glaze/);
  });

  it("links steps to the ingredients they mention", () => {
    const foodsOf = (i: number) =>
      (steps[i]?.ingredientRefs ?? []).map(
        (r) => recipe.ingredientGroups[r.group]?.ingredients[r.index]?.food,
      );
    expect(foodsOf(0)).toContain("Palm Sugar");
    expect(foodsOf(1)).toEqual(["Ground Pork"]);
    expect(foodsOf(2)).toEqual(["Ground Pork", "Shallots", "Garlic", "Red Chilies", "Scallions"]);
    expect(foodsOf(3)).toEqual(["Fish Sauce", "Scallions"]);
  });

  it("reads six FAQ pairs without their markers", () => {
    expect(recipe.faq).toHaveLength(6);
    expect(recipe.faq[0]).toEqual({
      question: "Can I use ground chicken or turkey instead of pork?",
      answer: expect.stringMatching(/^Yes, you can substitute ground chicken or turkey/),
    });
    for (const { question } of recipe.faq) expect(question).toMatch(/^[A-Z].*\?$/);
  });

  it("turns the FAQ's swaps into substitutions", () => {
    const pork = recipe.substitutions.find((s) => s.replace === "Ground Pork");
    expect(pork?.options.map((o) => o.use)).toEqual(["ground chicken", "ground turkey"]);
    for (const option of pork?.options ?? []) {
      expect(option.add).toEqual(["an extra tablespoon of oil"]);
      expect(option.note).toMatch(/milder/);
    }
    const sugar = recipe.substitutions.find((s) => s.replace === "Palm Sugar");
    expect(sugar?.options.map((o) => o.use)).toEqual([
      "brown sugar",
      "coconut sugar",
      "white sugar",
    ]);
    expect(sugar?.options[1]?.note).toMatch(/closer match/);
    expect(sugar?.options[2]?.add).toEqual(["a tiny bit of molasses"]);
  });

  it("reads storage from the make-ahead answer", () => {
    expect(recipe.storage?.container).toBe("airtight container");
    expect(recipe.storage?.fridgeDays).toBe(3);
    expect(recipe.storage?.freezerMonths).toBeUndefined();
    expect(recipe.storage?.reheat).toMatch(/^Reheat gently in a wok or skillet over medium heat/);
    expect(recipe.storage?.makeAhead).toMatch(/tastes better the next day/);
  });

  it("reads the four ways to make it milder", () => {
    expect(recipe.spice?.heatSources).toEqual(["Red Chilies"]);
    const adjustments = recipe.spice?.adjustments ?? [];
    expect(adjustments.map((a) => a.kind)).toEqual([
      "fewer",
      "deseed",
      "substitute",
      "on-the-side",
    ]);
    expect(adjustments[0]).toMatchObject({
      food: "chili",
      from: { kind: "range", min: 2, max: 3 },
      to: { kind: "exact", value: 1 },
    });
    expect(adjustments[2]?.use).toBe("red bell peppers");
  });

  it("keeps every sentence of the post and no UI artefact", () => {
    const output = normalise(allStrings(recipe).join("\n"));
    const sentences = post
      .split("\n")
      .map((line) => line.replace(/^[-\s→]+/, ""))
      .filter((line) => !/^pin it$/i.test(line.trim()))
      .flatMap(splitSentences);
    expect(sentences.length).toBeGreaterThan(90);
    const missing = sentences.filter((s) => !output.includes(normalise(s)));
    expect(missing).toEqual([]);
    expect(JSON.stringify(recipe).toLowerCase()).not.toContain("pin it");
  });
});

const bananaBread = `Classic Banana Bread

Jump to Recipe
This is the loaf my grandmother baked every Sunday. It uses very ripe bananas and a
little brown sugar.

Serves 8
Prep time: 15 minutes | Cook time: 1 hour

Ingredients

For the loaf:
- 3 ripe bananas, mashed
- 2 cups flour
- 1 tsp baking soda
- 1/2 cup brown sugar
- 1 egg
For the topping:
- 2 tbsp demerara sugar

Instructions
1. Preheat the oven to 180°C.
2. Mix the bananas, brown sugar and egg. Fold in the flour and baking soda.
3. Pour into a loaf tin, sprinkle with the demerara sugar and bake for 55-60 minutes until golden.

Print Recipe
Notes
Store wrapped at room temperature for up to 3 days, or freeze for up to 2 months.`;

const dal = `## Weeknight Red Lentil Dal

Serves: 4
Total time: 40 mins

## What you'll need

- 1 cup red lentils, rinsed
- 2 cloves garlic, minced
- 400 ml coconut milk
- Salt to taste

## Method

Step 1: Soften the garlic
Cook the garlic over medium heat for 30 seconds until fragrant.

Step 2: Simmer
Add the lentils and coconut milk. Simmer over low heat for 20 to 25 minutes until thick.

## FAQ

Q: Can I freeze dal?
A: Yes. Freeze it for up to 3 months and reheat on the stove with a splash of water.

Q: What can I use instead of coconut milk?
A: Cream works too, or use yogurt stirred in at the end.`;

const soup = `Every autumn I make a big pot of this. It is the simplest soup I know.

What You Need
2 tbsp olive oil
1 kg pumpkin, cubed
1 litre vegetable stock

Directions
Heat the olive oil in a large pot over medium-high heat. Add the pumpkin and cook for 5 minutes.
Pour in the stock and simmer for 20 minutes until the pumpkin is tender.

Is it freezable?
Yes, it freezes well for up to 3 months.

This Easy Roasted Pumpkin Soup is my favourite way to welcome the cold.`;

describe("textImporter on other posts", () => {
  it("reads a titled post with groups, numbered steps, yields and times", () => {
    const { recipe, codes } = importValid(bananaBread);
    expect(recipe.title).toBe("Classic Banana Bread");
    expect(codes).toEqual([]);
    expect(recipe.story).toEqual([
      "This is the loaf my grandmother baked every Sunday. It uses very ripe bananas and a little brown sugar.",
    ]);
    expect(recipe.yields).toEqual({ quantity: { kind: "exact", value: 8 }, text: "Serves 8" });
    expect(recipe.times).toEqual({ prep: { min: 900 }, cook: { min: 3600 } });
    expect(recipe.ingredientGroups.map((g) => [g.title, g.ingredients.length])).toEqual([
      ["For the loaf", 5],
      ["For the topping", 1],
    ]);
    expect(recipe.ingredientGroups[0]?.ingredients[1]).toMatchObject({
      text: "2 cups flour",
      quantity: { kind: "exact", value: 2 },
      unit: "cup",
      food: "flour",
    });
    const steps = listSteps(recipe);
    expect(steps).toHaveLength(3);
    expect(steps[0]?.temperatures).toEqual([{ text: "180°C", value: 180, unit: "C" }]);
    expect(steps[2]?.timers).toEqual([
      { text: "55-60 minutes", duration: { min: 3300, max: 3600 } },
    ]);
    expect(steps[2]?.cues).toEqual(["golden"]);
    expect(steps[2]?.ingredientRefs).toEqual([{ group: 1, index: 0 }]);
    expect(recipe.sectionTitles.authorNotes).toBe("Notes");
    expect(recipe.storage).toEqual({ freezerMonths: 2 });
    expect(JSON.stringify(recipe)).not.toMatch(/Jump to Recipe|Print Recipe/);
  });

  it("reads markdown headings, 'Step N:' titles and a Q/A FAQ", () => {
    const { recipe } = importValid(dal);
    expect(recipe.title).toBe("Weeknight Red Lentil Dal");
    expect(recipe.times.total).toEqual({ min: 2400 });
    expect(recipe.yields?.quantity).toEqual({ kind: "exact", value: 4 });
    expect(recipe.ingredientGroups[0]?.ingredients.map((i) => i.food)).toEqual([
      "red lentils",
      "garlic",
      "coconut milk",
      "Salt",
    ]);
    const steps = listSteps(recipe);
    expect(steps.map((s) => s.title)).toEqual(["Soften the garlic", "Simmer"]);
    expect(steps[0]).toMatchObject({ heat: "medium", cues: ["fragrant"] });
    expect(steps[1]?.timers[0]?.duration).toEqual({ min: 1200, max: 1500 });
    expect(recipe.faq.map((f) => f.question)).toEqual([
      "Can I freeze dal?",
      "What can I use instead of coconut milk?",
    ]);
    expect(recipe.faq[0]?.answer).toMatch(/^Yes\./);
    expect(recipe.storage?.freezerMonths).toBe(3);
    expect(recipe.substitutions).toEqual([
      expect.objectContaining({
        replace: "coconut milk",
        options: [
          expect.objectContaining({ use: "cream" }),
          expect.objectContaining({ use: "yogurt" }),
        ],
      }),
    ]);
  });

  it("guesses a title from the prose and finds an FAQ without a heading", () => {
    const { recipe, codes } = importValid(soup);
    expect(recipe.title).toBe("Easy Roasted Pumpkin Soup");
    expect(codes).toEqual([ImportIssueCode.TitleGuessed]);
    expect(recipe.sectionTitles).toMatchObject({
      ingredients: "What You Need",
      steps: "Directions",
    });
    expect(listIngredients(recipe).map((i) => i.ingredient.unit)).toEqual(["tbsp", "kg", "l"]);
    expect(listSteps(recipe).map((s) => s.heat)).toEqual(["medium-high", undefined]);
    expect(recipe.faq).toEqual([
      { question: "Is it freezable?", answer: expect.stringMatching(/^Yes, it freezes well/) },
    ]);
  });

  it("falls back to the main ingredients for a title", () => {
    const { recipe } = importValid(
      "Ingredients\n- 2 eggs\n- 1 tbsp butter\n\nMethod\n1. Whisk the eggs.\n2. Fry in butter.",
    );
    expect(recipe.title).toBe("Eggs with Butter");
  });
});

describe("textImporter on text with no recipe", () => {
  it.each([
    [
      "lorem ipsum",
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    ],
    [
      "a news article",
      "City council approves new budget\n\nThe council voted on Tuesday to approve a new budget. The mayor said it would fund road repairs.\n\nReaction\nResidents had mixed feelings.",
    ],
  ])("fails on %s", (_, text) => {
    const result = textImporter.importRecipe({ text });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual([ImportIssueCode.NoRecipe]);
    expect(result.issues[0]?.message).toMatch(/no recipe/i);
  });
});

describe("textImporter.sniff", () => {
  it("is modest: higher for recipe-like text, low for any other text", () => {
    expect(textImporter.sniff({ text: post })).toBe(0.5);
    expect(textImporter.sniff({ text: bananaBread })).toBe(0.5);
    expect(textImporter.sniff({ text: "Lorem ipsum dolor sit amet." })).toBe(0.1);
    expect(textImporter.sniff({ text: "1234 5678" })).toBe(0);
  });
});
