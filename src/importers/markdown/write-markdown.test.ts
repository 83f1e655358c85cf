import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { writeMarkdown } from "./write-markdown.js";

describe("writeMarkdown", () => {
  const recipe = makeRecipe({
    title: "Tomato *Soup*",
    description: "Quick and red.",
    yields: { quantity: { kind: "exact", value: 4 }, text: "Serves 4" },
    times: { total: { min: 1800 } },
    source: { url: "https://example.org/soup", author: "Ana" },
    ingredientGroups: [
      {
        title: "Soup",
        ingredients: [{ text: "1 kg tomatoes", food: "tomatoes", substitutes: [] }],
      },
    ],
    stepGroups: [
      { steps: [{ text: "Simmer for 30 minutes." }, { title: "Blend", text: "Blend smooth." }] },
    ],
    faq: [{ question: "Can I freeze it?", answer: "Yes, for 3 months." }],
    keywords: ["soup"],
  });
  const md = writeMarkdown(recipe);

  it("writes the title, facts, ingredients by group and numbered steps", () => {
    expect(md).toContain("# Tomato \\*Soup\\*\n");
    expect(md).toContain(
      "**Yield:** Serves 4 · **Total:** 30 min · **By:** Ana · **Source:** <https://example.org/soup>",
    );
    expect(md).toContain("## Ingredients\n\n### Soup\n\n- 1 kg tomatoes\n");
    expect(md).toContain("1. Simmer for 30 minutes.\n2. **Blend** Blend smooth.\n");
  });

  it("keeps the FAQ and tags, and leaves out empty sections", () => {
    expect(md).toContain("## FAQ\n\n**Can I freeze it?**\n\nYes, for 3 months.");
    expect(md).toContain("**Tags:** soup");
    expect(md).not.toContain("## Variations");
  });
});
