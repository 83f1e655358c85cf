import { foldText } from "./fold-text.js";
import { stemWords } from "./match-foods.js";

/** Aisles as data: the shop's sections in walking order, and the words that put a food in one.
 *  A food goes to the aisle of its longest matching phrase, so "fish sauce" is pantry though
 *  "fish" is meat & fish, and "frozen peas" is frozen though "pea" is produce. */
export const AISLES = [
  "produce",
  "meat & fish",
  "dairy & eggs",
  "bakery",
  "pantry",
  "spices",
  "frozen",
  "drinks",
  "other",
] as const;
export type Aisle = (typeof AISLES)[number];

/** Phrases per aisle, comma-separated: one line of data per aisle, easy to extend. */
const WORDS: Readonly<Record<Aisle, string>> = {
  produce:
    "apple, avocado, banana, basil, bean sprout, bell pepper, berry, broccoli, cabbage, carrot, cauliflower, celery, chili, chilli, chile, cilantro, coriander, cucumber, eggplant, aubergine, garlic, ginger, green bean, herb, jalapeno, kale, leek, lemon, lemongrass, lettuce, lime, mint, mushroom, onion, orange, parsley, pea, pepper, potato, scallion, shallot, spinach, spring onion, green onion, squash, sweet potato, thai basil, tomato, zucchini, courgette, fruit, vegetable, salad, rocket, arugula, thyme, rosemary, dill",
  "meat & fish":
    "bacon, beef, chicken, duck, fish, ham, lamb, mince, pork, prawn, salmon, sausage, shrimp, steak, tuna, turkey, cod, mussel, squid, anchovy, veal",
  "dairy & eggs":
    "butter, buttermilk, cheese, cream, creme fraiche, egg, milk, parmesan, mozzarella, feta, yogurt, yoghurt, sour cream, ghee",
  bakery: "bagel, baguette, bread, bun, croissant, pita, roll, tortilla, wrap",
  pantry:
    "baking powder, baking soda, bean, broth, chickpea, coconut milk, cornstarch, cornflour, fish sauce, flour, honey, jam, ketchup, lentil, maple syrup, mayonnaise, molasses, mustard, noodle, nut, oat, oil, olive oil, pasta, peanut butter, rice, sauce, soy sauce, stock, sugar, palm sugar, brown sugar, syrup, tomato paste, canned tomato, vinegar, almond, walnut, cashew, peanut, chocolate, cocoa, yeast, breadcrumb, panko, oyster sauce, hoisin sauce, sesame oil, tahini, coconut cream, salt",
  spices:
    "allspice, bay leaf, black pepper, cardamom, cayenne, chili flake, chili powder, chilli flake, chilli powder, cinnamon, clove, cumin, curry powder, five spice, garam masala, ground ginger, nutmeg, oregano, paprika, peppercorn, red pepper flake, saffron, star anise, turmeric, vanilla, spice, seasoning, dried thyme, dried oregano, sesame seed, fennel seed, coriander seed",
  frozen: "frozen, ice cream, frozen pea, frozen berry, puff pastry",
  drinks: "beer, coffee, juice, soda, sparkling water, tea, wine, cider",
  // Not food, and not to be read as one: "kitchen roll" is no bread roll.
  other:
    "kitchen roll, kitchen paper, paper towel, foil, cling film, baking paper, washing up liquid, dish soap, bin bag",
};

/** Each phrase as stemmed words, longest phrases first. */
const PHRASES: ReadonlyArray<readonly [readonly string[], Aisle]> = Object.entries(WORDS)
  .flatMap(([aisle, phrases]) =>
    phrases.split(",").map((p) => [stemWords(p), aisle as Aisle] as const),
  )
  .sort((a, b) => b[0].length - a[0].length);

const containsRun = (words: readonly string[], run: readonly string[]) => {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
};

/** The aisle a food is found in: "Ground Pork" → meat & fish, "Fish Sauce" → pantry. */
export function aisleOf(food: string): Aisle {
  const words = stemWords(foldText(food));
  return PHRASES.find(([run]) => containsRun(words, run))?.[1] ?? "other";
}
