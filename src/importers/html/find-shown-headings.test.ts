import { describe, expect, it } from "vitest";
import { toIngredient } from "../read-schema-recipe.js";
import { splitAtShownHeadings } from "./find-shown-headings.js";

const flat = (...lines: string[]) => [{ ingredients: lines.map(toIngredient) }];
const shape = (groups: ReturnType<typeof splitAtShownHeadings>) =>
  groups.map((g) => [g.title ?? null, ...g.ingredients.map((i) => i.text)]);

const LINES = [
  "Ingredients",
  "For the squid",
  "2 squid",
  "Salt",
  "Yoghurt dressing",
  "1 tbsp ouzo",
  "Salsa",
];

describe("splitAtShownHeadings", () => {
  it("makes the lines the page shows as headings the groups' titles", () => {
    const html = `<body><h2>Ingredients</h2><h3>For the squid</h3><ul><li>2 squid</li><li>Salt</li></ul>
      <div class="recipe-ingredients__title"> Yoghurt dressing </div><ul><li>1 tbsp ouzo</li>
      <li>Salsa</li></ul></body>`;
    expect(shape(splitAtShownHeadings(flat(...LINES), html, 0))).toEqual([
      ["For the squid", "2 squid", "Salt"],
      ["Yoghurt dressing", "1 tbsp ouzo", "Salsa"],
    ]);
  });

  it("leaves lines the page shows as items, in bold or in a paragraph, as they are", () => {
    const html = `<body><p>Ingredients</p><b>For the squid</b><ul><li>2 squid</li><li><strong>Salt</strong></li>
      <li><span class="name">Yoghurt dressing</span></li><li>1 tbsp ouzo</li></ul></body>`;
    const groups = flat(...LINES);
    expect(splitAtShownHeadings(groups, html, 0)).toBe(groups);
  });

  it("does not look up lines with amounts or notes, nor the head before `from`", () => {
    const head = "<head><title>Salt</title><h2>Yoghurt dressing</h2></head>";
    const html = `${head}<body><h3>2 squid</h3><h3>Salt (flaky)</h3></body>`;
    const groups = flat("2 squid", "Salt (flaky)", "Yoghurt dressing", "1 tbsp ouzo");
    expect(splitAtShownHeadings(groups, html, head.length)).toBe(groups);
  });

  it("reads a card's item titles ('ingredient__title') as items, not headings", () => {
    const html = `<body><div><span class="list__ingredient__quantity">50 g</span>
      <span class="list__ingredient__title">Popcorn</span></div></body>`;
    const groups = flat("2 tbsp oil", "Popcorn", "30 g water", "3 tbsp sugar");
    expect(splitAtShownHeadings(groups, html, 0)).toBe(groups);
  });

  it("takes no groups from a page that shows most lines as headings", () => {
    const html = `<body>${["Oil", "Popcorn", "Water"].map((n) => `<h4>${n}</h4>`).join("")}</body>`;
    const groups = flat("Oil", "Popcorn", "Water", "Sugar");
    expect(splitAtShownHeadings(groups, html, 0)).toBe(groups);
  });
});
