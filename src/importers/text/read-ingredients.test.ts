import { describe, expect, it } from "vitest";
import { readIngredientLine, readIngredients } from "./read-ingredients.js";
import { splitLines } from "./split-lines.js";

describe("readIngredientLine", () => {
  it("reads a Name: note line", () => {
    expect(
      readIngredientLine("Palm Sugar: Deeper than white sugar, or substitute with brown sugar."),
    ).toEqual({
      text: "Palm Sugar: Deeper than white sugar, or substitute with brown sugar.",
      food: "Palm Sugar",
      note: "Deeper than white sugar, or substitute with brown sugar.",
      substitutes: [{ food: "brown sugar" }],
    });
  });

  it("reads a quantity line", () => {
    expect(readIngredientLine("2 tbsp fish sauce")).toEqual({
      text: "2 tbsp fish sauce",
      quantity: { kind: "exact", value: 2 },
      unit: "tbsp",
      food: "fish sauce",
      substitutes: [],
    });
  });
});

describe("readIngredients", () => {
  it("reads group headers and keeps prose as notes", () => {
    const section = readIngredients(
      splitLines(
        "You only need a handful of things for this, and most of them are in your pantry.\nFor the sauce:\n- 2 tbsp soy sauce\nSauce notes follow here and they go on for quite a few words in total.\nTopping:\n- 1 tbsp sesame seeds",
      ),
    );
    expect(section.notes).toEqual([
      "You only need a handful of things for this, and most of them are in your pantry.",
    ]);
    expect(section.groups.map((g) => [g.title, g.ingredients.map((i) => i.food)])).toEqual([
      ["For the sauce", ["soy sauce"]],
      ["Topping", ["sesame seeds"]],
    ]);
    expect(section.groups[0]?.ingredients[0]?.note).toMatch(/^Sauce notes follow/);
  });

  const items = (text: string) =>
    readIngredients(splitLines(text)).groups.flatMap((g) => g.ingredients.map((i) => i.text));
  const groups = (text: string) =>
    readIngredients(splitLines(text)).groups.map((g) => [g.title, g.ingredients.length]);

  it("joins an amount printed in a column of its own to its food", () => {
    expect(items("2 tbsp\napple butter\n600 g\npumpkin, chopped\n½\ncup raisins")).toEqual([
      "2 tbsp apple butter",
      "600 g pumpkin, chopped",
      "½ cup raisins",
    ]);
  });

  it("takes any short word for the unit once the list shows the column shape", () => {
    expect(items("2 sticks\ncinnamon\n1 pinch\nsalt\n3 sachets\nvanilla sugar")).toEqual([
      "2 sticks cinnamon",
      "1 pinch salt",
      "3 sachets vanilla sugar",
    ]);
  });

  it("joins a lower-case note a checked list prints under an item to that item", () => {
    const foods = [
      "2 tablespoons water",
      "1 teaspoon cornstarch",
      "1 teaspoon oil",
      "1 egg",
      "salt",
    ];
    const items = foods.map((f) => `▢\n${f}`).join("\n");
    const text = `FOR THE CHICKEN:\n▢\n12 ounces chicken breast\nor thighs\n${items}`;
    expect(readIngredients(splitLines(text)).groups[0]?.ingredients.map((i) => i.text)).toEqual([
      "12 ounces chicken breast or thighs",
      "2 tablespoons water",
      "1 teaspoon cornstarch",
      "1 teaspoon oil",
      "1 egg",
      "salt",
    ]);
    const headed = `${text}\nfor the topping:\n▢\n2 tbsp sugar\n▢\n1 tbsp butter\n▢\n1 tsp cinnamon`;
    expect(readIngredients(splitLines(headed)).groups.map((g) => g.title)).toEqual([
      "FOR THE CHICKEN",
      "for the topping",
    ]);
  });

  it("counts measuring words without a number as amounts", () => {
    expect(groups("500 g Hackfleisch\nEtwas Petersilie\n1 Zwiebel")).toEqual([[undefined, 3]]);
  });

  it("keeps the card's buttons and servings picker out of the items", () => {
    const section = readIngredients(
      splitLines("4 servings\nUnits\n1 cup rice\n2 cups water\nShow all ingredients"),
    );
    expect(section.groups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "1 cup rice",
      "2 cups water",
    ]);
    expect(section.notes).toEqual(["4 servings", "Show all ingredients"]);
  });

  it("ends the list where six unmeasured lines run on after it", () => {
    const tags = "weeknight\ndinner\nfrench\nstew\nwinter\nfamily";
    expect(items(`1 kg beef\n2 onions\n1 tsp salt\n${tags}\n620\n41 g`)).toEqual([
      "1 kg beef",
      "2 onions",
      "1 tsp salt",
    ]);
  });

  it("reads at most 500 items and keeps the rest as notes", () => {
    const section = readIngredients(splitLines("1 cup flour\n".repeat(600)));
    expect(section.groups[0]?.ingredients).toHaveLength(500);
    expect(section.notes).toHaveLength(100);
  });
});

