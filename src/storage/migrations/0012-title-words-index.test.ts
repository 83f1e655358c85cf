import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { postgresDialect } from "../postgres/postgres-dialect.js";
import { createTitleWordsIndex } from "./0012-title-words-index.js";

/** Basil in every recipe's ingredients, in one title in ten: the case the planner got wrong. */
const dishes = Array.from({ length: 60 }, (_, i) =>
  makeRecipe({
    title: i % 10 === 0 ? `Basil pesto ${i}` : `Tomato salad ${i}`,
    slug: `dish-${i}`,
    ingredientGroups: [{ ingredients: [{ text: "basil leaves", food: "basil leaves" }] }],
  }),
);

describe("the title words column (PostgreSQL)", () => {
  let storage: TempStorage;
  let db: Kysely<unknown>;
  beforeAll(async () => {
    storage = await openTempStorage("postgres");
    db = storage.db as unknown as Kysely<unknown>;
    await storage.store.insertMany(
      dishes.map((recipe, i) => ({ recipe, contentHash: `h${i}`, now: new Date() })),
    );
  });
  afterAll(() => storage.close());

  it("holds the text index's pending list to 256 kB, on both indexes", async () => {
    const { rows } = await sql<{ relname: string; reloptions: string[] | null }>`
      select relname, reloptions from pg_class
      where relname in ('recipes_search_vector', 'recipes_title_vector') order by relname`.execute(
      db,
    );
    expect(rows.map((r) => [r.relname, r.reloptions])).toEqual([
      ["recipes_search_vector", ["gin_pending_list_limit=256"]],
      ["recipes_title_vector", ["gin_pending_list_limit=256"]],
    ]);
  });

  it("answers the title tier from the title's own index", async () => {
    const title = postgresDialect.matchTiers("basil")![0]!;
    if (!("where" in title)) throw new Error("the title tier is a condition");
    const plan = await db.connection().execute(async (conn) => {
      // Only an index that can answer the condition is left to the planner.
      await sql`set enable_seqscan = off`.execute(conn);
      await sql`set enable_indexscan = off`.execute(conn);
      try {
        return await sql<{ "QUERY PLAN": string }>`explain select id from recipes
          where ${title.where}`.execute(conn);
      } finally {
        await sql`reset all`.execute(conn);
      }
    });
    expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("recipes_title_vector");
  });

  it("still ranks the title matches first, newest first, then the rest", async () => {
    const hits = await storage.store.search({
      text: "basil",
      sort: "relevance",
      limit: 8,
      scope: { kind: "all" },
    });
    expect(hits.map((h) => h.slug)).toEqual([
      "dish-50",
      "dish-40",
      "dish-30",
      "dish-20",
      "dish-10",
      "dish-0",
      "dish-59",
      "dish-58",
    ]);
  });

  it("fills the column of recipes stored before it with what a write stores now", async () => {
    const titles = sql<{ id: number; v: string }>`select id, title_vector::text as v from recipes
      order by id`;
    const written = (await titles.execute(db)).rows;
    await sql`drop index recipes_title_vector`.execute(db);
    await sql`alter table recipes drop column title_vector`.execute(db);
    await sql`alter index recipes_search_vector reset (gin_pending_list_limit)`.execute(db);
    await createTitleWordsIndex("postgres").up(db);
    expect((await titles.execute(db)).rows).toEqual(written);
    expect(written[0]?.v).toMatch(/'basil':1A/);
    const hits = await storage.store.search({ text: "pesto", sort: "relevance", limit: 3 });
    expect(hits.map((h) => h.slug)).toEqual(["dish-50", "dish-40", "dish-30"]);
  });
});
