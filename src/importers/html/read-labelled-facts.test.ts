import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readLabelledFacts, readRegionFacts } from "./read-labelled-facts.js";

describe("readLabelledFacts", () => {
  it("reads yields and times on their lines, the first of each kind", () => {
    expect(
      readLabelledFacts([
        "Chipotle Chicken",
        "Prep Time: 5 minutes",
        "COOK TIME: 15 Mins",
        "Total Time: 20 minutes",
        "Servings: 4",
        "Serves 6",
      ]),
    ).toEqual({
      prepTime: "5 minutes",
      cookTime: "15 Mins",
      totalTime: "20 minutes",
      yields: "Servings: 4",
    });
  });

  it("reads a label without its colon only before a figure: a step that bakes is no time", () => {
    expect(readLabelledFacts(["Bake for 30 minutes.", "Cook until golden, 5 minutes"])).toEqual({});
    expect(readLabelledFacts(["Total Time 20 min", "Bake ca. 1 h"])).toEqual({
      totalTime: "20 min",
      cookTime: "ca. 1 h",
    });
    expect(readLabelledFacts(["Prep time = 10 mins", "Cooking time | 35 mins"])).toEqual({
      prepTime: "10 mins",
      cookTime: "35 mins",
    });
  });

  it("joins a label alone on its line with the value on the next", () => {
    expect(readLabelledFacts(["Total Time:", "20 mins", "Yield:", "4"])).toEqual({
      totalTime: "20 mins",
      yields: "Yield: 4",
    });
  });

  it("reads values printed above their labels, as stat boxes do, when the page does so", () => {
    const box = ["1", "Servings", "10 min", "Preparation Time", "5 min", "Cook Time"];
    expect(readLabelledFacts(box)).toEqual({
      yields: "Servings: 1",
      prepTime: "10 min",
      cookTime: "5 min",
    });
    // One label whose value does not read as a time turns nothing round.
    expect(readLabelledFacts(["Prep: 10 min", "Cook Time", "Overnight", "Servings", "4"])).toEqual({
      prepTime: "10 min",
      yields: "Servings: 4",
    });
    expect(readLabelledFacts(["2 hours", "Prep Time", "varies", "Cook Time", "20 min"])).toEqual({
      cookTime: "20 min",
    });
    // Below its label, a value still goes with the label above it.
    expect(readLabelledFacts(["4", "Servings", "6", "Prep Time", "5 min"])).toEqual({
      yields: "Servings: 6",
      prepTime: "5 min",
    });
  });

  it("reads a table's row of labels over its row of values, column by column", () => {
    const table = ["Prep time", "Cook time", "Yields", "Serving Size"];
    expect(
      readLabelledFacts([...table, "15 minutes", "0 minutes", "4 servings", "2 skewers"]),
    ).toEqual({ prepTime: "15 minutes", cookTime: "0 minutes", yields: "Yields: 4 servings" });
    // A row that opens with another column still pairs each label with its own value.
    const rated = ["Difficulty", "Prep time", "Cook time", "Total time", "2", "10 min", "20 min"];
    expect(readLabelledFacts([...rated, "30 min"])).toEqual({
      prepTime: "10 min",
      cookTime: "20 min",
      totalTime: "30 min",
    });
    // Labels over something else are no table.
    expect(readLabelledFacts([...table, "Ingredients", "2 cups flour"])).toEqual({});
  });

  it("reads a bare time label and the labels of other languages", () => {
    expect(readLabelledFacts(["Time", "30 minutes", "Servings", "6"])).toEqual({
      totalTime: "30 minutes",
      yields: "Servings: 6",
    });
    expect(readLabelledFacts(["Totale tijd", "20 minuten"])).toEqual({ totalTime: "20 minuten" });
    expect(
      readLabelledFacts([
        "Temps de préparation : 15 min",
        "Temps de cuisson : 1 h",
        "Gesamtzeit: 2 Std.",
      ]),
    ).toEqual({ prepTime: "15 min", cookTime: "1 h", totalTime: "2 Std." });
    expect(readLabelledFacts(["Tempo de preparo", "Até 1h"])).toEqual({ prepTime: "Até 1h" });
  });

  it("reads no fact from prose", () => {
    expect(readLabelledFacts(["Cook the rice for 20 minutes, then serve 4 people."])).toEqual({});
  });

  it("reads the region of a page, without its navigation", () => {
    const { roots } = parsePage(
      "<html><body><nav>Serves 100</nav><p>Yield: 12 cookies</p></body></html>",
    );
    expect(readRegionFacts(roots)).toEqual({ yields: "Yield: 12 cookies" });
  });

  it("passes over a teaser that uses the region's tag for the article that has the recipe", () => {
    const story = "A braise for cold evenings, slow and forgiving. ".repeat(10);
    const { roots } = parsePage(
      `<html><body><article class="slide">Related: soups</article>` +
        `<article><h1>Braised beef</h1><p>${story}</p><p>Portions : 4</p></article></body></html>`,
    );
    expect(readRegionFacts(roots)).toEqual({ yields: "Portions : 4" });
  });
});
