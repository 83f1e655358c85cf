import { describe, expect, it } from "vitest";
import { findSections } from "./find-sections.js";
import { splitLines } from "./split-lines.js";

const kinds = (text: string) =>
  findSections(splitLines(text)).map((s) => [s.kind, s.heading, s.lines.length]);

describe("findSections", () => {
  it("keeps a list's 'To serve:' group in the list when measured items follow it", () => {
    expect(kinds("Ingredients\n- 1 egg\nTo serve:\n300 g noodles\nMethod\n1. Fry it.")).toEqual([
      ["ingredients", "Ingredients", 3],
      ["steps", "Method", 1],
    ]);
  });

  it("keeps 'To serve' in the list over a checkbox item too long to read as a short one", () => {
    const long =
      "5 ounces hard cheese, about 150 grams (roughly; buy a bigger pack if people want more)";
    expect(kinds(`Ingredients\n▢ 1 egg\nTo serve\n▢ ${long}\nMethod\n1. Fry it.`)).toEqual([
      ["ingredients", "Ingredients", 3],
      ["steps", "Method", 1],
    ]);
  });

  it("keeps a 'Serve with' line over the method's heading in the list, as its last item", () => {
    expect(kinds("Ingredients\n- 1 egg\nServe with sauce (in notes)\nMethod\n1. Fry it.")).toEqual([
      ["ingredients", "Ingredients", 2],
      ["steps", "Method", 1],
    ]);
  });

  it("ends a list at a short line over a numbered step", () => {
    const step = "1- In a small pan, heat the oats and the milk, stirring often.";
    expect(kinds(`Ingredients\n50 g oats\n25 cl milk\nCook the porridge\n${step}`)).toEqual([
      ["ingredients", "Ingredients", 2],
      ["other", "Cook the porridge", 1],
    ]);
  });

  it("reads a list of measured foods under a word for what the recipe needs as its ingredients", () => {
    const list = "200 gr green beans\n250 gr minced beef\n1 onion\nhandful of cheese";
    expect(kinds(`Benodigdheden:\n${list}\nMethod\n1. Fry it.`)).toEqual([
      ["ingredients", "Benodigdheden", 4],
      ["steps", "Method", 1],
    ]);
    const tools = "Supplies\n1 large pot\n2 baking sheets\n1 whisk";
    const carved = "Here is what goes in.\n2 cups flour\n1 tsp salt\n3 eggs\n1 cup milk";
    expect(kinds(`${carved}\n${tools}`)).toEqual([
      ["story", undefined, 1],
      ["ingredients", undefined, 4],
      ["equipment", "Supplies", 3],
    ]);
    expect(kinds(`Ingredients\n1 egg\n2 cups flour\n${tools}`)).toEqual([
      ["ingredients", "Ingredients", 2],
      ["equipment", "Supplies", 3],
    ]);
  });

  it("splits at known headings and keeps the story before them", () => {
    expect(
      kinds("A story.\nIngredients\n- 1 egg\nMethod\n1. Fry it.\nConclusion\nThe end."),
    ).toEqual([
      ["story", undefined, 1],
      ["ingredients", "Ingredients", 1],
      ["steps", "Method", 1],
      ["conclusion", "Conclusion", 1],
    ]);
  });

  it("treats unknown heading-shaped lines as sections, but not inside ingredient lists", () => {
    expect(kinds("Ingredients\n- 1 egg\nSalt\nPepper\nA Word on Eggs\nEggs matter.")).toEqual([
      ["ingredients", "Ingredients", 3],
      ["other", "A Word on Eggs", 1],
    ]);
  });

  it("finds ingredients and steps by shape when no heading names them", () => {
    expect(kinds("A story.\n2 cups flour\n1 tsp salt\n1. Mix.\n2. Bake.")).toEqual([
      ["story", undefined, 1],
      ["ingredients", undefined, 2],
      ["steps", undefined, 2],
    ]);
  });

  it("opens an FAQ at a lone answered question after the story", () => {
    expect(kinds("Method\n1. Fry it.\nCan I freeze it?\nYes.")).toEqual([
      ["steps", "Method", 1],
      ["faq", undefined, 2],
    ]);
  });

  it("carves a list around an unmeasured item and ends it at a sentence", () => {
    expect(
      kinds(
        "Make It Ahead\n1 pound zucchini, sliced\n1 cup olive oil\nKosher Salt and Black Pepper\n2 eggs\nPreheat the oven to 375 degrees and oil a pan.\nBake for an hour.",
      ),
    ).toEqual([
      ["other", "Make It Ahead", 0],
      ["ingredients", undefined, 4],
      ["other", undefined, 2],
    ]);
  });

  it("opens a carved list at the unmeasured items right above its first amount", () => {
    const sections = findSections(
      splitLines(
        "Recipe: Orange Carrots\nThe thick end of 3 carrots\nOrange juice (freshly squeezed is best, but a carton will do fine)\n1/4 tsp salt\n1 tbsp soy sauce\nCut the carrots into rounds and simmer them in the juice.",
      ),
    );
    expect(sections.find((s) => s.kind === "ingredients")?.lines.map((l) => l.text)).toEqual([
      "The thick end of 3 carrots",
      "Orange juice (freshly squeezed is best, but a carton will do fine)",
      "1/4 tsp salt",
      "1 tbsp soy sauce",
    ]);
  });

  it("carves a list though a menu links to an 'Ingredients' page", () => {
    const sections = findSections(
      splitLines(
        "A story.\n2 cups flour\n1 tsp salt\nMore\nIngredients\nContact Us\nPrivacy\nTerms\nShop\nPress\nCareers",
      ),
    );
    expect(sections.filter((s) => s.kind === "ingredients").map((s) => s.lines.length)).toEqual([
      3, 6,
    ]);
  });
});
