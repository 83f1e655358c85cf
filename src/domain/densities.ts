/** Grams per US cup of common foods, for volume ↔ mass conversion.
 *  Source: King Arthur Baking, "Ingredient Weight Chart"
 *  (https://www.kingarthurbaking.com/learn/ingredient-weight-chart), the figures it publishes
 *  per cup or per spoon scaled to a cup; water, milk and stock by the density of water.
 *  A food matches a row when its name contains the row's words; longer rows win, so "brown
 *  sugar" is not read as "sugar". */
const GRAMS_PER_CUP: ReadonlyArray<readonly [string, number]> = [
  ["all-purpose flour", 120],
  ["plain flour", 120],
  ["bread flour", 120],
  ["self-raising flour", 113],
  ["self-rising flour", 113],
  ["whole wheat flour", 113],
  ["wholemeal flour", 113],
  ["cake flour", 113],
  ["almond flour", 96],
  ["flour", 120],
  ["granulated sugar", 198],
  ["caster sugar", 198],
  ["brown sugar", 213],
  ["confectioners' sugar", 113],
  ["powdered sugar", 113],
  ["icing sugar", 113],
  ["sugar", 198],
  ["butter", 227],
  ["vegetable oil", 198],
  ["olive oil", 198],
  ["oil", 198],
  ["honey", 336],
  ["maple syrup", 312],
  ["molasses", 340],
  ["heavy cream", 227],
  ["sour cream", 227],
  ["yogurt", 227],
  ["milk", 227],
  ["water", 236.6],
  ["stock", 236.6],
  ["broth", 236.6],
  ["rolled oats", 89],
  ["oats", 89],
  ["cocoa powder", 84],
  ["cornstarch", 112],
  ["cornflour", 112],
  ["baking powder", 192],
  ["baking soda", 288],
  ["salt", 288],
  ["rice", 198],
  ["peanut butter", 270],
  ["chocolate chips", 170],
  ["walnuts", 113],
  ["pecans", 113],
  ["almonds", 142],
  ["raisins", 149],
  ["grated parmesan", 100],
  ["shredded cheese", 113],
];

const CUP_ML = 236.5882365;

/** Grams per millilitre of a food, or undefined when the table does not know it. */
export function densityOf(food: string): number | undefined {
  const name = food.toLowerCase();
  let best: readonly [string, number] | undefined;
  for (const row of GRAMS_PER_CUP) {
    if (name.includes(row[0]) && (!best || row[0].length > best[0].length)) best = row;
  }
  return best ? best[1] / CUP_ML : undefined;
}
