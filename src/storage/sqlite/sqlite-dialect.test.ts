import { describe, expect, it } from "vitest";
import { toFts5Query } from "./sqlite-dialect.js";

describe("toFts5Query", () => {
  it.each([
    ["pork stir fry", '"pork" "stir" "fry"*'],
    ['NEAR(pork "rice") OR -x', '"near" "pork" "rice"*'],
    ["Mama's meatballs", '"mama" "meatballs"*'],
    ["pork ch", '"pork" "ch"'],
    ["s", '"s"'],
    ["Crème brûlée", '"creme" "brulee"*'],
    ["soup with the noodles", '"soup" "noodles"*'],
    ["the", '"the"*'],
    ["*** ???", undefined],
  ])("%s → %s", (text, query) => {
    expect(toFts5Query(text)).toBe(query);
  });
});
