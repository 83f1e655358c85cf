import { describe, expect, it } from "vitest";
import { joinAmounts } from "./join-amounts.js";
import { splitLines } from "./split-lines.js";

const joined = (text: string) => joinAmounts(splitLines(text)).map((l) => l.text);

describe("joinAmounts", () => {
  it("joins a card's amounts with a bracketed plural to the items under them", () => {
    expect(joined("2 unit(s)\nRed Onion\n150 grams\nGreen Beans\n1 unit(s)\nLime")).toEqual([
      "2 unit(s) Red Onion",
      "150 grams Green Beans",
      "1 unit(s) Lime",
    ]);
  });

  it("joins an amount to an item that opens with a measuring word", () => {
    expect(joined("0.5\nBund Dill\n200\ng Reis")).toEqual(["0.5 Bund Dill", "200 g Reis"]);
  });

  it("splits a servings picker from the amount glued to it", () => {
    expect(joined("4\nPortionen 200\ng Nudeln\n2\nZwiebeln")).toEqual([
      "4 Portionen",
      "200 g Nudeln",
      "2 Zwiebeln",
    ]);
  });

  it("leaves an item that has its own amount alone", () => {
    expect(joined("2\n1 cup rice")).toEqual(["2", "1 cup rice"]);
  });
});
