import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readRecipeLists } from "./read-recipe-lists.js";

const read = (body: string) =>
  readRecipeLists(parsePage(`<html><body>${body}</body></html>`).roots);

describe("readRecipeLists", () => {
  it("finds the list of amounts and the list of sentences after it, past menus and hidden copies", () => {
    const r = read(
      `<nav><ul><li>1 Home</li><li>2 Shop</li></ul></nav><article><ul><li>Share</li><li>Print</li></ul>` +
        `<ul><li>200 g flour</li><li>½ tsp salt</li><li>Pepper</li></ul>` +
        `<ul class="u-visuallyhidden"><li>7 oz flour</li><li>½ tsp salt</li><li>Pepper</li></ul>` +
        `<ol><li>Mix the flour with the salt.</li><li>Season with pepper and rest it.</li></ol></article>`,
    );
    expect(r.ingredients).toEqual([{ lines: ["200 g flour", "½ tsp salt", "Pepper"] }]);
    expect(r.instructions).toEqual([
      { lines: ["Mix the flour with the salt.", "Season with pepper and rest it."] },
    ]);
  });

  it("reads a method written as paragraphs, numbered by headings, up to the next heading", () => {
    const r = read(
      `<ul><li>3 eggs</li><li>1.5 cups cream</li></ul><h3>Preparation</h3>` +
        `<h6>STEP 1.</h6><p>Preheat the oven to 450°F.</p><h6>STEP 2.</h6><p>Whisk the eggs and cream.</p>` +
        `<h3>More recipes</h3><p>Try our pumpkin bread, it is lovely.</p>`,
    );
    expect(r.instructions).toEqual([
      { lines: ["Preheat the oven to 450°F.", "Whisk the eggs and cream."] },
    ]);
  });

  it("does not take the recipe's yield and time, listed with numbers, for its ingredients", () => {
    const r = read(
      `<ul class="icons"><li>Serves 4</li><li>1 hour 30 minutes + resting time</li></ul>` +
        `<h3>Ingredients</h3><p>6 chicken legs</p><p>2 limes</p>`,
    );
    expect(r.ingredients).toEqual([]);
  });

  it("finds nothing on a page without a list of amounts", () => {
    expect(read("<ul><li>Home</li><li>About</li></ul><p>Hello there, friends.</p>")).toEqual({
      ingredients: [],
      instructions: [],
    });
  });

  it("reads a checklist of rows, each line's parts in elements of their own, past a form's filters", () => {
    const row = (amount: string, food: string, note = "") =>
      `<div class="row"><input type="checkbox"/><div class="line"><div>${amount}</div><div class="b">${food}</div>${note && `<div>(${note})</div>`}</div></div>`;
    const r = read(
      `<form>${row("", "Vegan")}${row("", "Quick")}</form><section><h2>Ingredients</h2><div class="list">` +
        `${row("2", "cinnamon sticks")}${row("1 pack", "vanilla pudding powder", "40 g")}${row("100 g", "sugar")}</div>` +
        `<ol><li>Simmer the rice in the milk with the cinnamon.</li><li>Stir in the pudding powder and sugar.</li></ol></section>`,
    );
    expect(r.ingredients).toEqual([
      { lines: ["2 cinnamon sticks", "1 pack vanilla pudding powder (40 g)", "100 g sugar"] },
    ]);
    expect(r.instructions[0]?.lines).toHaveLength(2);
  });
});
