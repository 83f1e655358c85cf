import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug.js";

describe("slugify", () => {
  it.each([
    ["Vietnamese Caramelised Pork Mince Stir Fry", "vietnamese-caramelised-pork-mince-stir-fry"],
    ["Crème brûlée & Friends", "creme-brulee-and-friends"],
    ["Grandma's  best -- pie!", "grandmas-best-pie"],
    ["  ", ""],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("cuts long titles at a word boundary and stays valid", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("never ends in a dash when the cut falls just after one", () => {
    // Found by fuzzing: "0 0" cut to 2 gave "0-", which the slug pattern refuses.
    expect(slugify("0 0", 2)).toBe("0");
    expect(slugify("ab cd efgh", 3)).toBe("ab");
  });
});
