import { describe, expect, it } from "vitest";
import { classifyHeading } from "./classify-heading.js";

describe("classifyHeading", () => {
  it.each([
    ["Ingredients", "ingredients"],
    ["Zutaten für 6 Kugeln", "ingredients"],
    ["ingrediencie", "ingredients"],
    ["Zubereitungsart", "steps"],
    ["Slik gjør du:", "steps"],
    ["What You Need From Your Kitchen", "ingredients"],
    ["You'll need:", "ingredients"],
    ["Method", "steps"],
    ["Instructions", "steps"],
    ["Directions", "steps"],
    ["Let's Make These Together", "steps"],
    ["Steps", "steps"],
    ["Variations", "variations"],
    ["Switch Things Up", "variations"],
    ["Perfect Pairings", "pairings"],
    ["Serve with", "pairings"],
    ["FAQ", "faq"],
    ["Frequently Asked Questions", "faq"],
    ["Conclusion", "conclusion"],
    ["Notes", "authorNotes"],
    ["Why I love this recipe", "authorNotes"],
    // Tips of any kind are notes: a method ends at them.
    ["Buying Tips", "authorNotes"],
    ["Gluten-free tips", "authorNotes"],
    ["Tips and Tricks", "authorNotes"],
    ["Becky's tips", "authorNotes"],
    ["FODMAP tips", "authorNotes"],
    ["Stuffed Peppers Recipe Tips & Tricks", "authorNotes"],
    ["Time-saving tips", "authorNotes"],
    ["Red Velvet Cake Recipe Notes/Tips", "authorNotes"],
    ["Storage", "storage"],
    ["Make-ahead and leftovers", "storage"],
    ['364 Comments on "Polish Pierogi"', "end"],
    ["One comment on “Thumbprint Cookies”", "end"],
    ["SUPPLIES USED:", "equipment"],
    ["Extra benodigdheden", "equipment"],
    ["Strumenti", "equipment"],
    ["Tags", "end"],
    ["You may like", "end"],
    ["材料 （4人分）", "ingredients"],
    ["作り方", "steps"],
    ["اجزاء:", "ingredients"],
    ["ترکیب:", "steps"],
    ["Ингредиенты", "ingredients"],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([
    "Next steps for the council",
    "Reaction",
    "A Note on Fish Sauce Brands Today",
    "Tipsy Cake",
    // Tips that are food.
    "Marinated Steak Tips",
    "For the steak tips",
    "Asparagus tips",
    // A button names a section without opening one.
    "Print instructions",
    "Jump to Ingredients",
    "Shop ingredients",
  ])("%s → none", (heading) => {
    expect(classifyHeading(heading)).toBeUndefined();
  });
});
