import { describe, expect, it } from "vitest";
import { listSteps, type RecipeInput } from "../../domain/recipe.js";
import { htmlImporter, importHtml } from "./import-html.js";

const page = (head: string, body = "") =>
  `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const recipe = {
  "@type": "Recipe",
  name: "Lemon &amp; Thyme Cake",
  recipeIngredient: ["200 g flour", "2 eggs"],
  recipeInstructions: [
    { "@type": "HowToStep", text: "Mix the flour and eggs." },
    { "@type": "HowToStep", text: "Bake for 30-35 minutes at 180°C until golden." },
  ],
};

function read(html: string, url?: string): RecipeInput {
  const result = importHtml({ text: html, ...(url && { url }) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const stepTexts = (r: RecipeInput) =>
  (r.stepGroups ?? []).flatMap((g) => [
    ...(g.title ? [`# ${g.title}`] : []),
    ...g.steps.map((s) => s.text),
  ]);
const lines = (r: RecipeInput) =>
  (r.ingredientGroups ?? []).flatMap((g) => g.ingredients.map((i) => i.text));

describe("JSON-LD shapes", () => {
  it.each([
    ["a bare object", recipe],
    ["an array", [{ "@type": "WebSite", name: "Site" }, recipe]],
    ["@graph", { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, recipe] }],
    [
      "an ItemList",
      { "@type": "ItemList", itemListElement: [{ "@type": "ListItem", item: recipe }] },
    ],
    [
      "@type as a list and IRI",
      { ...recipe, "@type": ["http://schema.org/Recipe", "NewsArticle"] },
    ],
  ])("finds the recipe in %s", (_, data) => {
    const r = read(page(ld(data)));
    expect(r.title).toBe("Lemon & Thyme Cake");
    expect(lines(r)).toEqual(["200 g flour", "2 eggs"]);
    expect(stepTexts(r)).toHaveLength(2);
  });

  it("reads nested HowToSections as titled groups, loose steps as untitled ones", () => {
    const r = read(
      page(
        ld({
          ...recipe,
          recipeInstructions: [
            {
              "@type": "HowToSection",
              name: "Cake",
              itemListElement: [{ "@type": "HowToStep", text: "Mix." }, "Bake."],
            },
            {
              "@type": "HowToSection",
              name: "Icing",
              itemListElement: [{ "@type": "HowToStep", name: "Whisk", text: "Whisk the sugar." }],
            },
          ],
        }),
      ),
    );
    expect(stepTexts(r)).toEqual(["# Cake", "Mix.", "Bake.", "# Icing", "Whisk the sugar."]);
  });

  it("splits string instructions on lines and markup, and reads timers, heat and temperatures", () => {
    const r = read(
      page(
        ld({
          ...recipe,
          recipeInstructions:
            "<p>Heat the oil over medium-high heat.</p><p>Fry for 3-4 minutes.</p>",
        }),
      ),
    );
    const steps = listSteps({ stepGroups: r.stepGroups as never });
    expect(steps.map((s) => s.text)).toEqual([
      "Heat the oil over medium-high heat.",
      "Fry for 3-4 minutes.",
    ]);
    expect(steps[0]?.heat).toBe("medium-high");
    expect(steps[1]?.timers[0]?.duration).toEqual({ min: 180, max: 240 });
  });

  it("picks the fullest of several recipes and resolves @id references", () => {
    const r = read(
      page(
        ld({
          "@graph": [
            { "@type": "Recipe", name: "Teaser", recipeIngredient: ["salt"] },
            { ...recipe, author: { "@id": "#me" } },
            { "@id": "#me", "@type": "Person", name: "Ana Cook" },
          ],
        }),
      ),
    );
    expect(r.title).toBe("Lemon & Thyme Cake");
    expect(r.source?.author).toBe("Ana Cook");
  });

  it("repairs raw line breaks and trailing commas and skips a broken block", () => {
    const broken = `<script type="application/ld+json">{"@type": "Recipe", "name": "Two\nLines", "recipeIngredient": ["1 egg",],};</script>`;
    const r = read(page(`<script type="application/ld+json">{oops</script>${broken}`));
    expect(r.title).toBe("Two Lines");
    expect(lines(r)).toEqual(["1 egg"]);
  });
});

