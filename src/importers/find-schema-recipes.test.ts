import { describe, expect, it } from "vitest";
import { findSchemaRecipes } from "./find-schema-recipes.js";

describe("findSchemaRecipes", () => {
  it("adds the schema's spelling beside capitalised property names, keeping what is there", () => {
    const { recipes } = findSchemaRecipes([
      JSON.stringify({
        "@type": "Recipe",
        Name: "Toast",
        RecipeIngredient: ["1 slice bread"],
        Description: "Shouty",
        description: "Quiet",
        "": 1,
      }),
    ]);
    expect(recipes[0]).toMatchObject({
      name: "Toast",
      recipeIngredient: ["1 slice bread"],
      description: "Quiet",
    });
  });

  it("keeps a string's raw line breaks as line breaks, and reads what follows them", () => {
    const { recipes, broken } = findSchemaRecipes([
      '{"@type": "Recipe", "name": "Pancakes",\n "recipeIngredient": ["2 eggs\n1 cup milk\r\n\t1 pinch salt"]}',
    ]);
    expect(broken).toBe(0);
    expect(recipes[0]?.recipeIngredient).toEqual(["2 eggs\n1 cup milk\n 1 pinch salt"]);
  });

  it("reads a block whatever wraps it: CDATA, a commented CDATA, an HTML comment, a semicolon", () => {
    const recipe = '{"@type": "Recipe", "name": "Toast", "prepTime": "PT5M"}';
    const wrapped = [
      `<![CDATA[${recipe}]]>`,
      `\n\t// <![CDATA[\n${recipe}// ]]>\n`,
      `/*<![CDATA[*/${recipe}/*]]>*/`,
      `<!-- ${recipe} -->`,
      `${recipe};`,
      `[${recipe}]`,
    ];
    for (const block of wrapped) {
      const { recipes, broken } = findSchemaRecipes([block]);
      expect({ block, broken, name: recipes[0]?.name }).toEqual({
        block,
        broken: 0,
        name: "Toast",
      });
    }
    expect(findSchemaRecipes(["// nothing here"]).recipes).toEqual([]);
  });
});
