import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createAuthorTerms } from "./0008-author-terms.js";

describe.each(DIALECTS)("the author-terms migration on %s", (dialect) => {
  let storage: TempStorage;
  beforeAll(async () => {
    storage = await openTempStorage(dialect);
  });
  afterAll(() => storage.close());

  it("gives recipes kept before it their author, findable by author", async () => {
    const now = new Date();
    const recipes = [
      makeRecipe({ title: "Pho", slug: "pho", source: { author: "Andrea Nguyễn" } }),
      makeRecipe({ title: "Dal", slug: "dal" }),
    ];
    await storage.store.insertMany(
      recipes.map((recipe, i) => ({ recipe, contentHash: `h${i}`, now })),
    );
    // As a database from before the migration: no author terms at all.
    await storage.db.deleteFrom("recipe_terms").where("kind", "=", "author").execute();
    const search = () =>
      storage.store.search({ author: "andrea nguyen", sort: "newest", limit: 5 });
    expect(await search()).toEqual([]);

    await createAuthorTerms().up(storage.db as unknown as Kysely<unknown>);
    await createAuthorTerms().up(storage.db as unknown as Kysely<unknown>); // twice, as a rerun after a crash would
    expect((await search()).map((hit) => hit.slug)).toEqual(["pho"]);
    const terms = await storage.db
      .selectFrom("recipe_terms")
      .selectAll()
      .where("kind", "=", "author")
      .execute();
    expect(terms).toHaveLength(1);
  });
});