describe("every field", () => {
  it("reads times, yields, nutrition, rating, taxonomy, equipment, diets, images and page facts", () => {
    const r = read(
      page(
        `<title>ignored</title><link rel="canonical" href="/cake"><meta property="og:site_name" content="Bakery">` +
          ld({
            ...recipe,
            description: "A &quot;light&quot; cake.",
            author: [{ "@type": "Person", name: "Ana" }],
            prepTime: "PT15M",
            cookTime: "P0DT0H35M",
            totalTime: "PT1H",
            recipeYield: ["8", "8 slices"],
            recipeCategory: "Dessert",
            recipeCuisine: ["British", "French"],
            keywords: "lemon, cake, thyme",
            nutrition: { "@type": "NutritionInformation", calories: "310 kcal" },
            aggregateRating: { ratingValue: "4,8", ratingCount: "12" },
            tool: [{ "@type": "HowToTool", name: "loaf tin" }],
            suitableForDiet: "https://schema.org/VegetarianDiet",
            image: [
              { "@type": "ImageObject", url: "/a.jpg", width: 800, height: 600 },
              "https://cdn.example/b.jpg",
            ],
          }),
      ),
      "https://bakery.example/cakes/lemon?ref=x",
    );
    expect(r.description).toBe('A "light" cake.');
    expect(r.times).toEqual({ prep: { min: 900 }, cook: { min: 2100 }, total: { min: 3600 } });
    expect(r.yields).toMatchObject({ quantity: { kind: "exact", value: 8 }, unit: "slices" });
    expect(r.category).toEqual(["Dessert"]);
    expect(r.cuisine).toEqual(["British", "French"]);
    expect(r.keywords).toEqual(["lemon", "cake", "thyme"]);
    expect(r.nutrition).toEqual({ calories: "310 kcal" });
    expect(r.rating).toEqual({ value: 4.8, count: 12 });
    expect(r.equipment).toEqual(["loaf tin"]);
    expect(r.diets).toEqual(["Vegetarian"]);
    expect(r.images?.[0]).toEqual({ url: "https://bakery.example/a.jpg", width: 800, height: 600 });
    expect(r.source).toEqual({ url: "https://bakery.example/cake", site: "Bakery", author: "Ana" });
    expect(r.language).toBe("en-GB");
  });

  it("fails soft: odd authors, yields and times are left out, the recipe stays", () => {
    const r = read(
      page(
        ld({
          ...recipe,
          author: { "@type": "Person" },
          recipeYield: "some",
          totalTime: "soon",
          nutrition: 5,
          image: 7,
        }),
      ),
    );
    expect(r.title).toBe("Lemon & Thyme Cake");
    expect(r.source?.author).toBeUndefined();
    expect(r.yields).toBeUndefined();
    expect(r.times).toEqual({});
    expect(lines(r)).toHaveLength(2);
  });

  it("normalises entities, odd spaces and the fraction slash but keeps fractions as written", () => {
    const r = read(
      page(
        ld({
          ...recipe,
          recipeIngredient: [
            "\ufeff½\u00a0cup  sugar",
            "1\u20442 tsp salt &amp;amp; pepper",
            "2 eggs ((optional))",
          ],
        }),
      ),
    );
    expect(lines(r)).toEqual(["½ cup sugar", "1/2 tsp salt & pepper", "2 eggs (optional)"]);
  });
});

