import fc from "fast-check";
import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import type { NewRecipe, SearchQuery } from "../app/ports.js";
import type { RecipeInput } from "../domain/recipe.js";
import { migrateToLatest } from "./migrate.js";

const egg = (title: string, slug: string) =>
  makeRecipe({
    title,
    slug,
    ingredientGroups: [
      { ingredients: [{ text: "1 egg", food: "egg", quantity: { kind: "exact", value: 1 } }] },
    ],
    stepGroups: [
      {
        steps: [
          { text: "Boil for 7 minutes.", timers: [{ text: "7 minutes", duration: { min: 420 } }] },
        ],
      },
    ],
  });

const entry = (recipe: ReturnType<typeof makeRecipe>, hash = recipe.slug): NewRecipe => ({
  recipe,
  contentHash: hash,
  now: new Date("2026-03-04T05:06:07.000Z"),
});

/** The one contract every RecipeStore keeps, on SQLite and on PostgreSQL alike. */
describe.each(DIALECTS)("RecipeStore on %s", (dialect) => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage(dialect);
  });
  afterEach(() => storage.close());

  it("keeps a recipe whole and finds it by slug and by content hash", async () => {
    const stored = await storage.store.insert(entry(egg("Eggs", "eggs"), "h1"));
    expect(stored.recipe).toEqual(egg("Eggs", "eggs"));
    expect(stored.createdAt).toEqual(new Date("2026-03-04T05:06:07.000Z"));
    expect((await storage.store.findBySlug("eggs"))?.id).toBe(stored.id);
    expect((await storage.store.findByContentHash("h1"))?.recipe.title).toBe("Eggs");
    expect(await storage.store.findBySlug("nope")).toBeUndefined();
    expect(await storage.store.isSlugTaken("eggs")).toBe(true);
    expect(await storage.store.count()).toBe(1);
  });

  it("refuses a second recipe with the same slug and leaves the first untouched", async () => {
    await storage.store.insert(entry(egg("Eggs", "eggs"), "h1"));
    await expect(storage.store.insert(entry(egg("Other", "eggs"), "h2"))).rejects.toThrow();
    expect((await storage.store.findBySlug("eggs"))?.recipe.title).toBe("Eggs");
    expect(await storage.store.count()).toBe(1);
  });

  it("inserts a batch all or nothing", async () => {
    const batch = [entry(egg("A", "a")), entry(egg("B", "b")), entry(egg("A again", "a"), "x")];
    await expect(storage.store.insertMany(batch)).rejects.toThrow();
    expect(await storage.store.count()).toBe(0);
    expect(await storage.store.search({ text: "boil", sort: "relevance", limit: 10 })).toEqual([]);
    const stored = await storage.store.insertMany(batch.slice(0, 2));
    expect(stored.map((s) => s.recipe.slug)).toEqual(["a", "b"]);
  });

  it("says which hashes and source URLs it keeps already", async () => {
    await storage.store.insert(
      entry(makeRecipe({ slug: "s", source: { url: "https://example.org/s" } }), "hash-s"),
    );
    const found = await storage.store.findExisting({
      hashes: ["hash-s", "hash-t"],
      sourceUrls: ["https://example.org/s", "https://example.org/t"],
    });
    expect([...found.hashes]).toEqual(["hash-s"]);
    expect([...found.sourceUrls]).toEqual(["https://example.org/s"]);
  });

  it("lists newest first in keyset pages", async () => {
    for (let i = 1; i <= 5; i++) await storage.store.insert(entry(egg(`R${i}`, `r${i}`)));
    const first = await storage.store.list({ limit: 2 });
    expect(first.map((r) => r.slug)).toEqual(["r5", "r4"]);
    const second = await storage.store.list({ limit: 2, after: first.at(-1)!.id });
    expect(second.map((r) => r.slug)).toEqual(["r3", "r2"]);
  });

  it("migrates once and passes its integrity check", async () => {
    expect(await migrateToLatest(storage.db as Kysely<unknown>, dialect)).toEqual([]);
    expect(await storage.dialect.checkIntegrity(storage.db)).toEqual([]);
  });

  it("says loudly when a stored document no longer matches the model", async () => {
    const stored = await storage.store.insert(entry(egg("Eggs", "eggs")));
    await storage.db
      .updateTable("recipes")
      .set({ document: '{"title":""}' })
      .where("id", "=", Number(stored.id))
      .execute();
    await expect(storage.store.findBySlug("eggs")).rejects.toThrow(/does not match the model/);
  });

  describe("update and delete", () => {
    const later = new Date("2026-03-05T00:00:00.000Z");
    const change = (recipe: ReturnType<typeof makeRecipe>, now = later) => ({
      recipe,
      summary: "new summary",
      contentHash: "changed",
      now,
    });
    const soup = () =>
      makeRecipe({
        title: "Miso Soup",
        slug: "ignored-new-slug",
        cuisine: ["Japanese"],
        ingredientGroups: [{ ingredients: [{ text: "tofu", food: "tofu" }] }],
        stepGroups: [{ steps: [{ text: "Whisk the miso in." }] }],
      });
    const slugsOf = async (q: Partial<SearchQuery>) =>
      (await storage.store.search({ sort: "relevance", limit: 10, ...q })).map((h) => h.slug);

    it("rewrites the document and every index entry, keeping the slug", async () => {
      const stored = await storage.store.insert(entry(egg("Eggs", "eggs"), "h1"));
      const updated = await storage.store.update(stored.id, change(soup()));
      expect(updated?.recipe.title).toBe("Miso Soup");
      expect(updated?.recipe.slug).toBe("eggs");
      expect(updated?.contentHash).toBe("changed");
      expect(updated?.createdAt).toEqual(stored.createdAt);
      expect(updated?.updatedAt).toEqual(later);
      expect((await storage.store.findBySlug("eggs"))?.recipe.cuisine).toEqual(["Japanese"]);
      expect(await storage.store.findByContentHash("h1")).toBeUndefined();
      expect(await slugsOf({ text: "miso" })).toEqual(["eggs"]);
      expect(await slugsOf({ text: "boil" })).toEqual([]);
      expect(await slugsOf({ cuisine: "japanese" })).toEqual(["eggs"]);
      expect(await slugsOf({ foods: ["tofu"] })).toEqual(["eggs"]);
      expect(await slugsOf({ foods: ["egg"] })).toEqual([]);
      expect((await storage.store.list({ limit: 5 }))[0]?.summary).toBe("new summary");
    });

    it("moves updatedAt forward even when the clock does not", async () => {
      const stored = await storage.store.insert(entry(egg("Eggs", "eggs")));
      const first = await storage.store.update(stored.id, change(soup(), stored.createdAt));
      const second = await storage.store.update(stored.id, change(soup(), stored.createdAt));
      expect(first!.updatedAt.getTime()).toBeGreaterThan(stored.updatedAt.getTime());
      expect(second!.updatedAt.getTime()).toBeGreaterThan(first!.updatedAt.getTime());
      const v1 = await storage.store.versionOf("eggs");
      await storage.store.update(stored.id, change(soup(), stored.createdAt));
      expect((await storage.store.versionOf("eggs"))?.stamp).not.toBe(v1?.stamp);
    });

    it("answers undefined for a recipe it does not keep", async () => {
      expect(await storage.store.update("999", change(soup()))).toBeUndefined();
      expect(await storage.store.delete("999")).toBe(false);
    });

    it("deletes a recipe with its index entries, pins, ratings and drafts", async () => {
      const user = await storage.accounts.users.create({
        email: "a@example.org",
        name: "A",
        passwordHash: "x",
        role: "user",
        now: later,
      });
      const stored = await storage.store.insert({
        ...entry(egg("Eggs", "eggs")),
        ownerId: user!.id,
      });
      const kept = await storage.store.insert(entry(egg("Boiled eggs", "boiled")));
      const board = await storage.accounts.boards.create({
        ownerId: user!.id,
        name: "B",
        visibility: "private",
        now: later,
      });
      await storage.accounts.boards.pin(board.id, stored.id, later);
      await storage.accounts.boards.pin(board.id, kept.id, later);
      await storage.accounts.ratings.rate({
        recipeId: stored.id,
        userId: user!.id,
        stars: 5,
        now: later,
      });
      const draft = await storage.store.saveDraft({
        ownerId: user!.id,
        recipeId: stored.id,
        title: "Eggs",
        document: {},
        now: later,
      });
      expect(await storage.store.delete(stored.id)).toBe(true);
      expect(await storage.store.findBySlug("eggs")).toBeUndefined();
      expect(await storage.store.count()).toBe(1);
      expect(await slugsOf({ text: "eggs" })).toEqual(["boiled"]);
      expect(await slugsOf({ foods: ["egg"] })).toEqual(["boiled"]);
      expect(await storage.accounts.boards.pinOrder(board.id)).toEqual([kept.id]);
      expect(await storage.accounts.ratings.listFor(stored.id, true)).toEqual([]);
      expect(await storage.store.findDraft(draft.id)).toBeUndefined();
      // The slug is free again, and a new recipe under it is indexed afresh.
      await storage.store.insert(entry(egg("Scrambled eggs", "eggs"), "h3"));
      expect(await slugsOf({ text: "scrambled" })).toEqual(["eggs"]);
    });

    it("keeps drafts apart: only by id and owner, never listed or searched", async () => {
      const user = await storage.accounts.users.create({
        email: "d@example.org",
        name: "D",
        passwordHash: "x",
        role: "user",
        now: later,
      });
      const draft = await storage.store.saveDraft({
        ownerId: user!.id,
        title: "Secret stew",
        document: { title: "Secret stew", lines: ["1 onion"] },
        now: later,
      });
      const again = await storage.store.saveDraft({
        id: draft.id,
        ownerId: user!.id,
        title: "Secret stew II",
        document: { title: "Secret stew II" },
        now: new Date("2026-03-06T00:00:00.000Z"),
      });
      expect(again.id).toBe(draft.id);
      expect(await storage.store.findDraft(draft.id)).toMatchObject({
        title: "Secret stew II",
        document: { title: "Secret stew II" },
        ownerId: user!.id,
        createdAt: later,
      });
      expect((await storage.store.listDrafts(user!.id)).map((d) => d.id)).toEqual([draft.id]);
      expect(await storage.store.count()).toBe(0);
      expect(await slugsOf({ text: "stew" })).toEqual([]);
      await storage.store.deleteDraft(draft.id);
      expect(await storage.store.listDrafts(user!.id)).toEqual([]);
    });
  });

  describe("search", () => {
    const dishes: RecipeInput[] = [
      {
        title: "Caramelised Pork Mince",
        slug: "pork-mince",
        cuisine: ["Vietnamese"],
        category: ["Main course"],
        keywords: ["weeknight", "stir fry"],
        times: { total: { min: 1200 } },
        ingredientGroups: [
          {
            ingredients: [
              { text: "500 g pork mince", food: "pork mince" },
              { text: "2 red chilies", food: "red chilies" },
              { text: "fish sauce", food: "fish sauce" },
            ],
          },
        ],
        stepGroups: [{ steps: [{ text: "Caramelise the sugar, then brown the pork." }] }],
      },
      {
        title: "Crème Brûlée",
        slug: "creme-brulee",
        cuisine: ["French"],
        category: ["Dessert"],
        diets: ["Vegetarian"],
        times: { prep: { min: 1800 }, cook: { min: 2400 } },
        ingredientGroups: [
          {
            ingredients: [
              { text: "4 egg yolks", food: "egg yolks" },
              { text: "cream", food: "cream" },
              { text: "sugar", food: "sugar" },
            ],
          },
        ],
        stepGroups: [{ steps: [{ text: "Bake in a water bath, then burn the sugar on top." }] }],
      },
      {
        title: "Rice Noodle Soup",
        slug: "noodle-soup",
        cuisine: ["Vietnamese"],
        times: { total: { min: 3600 } },
        ingredientGroups: [
          {
            ingredients: [
              { text: "rice noodles", food: "rice noodles" },
              { text: "beef stock", food: "beef stock" },
              { text: "pork bones", food: "pork bones" },
              { text: "star anise", food: "star anise" },
            ],
          },
        ],
        stepGroups: [{ steps: [{ text: "Simmer the stock with the pork bones for an hour." }] }],
      },
      {
        title: "Fried Rice",
        slug: "fried-rice",
        ingredientGroups: [
          {
            ingredients: [
              { text: "cooked rice", food: "rice" },
              { text: "pork", food: "pork" },
            ],
          },
        ],
        stepGroups: [{ steps: [{ text: "Fry it all." }] }],
      },
    ];
    const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);
    const search = (q: Partial<SearchQuery>) =>
      storage.store.search({ sort: "relevance", limit: 20, ...q });

    beforeEach(async () => {
      for (const dish of dishes) await storage.store.insert(entry(makeRecipe(dish)));
    });

    it("ranks a title match above a mention in the steps", async () => {
      const hits = slugs(await search({ text: "pork" }));
      expect(hits[0]).toBe("pork-mince");
      expect(hits).toContain("noodle-soup");
      expect(hits).not.toContain("creme-brulee");
    });

    it("ranks by where the words are, newest first within each place", async () => {
      // Title, then ingredients, tags or description, then steps only.
      expect(slugs(await search({ text: "pork" }))).toEqual([
        "pork-mince",
        "fried-rice",
        "noodle-soup",
      ]);
      expect(slugs(await search({ text: "sugar" }))).toEqual(["creme-brulee", "pork-mince"]);
      expect(slugs(await search({ text: "stir fry" }))).toEqual(["pork-mince"]);
      expect(slugs(await search({ text: "rice noodle" }))).toEqual(["noodle-soup"]);
    });

    it("ranks whole words before words they begin, which still find what is being typed", async () => {
      await storage.store.insert(
        entry(makeRecipe({ title: "Riceberry Salad", slug: "riceberry" })),
      );
      const rice = ["fried-rice", "noodle-soup", "riceberry"];
      expect(slugs(await search({ text: "rice" }))).toEqual(rice);
      const ric = ["riceberry", "fried-rice", "noodle-soup"];
      expect(slugs(await search({ text: "ric" }))).toEqual(ric);
    });

    it("stems words and folds accents", async () => {
      expect(slugs(await search({ text: "noodle" }))).toEqual(["noodle-soup"]);
      expect(slugs(await search({ text: "creme brulee" }))).toEqual(["creme-brulee"]);
      expect(slugs(await search({ text: "CRÈME" }))).toEqual(["creme-brulee"]);
      // A lone letter (a possessive's "s", a half-typed word) is not a prefix of everything.
      expect(slugs(await search({ text: "crème b" }))).toEqual(["creme-brulee"]);
    });

    it("ranks by how much of each recipe the foods at hand cover", async () => {
      const hits = await search({ foods: ["pork", "chilies", "rice"] });
      expect(slugs(hits)).toEqual(["fried-rice", "pork-mince", "noodle-soup"]);
      expect(hits[0]?.coverage).toBe(1);
      expect(hits[1]?.coverage).toBeCloseTo(2 / 3);
      expect(hits[2]?.coverage).toBeCloseTo(2 / 4);
    });

    it("filters by cuisine, category, diet, tag and time", async () => {
      expect(slugs(await search({ cuisine: "vietnamese", sort: "newest" }))).toEqual([
        "noodle-soup",
        "pork-mince",
      ]);
      expect(slugs(await search({ category: "Dessert" }))).toEqual(["creme-brulee"]);
      expect(slugs(await search({ diet: "vegetarian" }))).toEqual(["creme-brulee"]);
      expect(slugs(await search({ tag: "Weeknight" }))).toEqual(["pork-mince"]);
      expect(slugs(await search({ maxTotalSeconds: 3600, sort: "quickest" }))).toEqual([
        "pork-mince",
        "noodle-soup",
      ]);
      expect(slugs(await search({ text: "pork", cuisine: "french" }))).toEqual([]);
    });

    it("sorts quickest first, recipes with no time last", async () => {
      expect(slugs(await search({ sort: "quickest" }))).toEqual([
        "pork-mince",
        "noodle-soup",
        "creme-brulee",
        "fried-rice",
      ]);
    });

    it("pages through results with a keyset cursor, each hit once", async () => {
      for (const sort of ["relevance", "newest", "quickest"] as const) {
        const seen: string[] = [];
        let after: SearchQuery["after"];
        for (let page = 0; page < 10; page++) {
          const hits = await search({
            sort,
            limit: 1,
            ...(after && { after }),
            ...(sort === "relevance" && { text: "pork" }),
          });
          if (hits.length === 0) break;
          seen.push(hits[0]!.slug);
          after = { key: hits[0]!.key, id: Number(hits[0]!.id) };
        }
        const all = slugs(await search({ sort, ...(sort === "relevance" && { text: "pork" }) }));
        expect(seen, sort).toEqual(all);
      }
    });

    it("reads any input as words: never a syntax error, never injection", async () => {
      const hostile = [
        '"',
        "pork OR",
        "NEAR(pork rice)",
        "pork*",
        "'; drop table recipes; --",
        "title:pork",
        "^pork",
        "-pork",
        "(((",
        "x".repeat(10_000),
        "\u0000\u0001",
        "🍜 noodle",
      ];
      for (const text of hostile)
        await expect(search({ text }), text).resolves.toBeInstanceOf(Array);
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 200 }),
          fc.array(fc.string(), { maxLength: 5 }),
          async (text, foods) => {
            const hits = await search({ text, foods });
            expect(Array.isArray(hits)).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
      expect(await storage.store.count()).toBe(dishes.length);
      // The index still answers as before: nothing the hostile text did reached the tables.
      expect(slugs(await search({ text: "noodle" }))).toEqual(["noodle-soup"]);
    });
  });
});
