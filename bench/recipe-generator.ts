import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIngredientLine } from "../src/domain/parse-ingredient-line.js";
import type { Recipe } from "../src/domain/recipe.js";
import { validateRecipe } from "../src/domain/validate-recipe.js";
import { slugify } from "../src/lib/slug.js";

/** Seeds for realistic recipes: the expected JSON of the corpus pages (titles, ingredient lines,
 *  steps, cuisines, times) when ../shared/corpus is there, plus a few word lists. */
interface Seed {
  title: string;
  ingredients: string[];
  steps: string[];
  cuisine: string[];
  category: string[];
  keywords: string[];
  totalMinutes?: number;
}

const MODIFIERS = [
  "Easy",
  "Weeknight",
  "Spicy",
  "Grandma's",
  "Quick",
  "Smoky",
  "Crispy",
  "Creamy",
  "Lemony",
  "Garlicky",
  "Herby",
  "Sticky",
  "One-Pan",
  "Slow-Cooked",
  "Roasted",
  "Charred",
  "Summer",
  "Winter",
];
const EXTRAS = [
  "1 tbsp fish sauce",
  "2 cloves garlic, minced",
  "1 red chili, sliced",
  "handful of basil",
  "1 lime, juiced",
  "2 tbsp soy sauce",
  "1 tsp smoked paprika",
  "200 g cherry tomatoes",
  "1 shallot, finely chopped",
  "2 spring onions",
  "1 tbsp honey",
  "50 g parmesan, grated",
];
const CUISINES = [
  "Vietnamese",
  "Thai",
  "Italian",
  "French",
  "Mexican",
  "Indian",
  "Japanese",
  "Greek",
];
const DIETS = ["Vegetarian", "Vegan", "Gluten-free", "Dairy-free"];

function readSeeds(corpus: string | undefined): Seed[] {
  const seeds: Seed[] = [];
  if (corpus) {
    const root = join(corpus, "recipe-scrapers");
    for (const site of readdirSync(root, { withFileTypes: true })) {
      if (!site.isDirectory()) continue;
      for (const file of readdirSync(join(root, site.name)).filter((f) => f.endsWith(".json"))) {
        const d = JSON.parse(readFileSync(join(root, site.name, file), "utf8"));
        if (typeof d.title !== "string" || !Array.isArray(d.ingredients)) continue;
        const split = (v: unknown) =>
          typeof v === "string"
            ? v
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean)
            : [];
        seeds.push({
          title: d.title,
          ingredients: d.ingredients.filter((i: unknown) => typeof i === "string" && i.trim()),
          steps: (d.instructions_list ?? []).filter(
            (s: unknown) => typeof s === "string" && s.trim(),
          ),
          cuisine: split(d.cuisine),
          category: split(d.category),
          keywords: split(d.keywords).slice(0, 8),
          ...(typeof d.total_time === "number" && { totalMinutes: d.total_time }),
        });
      }
    }
  }
  seeds.push({
    title: "Vietnamese Caramelised Pork Mince Stir Fry",
    ingredients: [
      "500 g ground pork",
      "3 tbsp palm sugar",
      "2 tbsp fish sauce",
      "2 shallots",
      "3 cloves garlic",
      "2 red chilies",
      "4 scallions",
    ],
    steps: [
      "Melt the palm sugar with a touch of water until amber, 3-4 minutes.",
      "Add the pork and brown it.",
      "Add the aromatics and stir-fry until fragrant.",
      "Finish with fish sauce and scallion greens.",
    ],
    cuisine: ["Vietnamese"],
    category: ["Main course"],
    keywords: ["stir fry", "weeknight"],
    totalMinutes: 25,
  });
  return seeds.filter((s) => s.ingredients.length > 0 && s.steps.length > 0);
}

/** "2 cloves garlic, minced" → "garlic", as an import reads it: the ingredient-line parser's
 *  food (memoised: seeds repeat), or the line when it names none. */
const foods = new Map<string, string>();
function foodOf(line: string): string {
  let food = foods.get(line);
  if (food === undefined) {
    const parsed = parseIngredientLine(line);
    food = (parsed.kind === "ingredient" && parsed.food) || line.slice(0, 40);
    foods.set(line, food);
  }
  return food;
}

/** A deterministic stream of distinct, valid recipes: seed i, varied by a modifier, extra
 *  ingredients, a rotated step order, facets and times. */
export function createRecipeGenerator(corpus: string | undefined) {
  const seeds = readSeeds(corpus);
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return {
    seeds: seeds.length,
    recipe(i: number): Recipe {
      const seed = seeds[i % seeds.length]!;
      const title = `${pick(MODIFIERS)} ${seed.title}`.slice(0, 200);
      const lines = [...seed.ingredients.slice(0, 25), pick(EXTRAS), pick(EXTRAS)];
      const turn = i % seed.steps.length;
      const steps = [...seed.steps.slice(turn), ...seed.steps.slice(0, turn)].slice(0, 15);
      const minutes = seed.totalMinutes ?? 10 + Math.floor(random() * 110);
      const result = validateRecipe({
        title,
        slug: `${slugify(title).slice(0, 80)}-${i}`,
        cuisine: seed.cuisine.length > 0 ? seed.cuisine : [pick(CUISINES)],
        category: seed.category,
        keywords: seed.keywords,
        diets: random() < 0.2 ? [pick(DIETS)] : [],
        times: { total: { min: minutes * 60 } },
        ingredientGroups: [
          {
            ingredients: lines.map((text) => ({
              text: text.slice(0, 2000),
              food: foodOf(text).slice(0, 500),
            })),
          },
        ],
        stepGroups: [{ steps: steps.map((text) => ({ text: text.slice(0, 20_000) })) }],
      });
      if (!result.ok)
        throw new Error(`generated recipe ${i} is invalid: ${JSON.stringify(result.issues[0])}`);
      return result.value;
    },
    /** Words and foods to search for, drawn from the same seeds. */
    queryWords(): string {
      const seed = pick(seeds);
      const words = seed.title.split(/\s+/).filter((w) => w.length > 3);
      return words.length > 0 ? pick(words) : seed.title;
    },
    queryFoods(): string[] {
      return [foodOf(pick(pick(seeds).ingredients)), foodOf(pick(EXTRAS)), foodOf(pick(EXTRAS))];
    },
    cuisine: () => pick(CUISINES),
  };
}
