import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readRecipeLists } from "./read-recipe-lists.js";

const read = (body: string) =>
  readRecipeLists(parsePage(`<html><body>${body}</body></html>`).roots);

/** A wrapper an editor puts around each list and each title. */
const block = (html: string) => `<div class="block">${html}</div>`;

describe("findListRun (through readRecipeLists)", () => {
  it("reads sub-lists under their headings, for ingredients and for steps", () => {
    const r = read(
      `<div><p><strong>Beef</strong></p><ul><li>30 ml butter</li><li>900 g beef</li></ul>` +
        `<p><strong>Mash</strong></p><ul><li>6 potatoes</li><li>30 ml cream</li></ul>` +
        `<p><strong>Beef</strong></p><ol><li>Brown the beef in the butter.</li><li>Braise it for three hours.</li></ol>` +
        `<p><strong>Mash</strong></p><ol><li>Boil the potatoes until tender.</li><li>Mash them with the cream.</li></ol>` +
        `<p><strong>Tip</strong></p><ol><li>It keeps for three days in the fridge.</li></ol></div>`,
    );
    expect(r.ingredients.map((g) => g.title)).toEqual(["Beef", "Mash"]);
    expect(r.instructions.map((g) => [g.title, g.lines.length])).toEqual([
      ["Beef", 2],
      ["Mash", 2],
    ]);
  });

  it("keeps a one-step list after the steps as a step under a label that names no tip", () => {
    const r = read(
      `<div><ul><li>2 eggs</li><li>1 cup flour</li></ul>` +
        `<ol><li>Whisk the eggs with the flour.</li><li>Bake it for forty minutes.</li></ol>` +
        `<p>For the glaze:</p><ol><li>Stir the sugar with the milk and pour it over.</li></ol>` +
        `<p>Notes</p><ol><li>It keeps for three days in a tin.</li></ol>` +
        `<ul><li>Print this recipe as a PDF (498 KB) and keep it.</li></ul></div>`,
    );
    expect(r.instructions.flatMap((g) => g.lines)).toEqual([
      "Whisk the eggs with the flour.",
      "Bake it for forty minutes.",
      "Stir the sugar with the milk and pour it over.",
    ]);
  });

  it("reads sub-lists that an editor wrapped one by one, each title in a wrapper of its own", () => {
    const r = read(
      block("<p>Ingredients</p>") +
        block("<ul><li>200 g flour</li><li>1 egg</li></ul>") +
        block("<p>Sauce</p>") +
        block("<ul><li>100 ml cream</li><li>2 tbsp butter</li><li>1 tsp salt</li></ul>") +
        block("<p>Dough method:</p>") +
        block("<ol><li>Mix the flour with the egg.</li><li>Knead it for five minutes.</li></ol>") +
        block("<p>Sauce method:</p>") +
        block("<ol><li>Warm the cream with the butter.</li><li>Season it with the salt.</li></ol>"),
    );
    expect(r.ingredients).toEqual([
      { lines: ["200 g flour", "1 egg"] },
      { title: "Sauce", lines: ["100 ml cream", "2 tbsp butter", "1 tsp salt"] },
    ]);
    expect(r.instructions.map((g) => [g.title, g.lines.length])).toEqual([
      [undefined, 2],
      ["Sauce method:", 2],
    ]);
  });

  it("reads wrapped sub-lists as one run though each wrapper's class also names it alone", () => {
    const widget = (id: string, html: string) => `<div class="widget widget-${id}">${html}</div>`;
    const r = read(
      widget("3f2a1b", "<ul><li>200 g flour</li><li>1 egg</li></ul>") +
        widget("9c0d4e", "<h4>Sauce</h4>") +
        widget("77ab01", "<ul><li>100 ml cream</li><li>2 tbsp butter</li></ul>"),
    );
    expect(r.ingredients.map((g) => g.title ?? "")).toEqual(["", "Sauce"]);
  });

  it("does not join a list of amounts that prose parts from the recipe's", () => {
    const r = read(
      `<div><ul><li>200 g flour</li><li>1 egg</li><li>1 tsp salt</li></ul></div>` +
        `<div><p>We love this bread. It keeps for days and freezes well.</p></div>` +
        `<div><ul><li>2 loaves a week</li><li>3 friends</li></ul></div>`,
    );
    expect(r.ingredients).toEqual([{ lines: ["200 g flour", "1 egg", "1 tsp salt"] }]);
  });

  it("takes no more lists into a run than a recipe has sub-lists, wrapped or sharing a parent", () => {
    const wrapped = Array.from(
      { length: 30 },
      (_, i) =>
        `<div><p>Part ${i}</p></div><div><ul><li>${i + 1} g salt</li><li>1 egg</li></ul></div>`,
    ).join("");
    expect(read(wrapped).ingredients).toHaveLength(12);
    const shared = Array.from(
      { length: 30 },
      (_, i) => `<ul><li>${i + 1} g salt</li><li>1 egg</li></ul>`,
    );
    expect(read(`<div>${shared.join("")}</div>`).ingredients).toHaveLength(12);
  });

  it("reads a page of thousands of wrapped lists in one pass, its run capped", () => {
    const page = "<div><ul><li>1 a</li><li>2 b</li></ul><p>x</p></div>".repeat(10_000);
    const r = read(page);
    expect(r.ingredients).toHaveLength(12);
    expect(r.ingredients[0]).toEqual({ lines: ["1 a", "2 b"] });
  });

  describe("leaves out the page's lists beside the recipe", () => {
    const ingredients = `<div><ul><li>2 slices bread</li><li>1 tbsp butter</li><li>1 pinch salt</li></ul></div>`;
    const method = `<div><ol><li>Toast the bread until golden.</li><li>Spread the butter on it.</li></ol></div>`;
    const titles = (r: ReturnType<typeof read>) => ({
      ingredients: r.ingredients.map((g) => g.title ?? ""),
      instructions: r.instructions.map((g) => g.title ?? ""),
    });

    it("a nutrition box, wrapped like the recipe's lists, under its label", () => {
      const r = read(
        ingredients +
          `<div><h3>Nutrition per serving</h3></div>` +
          `<div><ul><li>320 kcal</li><li>12 g fat</li><li>30 g carbohydrate</li></ul></div>${method}`,
      );
      expect(titles(r)).toEqual({ ingredients: [""], instructions: [""] });
    });

    it.each(["Popular this week", "You may also like", "Mehr Rezepte", "Nährwerte pro Portion"])(
      "a list under '%s', after the ingredients or after the method",
      (label) => {
        const links = (a: string, b: string) =>
          `<div><p>${label}</p><ul><li>${a}</li><li>${b}</li></ul></div>`;
        const short = links("10 easy weeknight dinners", "5 cookie recipes");
        const long = links(
          "The 10 best weeknight dinners for busy families",
          "Our 5 favourite cookie recipes for the holidays",
        );
        expect(titles(read(ingredients + short + method))).toEqual({
          ingredients: [""],
          instructions: [""],
        });
        expect(titles(read(ingredients + method + long))).toEqual({
          ingredients: [""],
          instructions: [""],
        });
      },
    );

    it("a list in a wrapper of another kind than the recipe's, whatever its title", () => {
      const r = read(
        block("<ul><li>200 g flour</li><li>1 egg</li></ul>") +
          block("<p>Sauce</p>") +
          block("<ul><li>100 ml cream</li><li>2 tbsp butter</li></ul>") +
          `<div class="widget"><p>Aus der Redaktion</p><ul><li>12 Ideen fürs Grillen</li><li>7 schnelle Salate</li></ul></div>`,
      );
      expect(r.ingredients.map((g) => g.title ?? "")).toEqual(["", "Sauce"]);
    });

    it.each([
      "Storage:",
      "Serving suggestion",
      "Variations",
      "Make ahead",
      "Leftovers",
      "Aufbewahrung",
      "Conservation",
      "Varianti",
      "Bewaren",
    ])("a list under '%s' after the method, of one sentence or two", (label) => {
      const readWith = (...items: string[]) =>
        read(
          `<div>${ingredients}<ol><li>Toast the bread until golden.</li><li>Spread the butter on it.</li></ol>` +
            `<p>${label}</p><ol>${items.map((i) => `<li>${i}</li>`).join("")}</ol></div>`,
        );
      const one = readWith("Keep it in a tin for up to three days.");
      expect(one.instructions.flatMap((g) => g.lines)).toHaveLength(2);
      const two = readWith(
        "Keep it in a tin for up to three days.",
        "Use salted butter if you like.",
      );
      expect(two.instructions.flatMap((g) => g.lines)).toHaveLength(2);
    });

    it("a list of sentences under a tip's label after the method, however many it holds", () => {
      const r = read(
        `<div>${ingredients}<ol><li>Toast the bread until golden.</li><li>Spread the butter on it.</li></ol>` +
          `<p>Tips</p><ol><li>Keep it in a tin for up to three days.</li><li>Use salted butter if you like.</li></ol></div>`,
      );
      expect(r.instructions.flatMap((g) => g.lines)).toEqual([
        "Toast the bread until golden.",
        "Spread the butter on it.",
      ]);
    });
  });
});
