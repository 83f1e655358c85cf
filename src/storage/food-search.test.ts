import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import type { SearchHit, SearchQuery } from "../app/ports.js";
import { foldText } from "../domain/fold-text.js";
import { stemWords } from "../domain/match-foods.js";

/** A small pantry, so that random recipes share foods and coverage ties happen. */
const PANTRY = [
  "garlic",
  "salt",
  "pork mince",
  "fish sauce",
  "soy sauce",
  "red chilies",
  "rice",
  "rice noodles",
  "lime",
  "star anise",
  "sugar",
  "shallots",
];

const words = (text: string) => new Set(stemWords(foldText(text)));

/** What search must answer, computed the slow way: the share of each recipe's ingredients the
 *  foods at hand use (each food counted once, all its words in one ingredient), best first,
 *  then by id. */
function expected(recipes: { id: number; foods: string[] }[], have: string[]): string[] {
  const wanted = [...new Map(have.map((f) => [[...words(f)].sort().join(" "), words(f)])).values()];
  return recipes
    .map(({ id, foods }) => {
      const found = wanted.filter((w) => foods.some((f) => [...w].every((x) => words(f).has(x))));
      return { id, coverage: found.length / foods.length };
    })
    .filter((r) => r.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || a.id - b.id)
    .map((r) => String(r.id));
}

describe.each(DIALECTS)("search by foods at hand on %s", (dialect) => {
  let storage: TempStorage;
  const recipes: { id: number; foods: string[] }[] = [];

  beforeAll(async () => {
    storage = await openTempStorage(dialect);
    // Deterministic variety: sizes 1 to 12, foods drawn from the pantry with repeats.
    const draw = fc.sample(fc.array(fc.constantFrom(...PANTRY), { minLength: 1, maxLength: 12 }), {
      numRuns: 120,
      seed: 42,
    });
    const stored = await storage.store.insertMany(
      draw.map((foods, i) => ({
        recipe: makeRecipe({
          title: `Dish ${i}`,
          slug: `dish-${i}`,
          ingredientGroups: [{ ingredients: foods.map((food) => ({ text: food, food })) }],
        }),
        contentHash: `h${i}`,
        now: new Date("2026-01-01T00:00:00Z"),
      })),
    );
    recipes.push(...stored.map((s, i) => ({ id: Number(s.id), foods: draw[i]! })));
  });
  afterAll(() => storage.close());

  const all = async (query: Omit<SearchQuery, "limit">, limit: number) => {
    const seen: SearchHit[] = [];
    let after: SearchQuery["after"];
    for (;;) {
      const page = await storage.store.search({ ...query, limit, ...(after && { after }) });
      seen.push(...page);
      if (page.length < limit) return seen;
      after = { key: page.at(-1)!.key, id: Number(page.at(-1)!.id) };
    }
  };

  it("ranks exactly as counting every recipe would, page after page", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...PANTRY, "chili", "sauce", "anise star", "caviar"), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom(4, 9),
        async (have, limit) => {
          const hits = await all({ foods: have, sort: "relevance" }, limit);
          expect(hits.map((h) => h.id)).toEqual(expected(recipes, have));
          for (const hit of hits) {
            const recipe = recipes.find((r) => String(r.id) === hit.id)!;
            expect(hit.coverage! * recipe.foods.length).toBeCloseTo(
              Math.round(hit.coverage! * recipe.foods.length),
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it("pages through only the recipes the rest of the query lets through", async () => {
    // Lime in recipes of every size; only every third is Thai.
    const limes = Array.from({ length: 40 }, (_, i) =>
      makeRecipe({
        title: `Lime ${i}`,
        slug: `lime-${i}`,
        cuisine: i % 3 === 0 ? ["Thai"] : ["Mexican"],
        ingredientGroups: [
          {
            ingredients: Array.from({ length: 1 + (i % 19) }, (_, k) =>
              k === 0
                ? { text: "1 lime", food: "lime" }
                : { text: `spice ${k}`, food: `spice ${k}` },
            ),
          },
        ],
      }),
    );
    const stored = await storage.store.insertMany(
      limes.map((recipe, i) => ({ recipe, contentHash: `lime${i}`, now: new Date() })),
    );
    const thai = stored
      .map((s, i) => ({ id: Number(s.id), coverage: 1 / (1 + (i % 19)), thai: i % 3 === 0 }))
      .filter((r) => r.thai)
      .sort((a, b) => b.coverage - a.coverage || a.id - b.id);
    const hits = await all({ foods: ["lime"], cuisine: "thai", sort: "relevance" }, 3);
    expect(hits.map((h) => [Number(h.id), h.coverage])).toEqual(
      thai.map((r) => [r.id, r.coverage]),
    );
    for (const s of stored) await storage.store.delete(s.id);
  });

  it("needs all of a food's words in one ingredient", async () => {
    const fish = await all({ foods: ["fish sauce"], sort: "relevance" }, 50);
    const withFishSauce = recipes.filter((r) => r.foods.includes("fish sauce"));
    expect(fish.map((h) => h.id).sort()).toEqual(withFishSauce.map((r) => String(r.id)).sort());
  });

  it("sorts the same matches newest first when asked", async () => {
    const newest = await all({ foods: ["star anise"], sort: "newest" }, 4);
    const ids = recipes.filter((r) => r.foods.includes("star anise")).map((r) => String(r.id));
    expect(newest.map((h) => h.id)).toEqual(ids.reverse());
  });

  it("takes a recipe out of the index when it changes or goes", async () => {
    const anise = async () =>
      (await all({ foods: ["star anise"], sort: "relevance" }, 50)).map((h) => h.slug);
    const before = await anise();
    const stored = await storage.store.insert({
      recipe: makeRecipe({
        title: "Mulled wine",
        slug: "mulled-wine",
        ingredientGroups: [{ ingredients: [{ text: "2 star anise", food: "star anise" }] }],
      }),
      contentHash: "mulled",
      now: new Date("2026-01-02T00:00:00Z"),
    });
    expect(await anise()).toEqual(["mulled-wine", ...before]);
    await storage.store.update(stored.id, {
      recipe: makeRecipe({
        title: "Mulled wine",
        slug: "mulled-wine",
        ingredientGroups: [
          {
            ingredients: [
              { text: "1 cinnamon stick", food: "cinnamon" },
              { text: "1 bottle red wine", food: "red wine" },
            ],
          },
        ],
      }),
      contentHash: "mulled-2",
      now: new Date("2026-01-03T00:00:00Z"),
    });
    expect(await anise()).toEqual(before);
    const cinnamon = await all({ foods: ["cinnamon"], sort: "relevance" }, 5);
    expect(cinnamon.map((h) => [h.slug, h.coverage])).toEqual([["mulled-wine", 0.5]]);
    await storage.store.delete(stored.id);
    expect(await all({ foods: ["cinnamon"], sort: "relevance" }, 5)).toEqual([]);
  });
});