describe("readIngredients: card layouts", () => {
  const read = (text: string) => readIngredients(splitLines(text));
  const groups = (text: string) =>
    read(text).groups.map((g) => [g.title, g.ingredients.map((i) => i.text)]);

  it("keeps an unmeasured sentence-case item where the list opened with no header", () => {
    expect(groups("2 jars tomato sauce\nFresh egg noodles\n1 tub cottage cheese")).toEqual([
      [undefined, ["2 jars tomato sauce", "Fresh egg noodles", "1 tub cottage cheese"]],
    ]);
  });

  it("takes an unmeasured line under the first header for an item, not a button", () => {
    const section = read("Units\nFOR THE SPONGE:\nNonstick spray\n1 c. flour\n2 eggs\n1 tsp salt");
    expect(section.groups.map((g) => [g.title, g.ingredients.map((i) => i.text)])).toEqual([
      ["FOR THE SPONGE", ["Nonstick spray", "1 c. flour", "2 eggs", "1 tsp salt"]],
    ]);
    expect(section.notes).toEqual(["Units"]);
  });

  it("keeps lines without a letter out of the items: a servings picker's numbers", () => {
    const section = read("1\n2\n3\n1 cup rice\n2 cups water");
    expect(section.groups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "1 cup rice",
      "2 cups water",
    ]);
    expect(section.notes).toEqual(["1", "2", "3"]);
  });

  it("reads a long measured line as an item, though it reads like a sentence", () => {
    const line =
      "1 tbsp potato starch – optional but it thickens the filling so it is less runny without!";
    expect(groups(`2 cups plums\n${line}\n1 tsp vanilla`)).toEqual([
      [undefined, ["2 cups plums", line, "1 tsp vanilla"]],
    ]);
  });

  it("keeps a parenthesised line under an item as that item's note", () => {
    const [group] = read("25 ml soy sauce\n(Contains soya)\n1 lime").groups;
    expect(group?.ingredients.map((i) => [i.text, i.note])).toEqual([
      ["25 ml soy sauce", "(Contains soya)"],
      ["1 lime", undefined],
    ]);
  });

  it("reads a group of unmeasured items under its header to the end", () => {
    expect(
      groups("200 g salmon\n1 lemon\nSalt\nNutmeg\nFor the garnish:\nCress\nDill\nChives\nCapers"),
    ).toEqual([
      [undefined, ["200 g salmon", "1 lemon", "Salt", "Nutmeg"]],
      ["For the garnish", ["Cress", "Dill", "Chives", "Capers"]],
    ]);
  });

  const texts = (section: ReturnType<typeof readIngredients>) =>
    section.groups.map((g) => [g.title, g.ingredients.map((i) => i.text)]);

  it("reads on past six unmeasured items when measured ones follow", () => {
    const herbs = [
      "fresh basil",
      "fresh mint",
      "crumbs of one bread roll",
      "olive oil",
      "salt",
      "black pepper",
    ];
    const section = readIngredients(
      splitLines(
        ["1 kg potatoes", "2 onions", ...herbs, "1 red chilli", "juice of half a lemon"].join("\n"),
      ),
    );
    expect(texts(section)).toEqual([
      [undefined, ["1 kg potatoes", "2 onions", ...herbs, "1 red chilli", "juice of half a lemon"]],
    ]);
  });

  it("ends the list at a card's button under it", () => {
    const section = readIngredients(
      splitLines(
        "1 kg potatoes\n2 onions\njuice of a lemon\nSend shopping list\nYou need\nfoil, skewers",
      ),
    );
    expect(texts(section)).toEqual([
      [undefined, ["1 kg potatoes", "2 onions", "juice of a lemon"]],
    ]);
    expect(section.notes).toEqual(["Send shopping list", "You need", "foil, skewers"]);
  });

  it("keeps a card's energy figure out of the items", () => {
    const section = readIngredients(
      splitLines("312,8 Calories a portion\n1 cup rice\n2 cups water"),
    );
    expect(texts(section)).toEqual([[undefined, ["1 cup rice", "2 cups water"]]]);
    expect(section.notes).toEqual(["312,8 Calories a portion"]);
  });
});

