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

  it("joins a label alone on its line with the value on the next", () => {
    expect(readLabelledFacts(["Total Time:", "20 mins", "Yield:", "4"])).toEqual({
      totalTime: "20 mins",
      yields: "Yield: 4",
    });
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
});
