import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readThemeCard } from "./read-theme-card.js";

const card = (body: string) => readThemeCard(parsePage(`<html><body>${body}</body></html>`).roots);

describe("readThemeCard", () => {
  it("reads repeated ingredient elements, a group per run, once though the page repeats them", () => {
    const items = (a: string, b: string) =>
      `<div class="ingredients__item"><span>${a}</span> <p>${b}</p></div>`;
    const run = `<div class="ingredients__list">${items("2", "avocados")}${items("4", "eggs")}</div>`;
    const c = card(
      `<div class="ingredients">${run}</div><ol class="method-steps"><li>Bake the eggs in the avocados.</li></ol>` +
        `<div class="print-copy"><div class="ingredients">${run}</div></div>`,
    );
    expect(c.ingredients).toEqual([{ lines: ["2 avocados", "4 eggs"] }]);
    expect(c.instructions).toEqual([{ lines: ["Bake the eggs in the avocados."] }]);
  });

  it("takes a sub-list inside a list item as a titled group, and drops a lone heading", () => {
    const c = card(
      `<div class="recipe-ingredients"><h3>Ingredients</h3><ul><li>1 onion</li>` +
        `<li><strong>Seasonings</strong><ul><li>1 tsp cumin</li><li>1 tsp paprika</li></ul></li>` +
        `<li>2 cups stock</li></ul></div>` +
        `<div class="recipe-directions"><h3>Directions</h3><ol><li>Fry the onion until soft and golden.</li></ol></div>`,
    );
    expect(c.ingredients).toEqual([
      { title: "Ingredients", lines: ["1 onion"] },
      { title: "Seasonings", lines: ["1 tsp cumin", "1 tsp paprika"] },
      { lines: ["2 cups stock"] },
    ]);
    expect(c.instructions).toEqual([{ lines: ["Fry the onion until soft and golden."] }]);
  });

  it("leaves out a hidden tab bar and the method a box of ingredients also holds", () => {
    const c = card(
      `<div class="recipe-ingredients"><ul class="nav hidden"><li>Ingredients</li></ul>` +
        `<h2>Ingredients</h2><ul><li>1 onion</li><li>2 cups stock</li></ul>` +
        `<h3>Cooking Instructions</h3><ul><li>Fry the onion until soft and golden.</li></ul></div>`,
    );
    expect(c.ingredients).toEqual([{ lines: ["1 onion", "2 cups stock"] }]);
  });

  it("reads a method of one list item as the steps its blank lines part", () => {
    const c = card(
      `<ul class="ingredients"><li>1 onion</li><li>2 cups stock</li></ul>` +
        `<ul class="directions"><li>Fry the <b>onion</b> until soft.<br/>Stir well.<br/> <br/>Add the stock and simmer.</li></ul>`,
    );
    expect(c.instructions).toEqual([
      { lines: ["Fry the onion until soft. Stir well.", "Add the stock and simmer."] },
    ]);
  });

  it("ignores the page's own classes and a method container's lists of tags", () => {
    const c = readThemeCard(
      parsePage(
        `<html class="x"><body class="category-preparation"><div class="ingredients"><ul><li>2 eggs</li><li>1 cup milk</li></ul></div>` +
          `<div class="recipe steps"><ol><li>Whisk the eggs with the milk.</li></ol><ul><li>Summer</li><li>Brunch</li></ul></div>` +
          `</body></html>`,
      ).roots,
    );
    expect(c.instructions).toEqual([{ lines: ["Whisk the eggs with the milk."] }]);
  });

  it("reads each of the boxes a theme gives its ingredient groups", () => {
    const box = (title: string, items: string[]) =>
      `<div class="ingredients-wrap"><h5>${title}</h5><ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul></div>`;
    const c = card(
      `<h4>Ingredients</h4>${box("", ["20 chicken wings", "1 tsp salt"])}` +
        `${box("Sauce", ["1 tbsp soy sauce", "2 tsp rice wine"])}<h4>Equipment</h4><p>Air fryer</p>` +
        `<div class="method"><ol><li>Mix the sauce and toss the wings in it.</li></ol></div>`,
    );
    expect(c.ingredients).toEqual([
      { lines: ["20 chicken wings", "1 tsp salt"] },
      { title: "Sauce", lines: ["1 tbsp soy sauce", "2 tsp rice wine"] },
    ]);
  });

  it("takes neither list from a container whose class names both", () => {
    const c = card(
      `<div class="ingredients-and-directions"><div class="card ingredients"><ul><li>2 racks of lamb</li><li>1 tbsp cumin</li></ul></div>` +
        `<div class="card directions"><ul><li>Rub the lamb with the cumin and grill it.</li></ul></div></div>`,
    );
    expect(c.ingredients).toEqual([{ lines: ["2 racks of lamb", "1 tbsp cumin"] }]);
    expect(c.instructions).toEqual([{ lines: ["Rub the lamb with the cumin and grill it."] }]);
  });

  it("titles a group with a list item its class marks as a heading, not with a food", () => {
    const c = card(
      `<div class="box-ingredients"><ul><li>Whipped cream, for serving</li><li class="category">For the Fruit</li>` +
        `<li>1 pound peaches</li><li>3/4 cup sugar</li><li class="category">For the Topping</li><li>1/4 cup flour</li>` +
        `<li><strong>Kosher salt</strong></li></ul></div><div class="method"><p>Bake the fruit under the topping.</p></div>`,
    );
    expect(c.ingredients).toEqual([
      { lines: ["Whipped cream, for serving"] },
      { title: "For the Fruit", lines: ["1 pound peaches", "3/4 cup sugar"] },
      { title: "For the Topping", lines: ["1/4 cup flour", "Kosher salt"] },
    ]);
  });

  it("passes over a method box of times for the next, and a list of times for paragraphs", () => {
    const c = card(
      `<ul class="ingredients"><li>1 l milk</li><li>200 g rice</li></ul>` +
        `<div class="method-overview"><ul><li>Prep Time: 5 mins</li><li>Total time: 30 mins</li></ul></div>` +
        `<div class="recipe-preparation"><ul><li>Elkészítési idő: kb. 30 perc</li><li>Hűtési idő: 1 óra</li></ul>` +
        `<p>Simmer the rice in the milk until soft, then chill it.</p>` +
        `<p><a href="/muffins">Breakfast muffins</a></p></div>`,
    );
    expect(c.instructions).toEqual([
      { lines: ["Simmer the rice in the milk until soft, then chill it."] },
    ]);
  });
});
