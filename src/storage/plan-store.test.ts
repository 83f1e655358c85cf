import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import type { Visibility } from "../app/ports.js";

const at = (time: string) => new Date(`2026-11-24T${time}:00.000Z`);

/** The contract of the meal-plan store, on SQLite and PostgreSQL. */
describe.each(DIALECTS)("plan store on %s", (dialect) => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage(dialect);
  });
  afterEach(() => storage.close());

  const addUser = async (email: string) => {
    const user = await storage.accounts.users.create({
      email,
      name: email.split("@")[0]!,
      passwordHash: "scrypt$x",
      role: "user",
      now: at("09:00"),
    });
    if (!user) throw new Error("email taken");
    return user;
  };
  const addRecipe = (slug: string, ownerId: string, visibility: Visibility = "public") =>
    storage.store.insert({
      recipe: makeRecipe({ title: `Title ${slug}`, slug }),
      contentHash: `hash-${slug}`,
      now: at("09:00"),
      ownerId,
      visibility,
    });

  it("keeps entries in day, meal and arrival order, and moves one to the end of another meal", async () => {
    const ann = await addUser("ann@example.org");
    const soup = await addRecipe("soup", ann.id);
    const pork = await addRecipe("pork", ann.id);
    const { plans } = storage.accounts;
    const dinner1 = await plans.add({
      ownerId: ann.id,
      date: "2026-11-24",
      meal: "dinner",
      recipeId: soup.id,
      servings: 4,
      note: "double the chilies",
      now: at("10:00"),
    });
    const dinner2 = await plans.add({
      ownerId: ann.id,
      date: "2026-11-24",
      meal: "dinner",
      recipeId: pork.id,
      now: at("10:01"),
    });
    const breakfast = await plans.add({
      ownerId: ann.id,
      date: "2026-11-24",
      meal: "breakfast",
      recipeId: pork.id,
      now: at("10:02"),
    });
    await plans.add({
      ownerId: ann.id,
      date: "2026-12-01",
      meal: "lunch",
      recipeId: soup.id,
      now: at("10:03"),
    });
    expect(dinner1).toMatchObject({ servings: 4, note: "double the chilies", position: 1 });
    expect(dinner2.position).toBe(2);
    expect(dinner2.servings).toBeUndefined();

    const week = await plans.mealsOf(
      ann.id,
      { from: "2026-11-23", to: "2026-11-29" },
      { kind: "all" },
    );
    expect(week.map((e) => [e.id, e.meal, e.recipe.slug])).toEqual([
      [breakfast.id, "breakfast", "pork"],
      [dinner1.id, "dinner", "soup"],
      [dinner2.id, "dinner", "pork"],
    ]);

    const moved = await plans.change(dinner1.id, {
      date: "2026-11-24",
      meal: "breakfast",
      servings: 2,
      now: at("11:00"),
    });
    expect(moved).toMatchObject({ meal: "breakfast", position: 2, servings: 2 });
    expect(moved?.note).toBeUndefined();
    expect(moved?.updatedAt).toEqual(at("11:00"));
    expect(
      await plans.change("999999", { date: "2026-11-24", meal: "lunch", now: at("11:00") }),
    ).toBeUndefined();
    expect(await plans.remove(dinner2.id)).toBe(true);
    expect(await plans.remove(dinner2.id)).toBe(false);
    expect(await plans.find("nonsense")).toBeUndefined();
    const after = await plans.mealsOf(
      ann.id,
      { from: "2026-11-24", to: "2026-11-24" },
      { kind: "all" },
    );
    expect(after.map((e) => e.id)).toEqual([breakfast.id, dinner1.id]);
  });

  it("lists only recipes the scope may see, and forgets entries of a deleted recipe", async () => {
    const ann = await addUser("ann@example.org");
    const bob = await addUser("bob@example.org");
    const bobs = await addRecipe("bobs-secret", bob.id, "public");
    const { plans } = storage.accounts;
    await plans.add({
      ownerId: ann.id,
      date: "2026-11-25",
      meal: "lunch",
      recipeId: bobs.id,
      now: at("10:00"),
    });
    const range = { from: "2026-11-23", to: "2026-11-29" };
    const annScope = { kind: "some", ownerIds: [ann.id] } as const;
    expect(await plans.mealsOf(ann.id, range, annScope)).toHaveLength(1);
    await storage.store.setVisibility(bobs.id, "private", at("10:05"));
    expect(await plans.mealsOf(ann.id, range, annScope)).toEqual([]);
    expect(await plans.mealsOf(ann.id, range, { kind: "some", ownerIds: [bob.id] })).toHaveLength(
      1,
    );
    await storage.store.delete(bobs.id);
    expect(await plans.mealsOf(ann.id, range, { kind: "all" })).toEqual([]);
  });

  it("keeps one feed secret per user, replaced on rotation and gone when revoked", async () => {
    const ann = await addUser("ann@example.org");
    const bob = await addUser("bob@example.org");
    const { plans } = storage.accounts;
    expect(await plans.feedCreatedAt(ann.id)).toBeUndefined();
    await plans.setFeedToken(ann.id, "hash-1", at("10:00"));
    await plans.setFeedToken(bob.id, "hash-b", at("10:00"));
    expect(await plans.findFeedOwner("hash-1")).toBe(ann.id);
    await plans.setFeedToken(ann.id, "hash-2", at("10:10"));
    expect(await plans.findFeedOwner("hash-1")).toBeUndefined();
    expect(await plans.findFeedOwner("hash-2")).toBe(ann.id);
    expect(await plans.feedCreatedAt(ann.id)).toEqual(at("10:10"));
    await plans.setFeedToken(ann.id, null, at("10:20"));
    expect(await plans.findFeedOwner("hash-2")).toBeUndefined();
    expect(await plans.feedCreatedAt(ann.id)).toBeUndefined();
    expect(await plans.findFeedOwner("hash-b")).toBe(bob.id);
  });
});