describe("microdata, RDFa, h-recipe and recipe cards", () => {
  it("reads microdata with a nested author", () => {
    const r = read(
      page(
        "",
        `<div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Soup</h1>
         <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bo</span></span>
         <meta itemprop="totalTime" content="PT20M"><span itemprop="recipeYield">Serves 4</span>
         <ul><li itemprop="recipeIngredient">1 leek</li><li itemprop="recipeIngredient">1 l stock</li></ul>
         <ol itemprop="recipeInstructions"><li>Chop the leek.</li><li>Simmer in the stock.</li></ol></div>`,
      ),
    );
    expect(r.title).toBe("Soup");
    expect(r.source?.author).toBe("Bo");
    expect(r.times?.total).toEqual({ min: 1200 });
    expect(r.yields?.quantity).toEqual({ kind: "exact", value: 4 });
    expect(lines(r)).toEqual(["1 leek", "1 l stock"]);
    expect(stepTexts(r)).toEqual(["Chop the leek.", "Simmer in the stock."]);
  });

  it("reads RDFa and h-recipe", () => {
    const rdfa = read(
      page(
        "",
        `<div vocab="https://schema.org/" typeof="Recipe"><h2 property="name">Tea</h2><span property="recipeIngredient">1 tea bag</span><p property="recipeInstructions">Steep.</p></div>`,
      ),
    );
    expect([rdfa.title, lines(rdfa), stepTexts(rdfa)]).toEqual(["Tea", ["1 tea bag"], ["Steep."]]);
    const h = read(
      page(
        "",
        `<article class="h-recipe"><h1 class="p-name">Toast</h1><li class="p-ingredient">1 slice bread</li><div class="e-instructions"><p>Toast it.</p></div></article>`,
      ),
    );
    expect([h.title, lines(h), stepTexts(h)]).toEqual(["Toast", ["1 slice bread"], ["Toast it."]]);
  });

  it("takes WP Recipe Maker's ingredient sub-headings over the JSON-LD list", () => {
    const card = `<a href="#wprm-recipe-container-7" class="wprm-jump">Jump to recipe</a><div id="wprm-recipe-container-7" class="wprm-recipe-container"><div class="wprm-recipe"><div class="wprm-recipe-ingredient-group"><h3 class="wprm-recipe-group-name">Cake</h3><ul><li class="wprm-recipe-ingredient">200 g flour</li></ul></div>
      <div class="wprm-recipe-ingredient-group"><h3 class="wprm-recipe-group-name">Topping</h3><ul><li class="wprm-recipe-ingredient">2 eggs</li></ul></div></div></div>`;
    const r = read(page(ld(recipe), card));
    expect(r.ingredientGroups?.map((g) => [g.title, g.ingredients.map((i) => i.text)])).toEqual([
      ["Cake", ["200 g flour"]],
      ["Topping", ["2 eggs"]],
    ]);
  });

  it("takes the yield the page prints when complete JSON-LD leaves it out", () => {
    const r = read(
      page(ld(recipe), `<article><h1>Cake</h1><dl><dt>Yield:</dt><dd>4</dd></dl></article>`),
    );
    expect(r.yields?.quantity).toEqual({ kind: "exact", value: 4 });
    expect(read(page(ld(recipe), "<p>Bake it.</p>")).yields).toBeUndefined();
  });

  it("keeps each line of a JSON-LD ingredient string whose raw line breaks made it invalid", () => {
    const raw = `{"@type":"Recipe","name":"Chaat","recipeIngredient":["1 cup flour\n2 tbsp oil\n1 tsp salt"],"recipeInstructions":"Knead.\nFry."}`;
    const r = read(
      page(`<script type="application/ld+json">${raw.replace(/\\n/g, "\n")}</script>`),
    );
    expect(lines(r)).toEqual(["1 cup flour", "2 tbsp oil", "1 tsp salt"]);
    expect(stepTexts(r)).toEqual(["Knead.", "Fry."]);
  });

  it("reads a Tasty Recipes card on a page without structured data", () => {
    const card = `<div class="tasty-recipes"><h2 class="tasty-recipes-title">Flatbread</h2><span class="tasty-recipes-yield">6 breads</span>
      <div class="tasty-recipes-ingredients"><h4>Dough</h4><ul><li>300 g flour</li><li>200 ml water</li></ul></div>
      <div class="tasty-recipes-instructions"><ol><li>Knead.</li><li>Cook in a hot pan.</li></ol></div></div>`;
    const r = read(page("", card));
    expect(r.title).toBe("Flatbread");
    expect(r.ingredientGroups?.[0]?.title).toBe("Dough");
    expect(lines(r)).toEqual(["300 g flour", "200 ml water"]);
    expect(stepTexts(r)).toEqual(["Knead.", "Cook in a hot pan."]);
    expect(r.yields?.quantity).toEqual({ kind: "exact", value: 6 });
  });
});

describe("no structured recipe", () => {
  it("says so with a stable code", () => {
    const result = importHtml({ text: page("<title>Blog</title>", "<p>Hello there.</p>") });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("NO_STRUCTURED_RECIPE");
  });

  it("sniffs HTML high and text low", () => {
    expect(htmlImporter.sniff({ text: page("") })).toBeGreaterThan(0.9);
    expect(htmlImporter.sniff({ text: "Serves 4\n\nIngredients\n2 eggs" })).toBe(0);
  });
});

describe("repairMojibake", () => {
  it("re-reads UTF-8 that was read as Latin-1, and leaves real text alone", async () => {
    const { repairMojibake } = await import("../clean-text.js");
    expect(repairMojibake("1Â¼ cups half and half")).toBe("1¼ cups half and half");
    expect(repairMojibake("2/3 cupÂ\u00a0orange juice")).toBe("2/3 cup\u00a0orange juice");
    expect(repairMojibake("crÃ¨me brÃ»lÃ©e")).toBe("crème brûlée");
    expect(repairMojibake("Ãgua de coco, Âge tendre")).toBe("Ãgua de coco, Âge tendre");
    expect(repairMojibake("½ cup")).toBe("½ cup");
  });
});
