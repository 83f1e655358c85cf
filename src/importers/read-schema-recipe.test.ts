import { describe, expect, it } from "vitest";
import { readIngredientLines, readSchemaRecipe } from "./read-schema-recipe.js";

describe("readIngredientLines", () => {
  it("reads a list of one string with line breaks as a line each", () => {
    expect(readIngredientLines(["2 eggs\n200 g flour\r\n1 tsp salt"], new Map())).toEqual([
      "2 eggs",
      "200 g flour",
      "1 tsp salt",
    ]);
    expect(readIngredientLines("2 eggs<br>1 cup milk", new Map())).toEqual([
      "2 eggs",
      "1 cup milk",
    ]);
  });

  it("reads a list glued into one comma-separated string as a line each", () => {
    expect(
      readIngredientLines(["250ml milk, 1 tsp vinegar, 60ml oil, ½ tsp salt"], new Map()),
    ).toEqual(["250ml milk", "1 tsp vinegar", "60ml oil", "½ tsp salt"]);
    // A comma inside brackets parts nothing.
    expect(
      readIngredientLines(["1 (14 oz, 400 g) can tomatoes, 2 cloves garlic, 1 onion"], new Map()),
    ).toEqual(["1 (14 oz, 400 g) can tomatoes", "2 cloves garlic", "1 onion"]);
    // One line's own notes and a list of two stay as they are.
    for (const line of ["2 eggs, beaten, 1 at room temperature", "1 cup flour, 2 tbsp sugar"]) {
      expect(readIngredientLines([line], new Map())).toEqual([line]);
    }
    expect(readIngredientLines(["1 cup flour, 2 tbsp sugar, 3 eggs", "salt"], new Map())).toEqual([
      "1 cup flour, 2 tbsp sugar, 3 eggs",
      "salt",
    ]);
  });

  it("reads a line break inside one of several lines as a wrap", () => {
    expect(readIngredientLines(["2  \r\nbay leaves", "1 onion"], new Map())).toEqual([
      "2 bay leaves",
      "1 onion",
    ]);
  });

  it("drops the list markers a page typed before each line", () => {
    expect(readIngredientLines(["- 2 eggs", "• salt", "-1 tbsp oil"], new Map())).toEqual([
      "2 eggs",
      "salt",
      "-1 tbsp oil",
    ]);
  });

  it("prints an amount a database stored as a float as the page shows it", () => {
    expect(
      readIngredientLines(
        [
          "500.0 g chickpeas",
          "2.00 cloves garlic",
          "0.5 bunch parsley",
          "1,0 EL Öl",
          "1,000 g flour",
          "250.0g noodles",
        ],
        new Map(),
      ),
    ).toEqual([
      "500 g chickpeas",
      "2 cloves garlic",
      "0.5 bunch parsley",
      "1 EL Öl",
      "1,000 g flour",
      "250g noodles",
    ]);
  });
});

describe("readSchemaRecipe images", () => {
  const recipe = {
    "@type": "Recipe",
    name: "Tart",
    image: ["https://x.example/tart-225x225.jpg", "https://x.example/tart.jpg"],
  };

  it("opens with the page's own picture, once, before the Recipe's list", () => {
    const page = { image: "https://x.example/tart.jpg" };
    expect((readSchemaRecipe(recipe, new Map(), page).images ?? []).map((i) => i.url)).toEqual([
      "https://x.example/tart.jpg",
      "https://x.example/tart-225x225.jpg",
    ]);
  });

  it("keeps the Recipe's list first when the page's picture is named as the site's logo", () => {
    const page = { image: "https://x.example/images/logo-header.png" };
    expect((readSchemaRecipe(recipe, new Map(), page).images ?? []).map((i) => i.url)).toEqual(
      recipe.image,
    );
  });

  it("takes a dish's picture whose name only holds such a word ('iconic lasagna')", () => {
    const page = { image: "https://x.example/iconic-lasagna.jpg" };
    expect((readSchemaRecipe(recipe, new Map(), page).images ?? [])[0]?.url).toBe(page.image);
  });

  it("keeps the Recipe's list as it is on a page without a picture of its own", () => {
    expect((readSchemaRecipe(recipe, new Map(), {}).images ?? []).map((i) => i.url)).toEqual(
      recipe.image,
    );
  });
});
