import { describe, expect, it } from "vitest";
import { findCardSpan } from "./find-card-span.js";
import { type FeatureName, titleCandidates } from "./page-title-features.js";
import { splitLines } from "./split-lines.js";

/** Each feature read on a page written for it: the lines above a short recipe card. */

const CARD = `Ingredients
4 chicken thighs
2 lemons
500 g potatoes
Method
Roast the chicken thighs with the lemons and potatoes at 200C for 40 minutes.
Serve the lemon chicken with the roasted potatoes and the pan juices.`;

const STORY =
  "A lemon chicken traybake is the easiest dinner I know, and the lemons roast sweet in the oven.";

/** The feature's value on every candidate with the title, in the order they are weighed. */
function feature(top: string, title: string, name: FeatureName): number[] {
  const lines = splitLines(`${top}\n${CARD}`);
  return titleCandidates(lines, findCardSpan(lines))
    .filter((c) => c.title === title)
    .map((c) => c.features[name]);
}

describe("title features", () => {
  it("leads: the uppermost of a name's variants, not the ones restating it below", () => {
    const top = `Lemon Chicken Traybake\n${STORY}\nEasy Lemon Chicken Traybake\n5 from 12 votes`;
    expect(feature(top, "Lemon Chicken Traybake", "leads")).toEqual([1]);
    expect(feature(top, "Easy Lemon Chicken Traybake", "leads")).toEqual([0]);
  });

  it("credited: a name under a bare byline label, or ending a byline, wherever it is stated", () => {
    const top = `Lemon Chicken Traybake\nBy\nAnn Smith\nAnn Smith\nThe Test Kitchen\nTested by The Test Kitchen\n${STORY}`;
    expect(feature(top, "Ann Smith", "credited")).toEqual([1, 1]);
    expect(feature(top, "The Test Kitchen", "credited")).toEqual([1]);
    expect(feature(top, "Lemon Chicken Traybake", "credited")).toEqual([0]);
  });

  it("valueOf: the value under a card's label", () => {
    const top = `Lemon Chicken Traybake\n${STORY}\nCourse\nDinner`;
    expect(feature(top, "Dinner", "valueOf")).toEqual([1]);
    expect(feature(top, "Lemon Chicken Traybake", "valueOf")).toEqual([0]);
  });

  it("recipeWord: a line that says it is a recipe", () => {
    const top = `Lemon Chicken Traybake Recipe\n${STORY}\nLemon Chicken Traybake`;
    expect(feature(top, "Lemon Chicken Traybake Recipe", "recipeWord")).toEqual([1]);
    expect(feature(top, "Lemon Chicken Traybake", "recipeWord")).toEqual([0]);
  });

  it("metaBefore: a name under a card's rating", () => {
    const top = `Roast Dinners\n${STORY}\n5 from 12 votes\nLemon Chicken Traybake`;
    expect(feature(top, "Lemon Chicken Traybake", "metaBefore")).toEqual([1]);
    expect(feature(top, "Roast Dinners", "metaBefore")).toEqual([0]);
  });

  it("subtitle: a line under a name the page states twice, not the name stated again", () => {
    const top = `Lemon Chicken Traybake\n${STORY}\nLemon Chicken Traybake\nLemon Chicken Traybake\nRoast Chicken with Lemons`;
    expect(feature(top, "Roast Chicken with Lemons", "subtitle")).toEqual([1]);
    expect(feature(top, "Lemon Chicken Traybake", "subtitle")).toEqual([0, 0, 0]);
  });

  it("digit: a number opening a quantity or a time, not one opening a name", () => {
    const top = `20-Minute Lemon Chicken with New Potatoes\n3 Ingredient Lemon Chicken\n${STORY}\n0:40 Cook`;
    expect(feature(top, "20-Minute Lemon Chicken with New Potatoes", "digit")).toEqual([0]);
    expect(feature(top, "3 Ingredient Lemon Chicken", "digit")).toEqual([0]);
    expect(feature(top, "0:40 Cook", "digit")).toEqual([1]);
  });
});
