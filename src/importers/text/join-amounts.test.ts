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

  it("joins the amounts a card sets after their names, name first", () => {
    expect(joined("♥鶏モモ肉\n500g前後\n♥玉ねぎ\n2個\n＊塩\n小さじ(1〜)2弱")).toEqual([
      "♥鶏モモ肉 500g前後",
      "♥玉ねぎ 2個",
      "＊塩 小さじ(1〜)2弱",
    ]);
  });

  it("pairs amount first when the list ends on a name", () => {
    expect(joined("Cooking spray\n3/4 c.\nflour\n1 tsp.\nsalt\n3\neggs")).toEqual([
      "Cooking spray",
      "3/4 c. flour",
      "1 tsp. salt",
      "3 eggs",
    ]);
  });

  it("leaves a picker's last number off the heading under it", () => {
    expect(joined("1\n2\n3\nCake\n1 cup butter")).toEqual(["1", "2", "3", "Cake", "1 cup butter"]);
    expect(joined("4\n2\neggs\n1\ncup milk")).toEqual(["4", "2 eggs", "1 cup milk"]);
  });

  it("leaves an item that has its own amount alone", () => {
    expect(joined("2\n1 cup rice")).toEqual(["2", "1 cup rice"]);
  });
});