describe("readIngredients: what is no item", () => {
  const read = (text: string) => readIngredients(splitLines(text));
  const texts = (text: string) =>
    read(text).groups.flatMap((g) => g.ingredients.map((i) => i.text));

  it("reads a list printed again in other units once, keeping the first", () => {
    const section = read(
      "200 g butter\n100 g sugar\n250 g flour\n7 oz butter\n3.5 oz sugar\n8.8 oz flour",
    );
    expect(section.groups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "200 g butter",
      "100 g sugar",
      "250 g flour",
    ]);
    expect(section.notes).toEqual(["7 oz butter", "3.5 oz sugar", "8.8 oz flour"]);
  });

  it("ends the list at a sentence under its last measured item", () => {
    const disclaimer =
      "Brand names in this list may be part of a paid partnership with the shops we link to.";
    expect(texts(`1 onion\n2 cloves garlic\nsalt\n${disclaimer}\nKeep\nNote\nMessenger`)).toEqual([
      "1 onion",
      "2 cloves garlic",
      "salt",
    ]);
  });

  it("keeps a table's column names out of the groups and the items", () => {
    const section = read("Menge Zutaten\n1 Zwiebel\nButter zum Braten\n150 g Reis");
    expect(section.groups.map((g) => [g.title, g.ingredients.length])).toEqual([[undefined, 3]]);
    expect(section.notes).toEqual(["Menge Zutaten"]);
  });

  it("keeps the heading over the sentence that closes the list out of the items", () => {
    const method = "Whisk the eggs with the sugar until pale, then fold in the flour and bake.";
    expect(texts(`4 eggs\n250 g sugar\n150 g flour\nThe cake\n\n${method}`)).toEqual([
      "4 eggs",
      "250 g sugar",
      "150 g flour",
    ]);
  });

  it("cuts a button the card repeats after every item", () => {
    expect(texts("2 eggs Add to list\nsalt, to taste Add to list\n1 cup milk Add to list")).toEqual(
      ["2 eggs", "salt, to taste", "1 cup milk"],
    );
  });

  it("keeps the words items end in when they are no button's", () => {
    const list = "1 tsp salt, to taste\npepper, to taste\n2 tbsp oil, to taste";
    expect(texts(list)).toEqual(list.split("\n"));
  });

  it("keeps a long unmeasured item above the first measured one", () => {
    expect(
      texts("Orange juice (fresh is best but a carton works)\n1 tsp salt\n1 tbsp soy sauce"),
    ).toEqual([
      "Orange juice (fresh is best but a carton works)",
      "1 tsp salt",
      "1 tbsp soy sauce",
    ]);
  });

  it("keeps a sentence closing a measured list out of the items", () => {
    const remark = "Allergens Recipe may contain gluten, peanuts, tree nuts and milk.";
    const section = read(`2 tbsp olive oil\n1 brown onion, chopped\n${remark}`);
    expect(section.groups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "2 tbsp olive oil",
      "1 brown onion, chopped",
    ]);
    expect(section.groups[0]?.ingredients[1]?.note).toContain("Allergens");
  });

  it("keeps the links or captions under a list that open alike out of the items", () => {
    const links = [
      "Follow linked recipe to make tahini sauce",
      "Follow linked recipe to make pepper sauce",
      "Follow linked recipe for mixed salad",
    ];
    const list = "2 cup water\n2 inch ginger root\nfresh coriander";
    expect(texts(`${list}\n${links.join("\n")}`)).toEqual([
      "2 cup water",
      "2 inch ginger root",
      "fresh coriander",
    ]);
    const captions =
      "Viking bake with the food processor – the method\nViking bake with the food processor – photo: Tina";
    expect(texts(`${list}\n${captions}`)).toHaveLength(3);
    const juices = "Juice of one lemon, to serve\nJuice of one lime, to serve";
    expect(texts(`${list}\n${juices}`)).toHaveLength(5);
  });

  it("ends a list with no amounts at the sentence under its items", () => {
    const note = "*Combine the sugar, the soy sauce and the sake in equal parts before you start.";
    expect(
      texts(
        `as you like celery leaves\nto your taste dashi\nas needed sesame seeds\n${note}\nThis recipe uses\nSOY SAUCE`,
      ),
    ).toEqual(["as you like celery leaves", "to your taste dashi", "as needed sesame seeds"]);
  });
});
