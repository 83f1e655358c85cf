import { describe, expect, it } from "vitest";
import { findCardSpan } from "./find-card-span.js";
import { textImporter } from "./import-text.js";
import { titleCandidates } from "./page-title-features.js";
import { splitLines } from "./split-lines.js";

/** Pages written here in the shapes recipe sites print, each with its name in a different place:
 *  the card's title beside a shorter headline, a headline over a card without a title, a page
 *  whose lines before the name are all menus, buttons and bylines. */

function titleOf(text: string): string | undefined {
  const imported = textImporter.importRecipe({ text });
  return imported.ok ? imported.value.title : undefined;
}

const STORY =
  "Roasted tomatoes turn sweet and jammy in a hot oven, and this soup keeps all of it. I make roasted tomato soup every September when the tomatoes are cheap.";

const CARD_PAGE = `Skip to content
Home
Recipes
Soups
About
Subscribe
Home » Soups » Roasted Tomato Soup
Roasted Tomato Soup
By Mara Lin · Updated March 3, 2025
${STORY}
Why you will love this roasted tomato soup
It takes ten minutes of work and tastes of late summer. The basil goes in at the end.
More Soup Recipes
Leek and Potato Soup
Creamy Carrot Soup
Roasted Tomato Soup with Basil
Mara Lin
A smooth soup of oven-roasted tomatoes and garlic, finished with fresh basil.
5 from 12 votes
Prep Time 10 minutes
Cook Time 45 minutes
Ingredients
1 kg ripe tomatoes, halved
1 head garlic
2 tbsp olive oil
500 ml vegetable stock
1 handful basil leaves
Instructions
Roast the tomatoes and garlic with the oil at 200C for 40 minutes.
Squeeze the garlic out of its skins and blend everything with the stock.
Warm the soup through and stir in the basil.
Nutrition
Calories: 120kcal
Did you make this recipe?
Leave a comment
Jo
This roasted tomato soup was lovely with a grilled cheese.`;

const HEADLINE_PAGE = `Menu
Search
Sign in
Breakfast
Dinner
Desserts
Desserts
Lemon Polenta Cake
Published 12 May 2024 by Sam Ortiz
A lemon polenta cake is the cake I bake when friends who cannot eat wheat come round. The polenta gives the lemon cake its crumb, and a lemon syrup keeps it moist for days.
Print
Ingredients
200 g butter
200 g caster sugar
3 eggs
100 g polenta
200 g ground almonds
2 lemons
Method
Beat the butter and sugar until pale, then beat in the eggs one at a time.
Fold in the polenta, almonds and lemon zest, and bake at 160C for 50 minutes.
Pour the lemon juice warmed with sugar over the warm cake.
You might also like
Orange Drizzle Cake`;

const NO_CARD_TITLE_PAGE = `Skip to main content
Crafts
Recipes
Decor
Home Food
Pumpkin Bars
By Ann Smith Updated: 4/9/24
4.9 from 8 votes
These pumpkin bars are soft, spiced and easy to make for a crowd. Pumpkin bars keep well too.
We bake pumpkin bars every autumn, and the cream cheese frosting is the best part of them.
Ingredients
Pumpkin
Sugar
Eggs
Directions
Stir the pumpkin, sugar and eggs together, then fold in the flour.
Bake in a sheet pan, cool and frost.
More Autumn Desserts
Apple Pie Bars
Apple Cobbler
Get the Recipe
A soft pumpkin bar with cream cheese frosting
Yield 12
Prep 10 minutes
Ingredients
1 cup pumpkin puree
1 cup sugar
2 eggs
2 cups flour
4 oz cream cheese
Instructions
Whisk the pumpkin, sugar and eggs, then stir in the flour.
Bake at 180C for 25 minutes and cool before frosting with the cream cheese.`;

const MAGAZINE_PAGE = `SUBSCRIBE
SIGN IN
FOOD & DRINKS
Honey Baked Brie with Thyme
This elegant appetizer is an easy way to treat your guests.
BY JO PARK PUBLISHED: OCT 2, 2022
A warm honey baked brie with thyme makes guests feel special, and nobody needs to know how easy it is.
Serve the baked brie with crackers and sliced apples.
Ingredients
1 wheel brie
2 tbsp honey
4 sprigs thyme
1 sheet puff pastry
Directions
Wrap the brie in the pastry and bake at 220C for 20 minutes.
Drizzle with the honey, scatter the thyme and serve warm.`;

describe("findPageTitle on a whole page", () => {
  it("takes the headline, not the section of the magazine above it", () => {
    expect(titleOf(MAGAZINE_PAGE)).toBe("Honey Baked Brie with Thyme");
  });

  it("takes the headline over a card's description that has no title above it", () => {
    expect(titleOf(NO_CARD_TITLE_PAGE)).toBe("Pumpkin Bars");
  });

  it("takes the card's name over the shorter headline, the menu and the author", () => {
    expect(titleOf(CARD_PAGE)).toBe("Roasted Tomato Soup with Basil");
  });

  it("takes the headline under the menu when the card has no title", () => {
    expect(titleOf(HEADLINE_PAGE)).toBe("Lemon Polenta Cake");
  });

  it("keeps to a plain post's first line when it has no page around it", () => {
    expect(titleOf("Quick Flatbreads\n250 g flour\n150 ml yoghurt\nMix, roll and dry-fry.")).toBe(
      "Quick Flatbreads",
    );
  });
});

/** A page whose name line carries a save button, whose card sets its name over two lines, and
 *  whose equipment list stands between that name and the ingredients. */
const BUTTON_PAGE = `Home
Recipes
Save recipe Pork Rice Bowl
Pork Rice Bowl
with Green Beans and Rice
Allergens:Soya
A quick pork rice bowl: the pork and the green beans cook in one pan while the rice steams.
Equipment
Rice Cooker
Frying Pan
Ingredients
300 g pork mince
200 g green beans
150 g rice
2 tbsp soy sauce
Instructions
Cook the rice in the rice cooker.
Fry the pork mince until brown, add the green beans and the soy sauce.
Serve the pork and the beans over the rice.`;

describe("title candidates", () => {
  const lines = splitLines(BUTTON_PAGE);
  const card = findCardSpan(lines);
  const titles = titleCandidates(lines, card).map((c) => c.title);

  it("weighs the name without a button printed on its line, not the line with it", () => {
    expect(titles).toContain("Pork Rice Bowl");
    expect(titles).not.toContain("Save recipe Pork Rice Bowl");
  });

  it("weighs no label glued to its value", () => {
    expect(titles).not.toContain("Allergens:Soya");
  });

  it("joins a name set over two lines, the second opening with a connective", () => {
    expect(titles).toContain("Pork Rice Bowl with Green Beans and Rice");
  });

  it("reads an equipment list's items as equipment, not as the card's name", () => {
    const at = (text: string) => lines.findIndex((l) => l.text === text);
    expect(card.partAt(at("Rice Cooker"))).toBe("tools");
    expect(card.partAt(at("Frying Pan"))).toBe("tools");
    expect(card.partAt(at("with Green Beans and Rice"))).toBe("other");
    expect(titleOf(BUTTON_PAGE)).toBe("Pork Rice Bowl with Green Beans and Rice");
  });
});
