import { describe, expect, it } from "vitest";
import { listIngredients, listSteps, type Recipe } from "../../domain/recipe.js";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { textImporter } from "./import-text.js";

/** Whole web pages copied as text (what `innerText` of a page gives): the recipe must be found
 *  among the site's menu, the story, an explainer list, the card's buttons and the comments.
 *  The pages are written here for the purpose, in the shapes recipe plugins print. */

function importPage(text: string): Recipe {
  const imported = textImporter.importRecipe({ text });
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.issues)}`);
  const valid = validateRecipe(imported.value);
  if (!valid.ok) throw new Error(`invalid recipe: ${JSON.stringify(valid.issues)}`);
  return valid.value;
}

const BLOG_PAGE = `Skip to content
Home
Recipes
Desserts
About
Lemon Drizzle Loaf Cake
By Jo Baker · Published May 2, 2025
Jump to Recipe
This lemon drizzle loaf cake is the one I bake for every picnic. The lemon syrup soaks into the warm cake.

Ingredients
For this lemon cake you need a few pantry staples.
self-raising flour
caster sugar
lemons – unwaxed, for the zest
Step-by-Step Instructions
Cream. Beat the butter and sugar until pale, then add the eggs one at a time.
Bake. Bake the loaf until a skewer comes out clean, then add the drizzle.
Pin
Print
Lemon Drizzle Loaf Cake
Jo Baker
5 from 212 votes
A soft lemon loaf cake soaked in a sharp lemon syrup.
PREP TIME:
15
minutes
COOK TIME:
45
minutes
SERVINGS:
8
Ingredients
1x
2x
3x
▢
225 g softened butter
▢
225 g caster sugar
▢
4 large eggs
▢
225 g self-raising flour
▢
finely grated zest of 2 lemons
Lemon Drizzle
▢
85 g granulated sugar
▢
juice of 1 1/2 lemons
Instructions
Heat the oven to 180C and line a 2 lb loaf tin with baking parchment.
Beat the butter and caster sugar until pale and creamy, then add the eggs one at a time.
Fold in the flour and lemon zest, then spoon into the tin and bake for 45-50 minutes.
Mix the lemon juice and granulated sugar and pour over the warm cake.
Notes
The cake keeps for 3 days in an airtight tin.
Nutrition
Calories: 399kcal
Did you make this recipe?
Leave a comment
Sam
May 3, 2025 at 9:12 am
Lovely cake, I added poppy seeds and 2 cups of blueberries.
RELATED RECIPES
Lemon Bars
Chocolate Loaf Cake
© 2025 Jo Baker`;

describe("textImporter on a whole blog page", () => {
  const recipe = importPage(BLOG_PAGE);

  it("takes the recipe's name, not the menu or the author", () => {
    expect(recipe.title).toBe("Lemon Drizzle Loaf Cake");
  });

  it("reads the card's list, not the explainer, without its buttons, and keeps its groups", () => {
    expect(recipe.ingredientGroups.map((g) => g.title)).toEqual([undefined, "Lemon Drizzle"]);
    expect(listIngredients(recipe).map((i) => i.ingredient.text)).toEqual([
      "225 g softened butter",
      "225 g caster sugar",
      "4 large eggs",
      "225 g self-raising flour",
      "finely grated zest of 2 lemons",
      "85 g granulated sugar",
      "juice of 1 1/2 lemons",
    ]);
  });

  it("reads the card's method, not the step-by-step photos' captions or the comments", () => {
    const steps = listSteps(recipe).map((s) => s.text);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatch(/^Heat the oven to 180C/);
    expect(steps[3]).toMatch(/^Mix the lemon juice/);
    expect(JSON.stringify(recipe)).not.toContain("poppy seeds");
  });

  it("joins labels and values the card prints on lines of their own", () => {
    expect(recipe.times.prep).toEqual({ min: 900 });
    expect(recipe.times.cook).toEqual({ min: 2700 });
    expect(recipe.yields?.quantity).toEqual({ kind: "exact", value: 8 });
  });

  it("keeps the story and the notes", () => {
    expect(recipe.story.join(" ")).toContain("one I bake for every picnic");
    expect(recipe.authorNotes.join(" ")).toContain("keeps for 3 days");
  });
});

const GERMAN_PAGE = `Rezepte
Hauptgerichte
Kartoffelsuppe mit Lauch
Eine cremige Kartoffelsuppe für kalte Tage.
Zubereitungszeit: 20 Minuten
Kochzeit: 30 Minuten
Zutaten
4 Portionen
800 g Kartoffeln
2 Stangen Lauch
1 l Gemüsebrühe
200 ml Sahne
Zubereitung
Kartoffeln schälen und würfeln, Lauch in Ringe schneiden.
Alles in der Brühe 25 Minuten köcheln lassen.
Sahne zugeben und fein pürieren.
Kommentare
Sehr lecker!`;

describe("textImporter on a German page", () => {
  const recipe = importPage(GERMAN_PAGE);

  it("knows the German section words, yields and times", () => {
    expect(recipe.title).toBe("Kartoffelsuppe mit Lauch");
    expect(listIngredients(recipe).map((i) => i.ingredient.text)).toEqual([
      "800 g Kartoffeln",
      "2 Stangen Lauch",
      "1 l Gemüsebrühe",
      "200 ml Sahne",
    ]);
    expect(listSteps(recipe)).toHaveLength(3);
    expect(recipe.yields?.quantity).toEqual({ kind: "exact", value: 4 });
    expect(recipe.times.prep).toEqual({ min: 1200 });
    expect(recipe.times.cook).toEqual({ min: 1800 });
    expect(JSON.stringify(recipe)).not.toContain("Sehr lecker");
  });
});

const UNHEADED_PAGE = `Ina's Kitchen
Roasted Vegetable Pasta
Serves 6 | Level: Easy
From the cookbook: Weeknights
1 pound zucchini, sliced
2 red peppers, sliced
1/2 cup olive oil
Kosher Salt and Black Pepper
1 pound penne
1 cup grated Parmesan
Preheat the oven to 220C and roast the vegetables with the oil, salt and pepper for 25 minutes.
Meanwhile, boil the penne until al dente and drain it, keeping a cup of the water.
Toss the pasta with the vegetables, the Parmesan and enough of the water to make a sauce.
Per serving
Calories 540
Fat 22g
More Dinners
Baked Ziti`;

describe("textImporter on a page with no section headings", () => {
  const recipe = importPage(UNHEADED_PAGE);

  it("finds the list by its amounts and the method in the sentences after it", () => {
    expect(listIngredients(recipe).map((i) => i.ingredient.text)).toEqual([
      "1 pound zucchini, sliced",
      "2 red peppers, sliced",
      "1/2 cup olive oil",
      "Kosher Salt and Black Pepper",
      "1 pound penne",
      "1 cup grated Parmesan",
    ]);
    expect(listSteps(recipe).map((s) => s.text.slice(0, 20))).toEqual([
      "Preheat the oven to ",
      "Meanwhile, boil the ",
      "Toss the pasta with ",
    ]);
    expect(recipe.yields?.quantity).toEqual({ kind: "exact", value: 6 });
  });
});

describe("textImporter on a page with more notes than the model keeps", () => {
  it("keeps the first 500 paragraphs and says so", () => {
    const notes = Array.from({ length: 600 }, (_, i) => `Reader note number ${i + 1}.`);
    const text = `Ingredients\n1 cup rice\nMethod\nSimmer the rice.\nNotes\n${notes.join("\n")}`;
    const imported = textImporter.importRecipe({ text });
    if (!imported.ok) throw new Error("import failed");
    expect(imported.value.authorNotes).toHaveLength(500);
    expect(imported.issues.map((i) => i.code)).toContain("TEXT_TRUNCATED");
    expect(validateRecipe(imported.value).ok).toBe(true);
  });
});

describe("textImporter on text with no recipe", () => {
  it.each([
    ["a news story", "The council met on Tuesday.\nIt agreed a new budget for the parks."],
    ["a menu", "Home\nAbout\nContact\nShop"],
    ["numbers only", "1\n2\n3\n4\n5"],
  ])("%s → NO_RECIPE_FOUND", (_, text) => {
    const imported = textImporter.importRecipe({ text });
    expect(imported.ok).toBe(false);
    expect(imported.issues[0]?.code).toBe("NO_RECIPE_FOUND");
  });
});
