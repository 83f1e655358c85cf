/** Common swaps as data, offered on any recipe that lists the food they replace.
 *
 *  `replace` names the food; an ingredient matches when its name has these words and, besides,
 *  only words that describe rather than name a food ("fresh", "unsalted": see swap-matching.ts).
 *  The new amount is the old one times `ratio` (default 1), or `amount.per` of `amount.unit`
 *  for each unit of the old one (a clove of garlic → ⅛ tsp garlic powder). `add` lists what the
 *  swap needs besides, as ingredient lines. `source` says where the rule comes from. */
export interface TableSwap {
  readonly replace: string;
  readonly use: string;
  readonly ratio?: number;
  readonly amount?: { readonly per: number; readonly unit: string };
  readonly add?: readonly string[];
  readonly note?: string;
  readonly source: string;
}

const JOACHIM = "David Joachim, The Food Substitutions Bible, 2nd ed. (Robert Rose, 2010)";
const JOY = "Irma S. Rombauer et al., Joy of Cooking, 2019 ed. (Scribner), “Substitutions”";
const KING_ARTHUR = "https://www.kingarthurbaking.com/learn/ingredient-weight-chart";

/** Dried herbs are about three times as strong as fresh (Joachim, "Herbs"). */
const HERBS = ["basil", "oregano", "thyme", "parsley", "dill", "rosemary", "tarragon", "sage"];

export const SUBSTITUTION_TABLE: readonly TableSwap[] = [
  {
    replace: "buttermilk",
    use: "milk soured with lemon juice (1 tbsp per cup, 10 minutes)",
    source: JOY,
  },
  { replace: "buttermilk", use: "plain yogurt thinned with a little milk", source: JOACHIM },
  {
    replace: "eggs",
    use: "flax eggs (1 tbsp ground flaxseed + 3 tbsp water each)",
    note: "Binds batters and doughs; does not whip or set like egg.",
    source: JOACHIM,
  },
  {
    replace: "butter",
    use: "vegetable oil",
    ratio: 0.75,
    note: "Three quarters the amount: butter is about a fifth water.",
    source: JOACHIM,
  },
  { replace: "vegetable oil", use: "melted butter", ratio: 1, source: JOACHIM },
  {
    replace: "sugar",
    use: "honey",
    ratio: 0.75,
    note: "Use a little less of the other liquids and bake 15 °C (25 °F) cooler.",
    source: JOY,
  },
  {
    replace: "brown sugar",
    use: "white sugar with molasses (1 tbsp per cup)",
    source: KING_ARTHUR,
  },
  { replace: "palm sugar", use: "brown sugar", source: JOACHIM },
  { replace: "palm sugar", use: "coconut sugar", source: JOACHIM },
  {
    replace: "fish sauce",
    use: "soy sauce",
    note: "Salty and savoury without the funk; a squeeze of lime brings it closer.",
    source: JOACHIM,
  },
  { replace: "soy sauce", use: "tamari", note: "Most tamari is wheat-free.", source: JOACHIM },
  { replace: "shallots", use: "red onion", note: "Sharper: chop it finely.", source: JOACHIM },
  {
    replace: "garlic",
    use: "garlic powder",
    amount: { per: 1 / 8, unit: "tsp" },
    note: "⅛ tsp for each clove.",
    source: JOY,
  },
  { replace: "scallions", use: "chives", source: JOACHIM },
  { replace: "green onions", use: "chives", source: JOACHIM },
  { replace: "lemon juice", use: "lime juice", source: JOACHIM },
  { replace: "lime juice", use: "lemon juice", source: JOACHIM },
  {
    replace: "heavy cream",
    use: "milk and melted butter (¾ cup milk + ¼ cup butter per cup)",
    note: "For cooking and baking; it will not whip.",
    source: JOY,
  },
  { replace: "sour cream", use: "plain Greek yogurt", source: JOACHIM },
  { replace: "cornstarch", use: "all-purpose flour", ratio: 2, source: JOY },
  {
    replace: "self-raising flour",
    use: "all-purpose flour with baking powder (1½ tsp and ¼ tsp salt per cup)",
    source: KING_ARTHUR,
  },
  { replace: "white wine", use: "chicken stock", note: "Add a dash of vinegar.", source: JOACHIM },
  { replace: "red wine", use: "beef stock", note: "Add a dash of vinegar.", source: JOACHIM },
  { replace: "ground beef", use: "ground turkey", source: JOACHIM },
  { replace: "rice vinegar", use: "apple cider vinegar", source: JOACHIM },
  { replace: "honey", use: "maple syrup", source: JOACHIM },
  { replace: "maple syrup", use: "honey", source: JOACHIM },
  { replace: "milk", use: "unsweetened oat milk", source: JOACHIM },
  { replace: "breadcrumbs", use: "crushed crackers", source: JOACHIM },
  { replace: "parmesan", use: "pecorino romano", source: JOACHIM },
  ...HERBS.map(
    (herb): TableSwap => ({
      replace: `fresh ${herb}`,
      use: `dried ${herb}`,
      ratio: 1 / 3,
      note: "Dried herbs are about three times as strong: add them early.",
      source: JOACHIM,
    }),
  ),
];
