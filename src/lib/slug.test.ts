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
});
