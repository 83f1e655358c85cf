import { describe, expect, it } from "vitest";
import { readIngredients } from "./read-ingredients.js";
import { splitLines } from "./split-lines.js";

/** Group headers as readIngredients finds them: each group's title and its items. */
const groups = (text: string) =>
  readIngredients(splitLines(text)).groups.map((g) => [g.title, g.ingredients.map((i) => i.text)]);
const titles = (text: string) => readIngredients(splitLines(text)).groups.map((g) => g.title);

describe("isGroupHeader", () => {
  it("reads a capitalised name above a measured item as its group, but not a staple", () => {
    expect(groups("Pesto\n2 cups basil\nOn the side\n1 cup rice\nSalt\n1 lemon")).toEqual([
      ["Pesto", ["2 cups basil"]],
      ["On the side", ["1 cup rice", "Salt", "1 lemon"]],
    ]);
  });

  it("reads a component's name as a group above any item", () => {
    expect(groups("1 cup flour\nGARNISH\nhoney")).toEqual([
      [undefined, ["1 cup flour"]],
      ["GARNISH", ["honey"]],
    ]);
  });

  it("reads a line without a checkbox in a checked list as a group", () => {
    expect(titles("▢ 1 cup flour\n▢ 2 eggs\nCrumb topping\n▢ butter\n▢ brown sugar")).toEqual([
      undefined,
      "Crumb topping",
    ]);
  });

  it("reads a line offering a choice of foods as an item, not a header", () => {
    const choice = "Celery leaves alternatively flat parsley";
    expect(groups(`For the gremolata\n1 lemon\n${choice}\n1 handful walnuts`)).toEqual([
      ["For the gremolata", ["1 lemon", choice, "1 handful walnuts"]],
    ]);
  });

  it("reads sentence-case headers in a list that opened with one", () => {
    expect(
      groups("Dough for the dumplings\n2 cups flour\n1 egg\nFilling for the dumplings\n1 cup curd"),
    ).toEqual([
      ["Dough for the dumplings", ["2 cups flour", "1 egg"]],
      ["Filling for the dumplings", ["1 cup curd"]],
    ]);
  });

  it("reads a measure word alone on its line as a header, not an amount", () => {
    expect(groups("- 1 cup sugar\nBUND\n- 100 g flour\n- 50 g butter")).toEqual([
      [undefined, ["1 cup sugar"]],
      ["BUND", ["100 g flour", "50 g butter"]],
    ]);
  });

  it("reads 'To serve' as a group's header over unmeasured items", () => {
    expect(groups("1 cup rice\n2 cups water\nTo serve\nsliced scallions\nchopped parsley")).toEqual(
      [
        [undefined, ["1 cup rice", "2 cups water"]],
        ["To serve", ["sliced scallions", "chopped parsley"]],
      ],
    );
  });

  it("reads a header with a bracketed aside or a trailing dash as its group's", () => {
    expect(titles("Salsa (makes extra)\n1 cup tomatoes\nFilling-\n2 eggs")).toEqual([
      "Salsa (makes extra)",
      "Filling",
    ]);
  });

  it("reads a short line set apart by blank lines over a measured one as a group", () => {
    expect(titles("2 eggs\n1 cup milk\n\noven chips\n\n1 kg potatoes")).toEqual([
      undefined,
      "oven chips",
    ]);
  });

  it("reads a longer capitalised name set apart by blank lines as a group, not a sentence", () => {
    const name = "Purée of potatoes with smoked bacon and chives";
    expect(titles(`2 eggs\n1 cup milk\n\n${name}\n\n1 kg potatoes`)).toEqual([undefined, name]);
    const sentence = "you will need a big pan for all of this one";
    expect(titles(`2 eggs\n1 cup milk\n\n${sentence}\n\n1 kg potatoes`)).toEqual([undefined]);
  });

  it("reads 'For serving: …' as an item naming its food after the colon", () => {
    expect(groups("1 cup flour\n2 eggs\nFor serving: vanilla ice cream (optional)")).toEqual([
      [undefined, ["1 cup flour", "2 eggs", "For serving: vanilla ice cream (optional)"]],
    ]);
  });

  it("reads a checked item set apart by its checkboxes as an item, though it has no amount", () => {
    const text =
      "▢\n1/4 teaspoon nutmeg\n▢\nScant 1/2 teaspoon ground ginger\n▢\n2 pinches of cardamom";
    expect(titles(text)).toEqual([undefined]);
  });
});
