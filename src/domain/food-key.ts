import { foldText } from "./fold-text.js";
import { stemWord } from "./match-foods.js";

/** Words that tell how a food is cut, sized or bought, not which food it is: "2 chopped onions"
 *  and "1 large onion" are one thing to buy; "garlic cloves" is garlic, "cloves" alone the spice. Colours and kinds stay ("red onion", "green onion"). */
const DESCRIPTORS = new Set(
  "fresh freshly chopped minced diced sliced grated crushed peeled finely thinly roughly coarsely large small medium big boneless skinless good quality organic ripe raw about extra lean ground clove".split(
    " ",
  ),
);

/** One name for foods sold as one thing: stemmed word runs, as written → as keyed. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ["spring onion", "scallion"],
  ["green onion", "scallion"],
  ["pork mince", "pork"],
  ["minced pork", "pork"],
  ["beef mince", "beef"],
  ["chilli", "chili"],
  ["chile", "chili"],
  ["cilantro", "coriander"],
  ["aubergine", "eggplant"],
  ["courgette", "zucchini"],
  ["prawn", "shrimp"],
  ["yoghurt", "yogurt"],
];

/** "Ground Pork" → "pork", "Red Chilies" → "red chili", "eggs" → "egg": what makes two lines of
 *  a shopping list the same food. The part after a comma or in brackets is a note, not the food. */
export function foodKeyOf(food: string): string {
  const name = foldText(food.split(/[,(]/)[0] ?? food);
  let words = (name.match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []).map(stemWord);
  for (const [from, to] of SYNONYMS) {
    const joined = ` ${words.join(" ")} `;
    const f = ` ${from.split(" ").map(stemWord).join(" ")} `;
    if (joined.includes(f)) words = joined.replace(f, ` ${to} `).trim().split(" ");
  }
  const core = words.filter((w) => !DESCRIPTORS.has(w));
  return (core.length > 0 ? core : words).join(" ");
}
