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
});
