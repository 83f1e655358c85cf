import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { paprikaImporter } from "./import-paprika.js";
import { writePaprikaArchive } from "./write-paprika.js";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const gz = (value: unknown) => gzipSync(new TextEncoder().encode(JSON.stringify(value)));

const PANCAKES = {
  uid: "A1",
  name: "Pancakes",
  ingredients: "Batter:\n2 cups flour\n1 1/2 cups milk\n\nTopping:\nmaple syrup",
  directions: "1. Whisk the batter.\n2. Fry on medium heat for 2 minutes a side.",
  description: "Sunday pancakes.",
  notes: "Rest the batter.\n\nUse a cast iron pan.",
  nutritional_info: "Calories: 250\nFat: 9 g\nlow sugar-ish",
  servings: "4 servings",
  prep_time: "10 mins",
  cook_time: "20 mins",
  total_time: "",
  difficulty: "Easy",
  rating: 4,
  categories: ["Breakfast"],
  source: "Grandma",
  source_url: "https://example.org/pancakes",
  image_url: "https://example.org/pancakes.jpg",
  photo: "pancakes.jpg",
  photo_data: Buffer.from(JPEG).toString("base64"),
  photos: [{ filename: "stack.jpg", data: Buffer.from(JPEG).toString("base64") }],
};

describe("paprikaImporter", () => {
  const archive = zipSync({
    "Pancakes.paprikarecipe": gz(PANCAKES),
    "Broken.paprikarecipe": gz({ ingredients: "no name" }),
    "../Escape.paprikarecipe": gz(PANCAKES),
  });
  const result = paprikaImporter.importArchive({ bytes: archive, name: "My.paprikarecipes" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const [pancakes, broken, climbing] = result.value;

  it("is sure of a .paprikarecipes zip", () => {
    expect(paprikaImporter.sniff({ bytes: archive, name: "My.paprikarecipes" })).toBe(1);
    expect(paprikaImporter.sniff({ bytes: archive })).toBeGreaterThan(0.5);
    expect(paprikaImporter.sniff({ bytes: zipSync({ "a.txt": new Uint8Array(1) }) })).toBe(0);
  });

  it("reads each recipe, reporting the broken and unsafe ones on their own", () => {
    expect(pancakes?.result.ok).toBe(true);
    expect(broken?.result.issues[0]?.code).toBe("PAPRIKA_INVALID");
    expect(climbing?.result.issues[0]?.code).toBe("ARCHIVE_ENTRY_UNSAFE");
  });

  it("maps Paprika's fields", () => {
    const recipe = pancakes?.result.ok ? pancakes.result.value : undefined;
    expect(recipe?.title).toBe("Pancakes");
    expect(recipe?.description).toBe("Sunday pancakes.");
    expect(
      recipe?.ingredientGroups?.map((g) => [g.title, g.ingredients.map((i) => i.text)]),
    ).toEqual([
      ["Batter", ["2 cups flour", "1 1/2 cups milk"]],
      ["Topping", ["maple syrup"]],
    ]);
    expect(recipe?.stepGroups?.[0]?.steps.map((s) => s.text)).toEqual([
      "Whisk the batter.",
      "Fry on medium heat for 2 minutes a side.",
    ]);
    expect(recipe?.yields).toMatchObject({
      quantity: { kind: "exact", value: 4 },
      unit: "servings",
    });
    expect(recipe?.times).toEqual({ prep: { min: 600 }, cook: { min: 1200 } });
    expect(recipe?.category).toEqual(["Breakfast"]);
    expect(recipe?.nutrition).toEqual({ calories: "250", fat: "9 g" });
    expect(recipe?.authorNotes).toEqual([
      "Rest the batter.",
      "Use a cast iron pan.",
      "low sugar-ish",
    ]);
    expect(recipe?.rating).toEqual({ value: 4, best: 5 });
    expect(recipe?.source).toEqual({ url: "https://example.org/pancakes", site: "Grandma" });
    expect(recipe?.images).toEqual([{ url: "https://example.org/pancakes.jpg" }]);
    expect(pancakes?.result.issues.map((i) => i.code)).toEqual(["PAPRIKA_FIELD_UNMAPPED"]);
  });

  it("hands back the photos as bytes", () => {
    expect(pancakes?.images?.map((i) => [i.name, i.mediaType, i.bytes.length])).toEqual([
      ["pancakes.jpg", "image/jpeg", JPEG.length],
      ["stack.jpg", "image/jpeg", JPEG.length],
    ]);
  });

  it("reads a lone gzipped .paprikarecipe as one recipe", () => {
    const one = paprikaImporter.importArchive({
      bytes: gz(PANCAKES),
      name: "Pancakes.paprikarecipe",
    });
    expect(one.ok && one.value.map((e) => e.result.ok && e.result.value.title)).toEqual([
      "Pancakes",
    ]);
  });
});

describe("writePaprikaArchive", () => {
  it("writes the same bytes for the same recipes and names clashing slugs apart", () => {
    const soup = makeRecipe();
    const a = writePaprikaArchive([soup, soup]);
    expect(a).toEqual(writePaprikaArchive([soup, soup]));
    const back = paprikaImporter.importArchive({ bytes: a, name: "x.paprikarecipes" });
    expect(back.ok && back.value.map((e) => e.label)).toEqual([
      "soup.paprikarecipe",
      "soup-2.paprikarecipe",
    ]);
  });

  it("keeps a step's own leading number and a line break inside a text (found by fuzzing)", () => {
    const recipe = makeRecipe({
      ingredientGroups: [{ ingredients: [{ text: "2 cups flour,\nsifted", food: "flour" }] }],
      stepGroups: [{ steps: [{ text: "2) Fold in." }, { text: "Bake\nuntil golden." }] }],
    });
    const back = paprikaImporter.importArchive({ bytes: writePaprikaArchive([recipe]) });
    const soup = back.ok && back.value[0]?.result.ok ? back.value[0].result.value : undefined;
    expect(soup?.ingredientGroups?.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "2 cups flour, sifted",
    ]);
    expect(soup?.stepGroups?.[0]?.steps.map((s) => s.text)).toEqual([
      "2) Fold in.",
      "Bake until golden.",
    ]);
  });
});
