import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { addShoppingLines, type ShoppingLine } from "../domain/shopping-entries.js";

const at = (hhmm: string) => new Date(`2026-05-01T${hhmm}:00.000Z`);
const eggs = (value: number, recipeId: string): ShoppingLine => ({
  food: "eggs",
  amount: { quantity: { kind: "exact", value } },
  recipeId,
});

/** The contract of the shopping list store, on SQLite and PostgreSQL. */
describe.each(DIALECTS)("shopping list store on %s", (dialect) => {
  let storage: TempStorage;
  let ownerId: string;
  beforeEach(async () => {
    storage = await openTempStorage(dialect);
    const user = await storage.accounts.users.create({
      email: "ann@example.org",
      name: "ann",
      passwordHash: "scrypt$x",
      role: "user",
      now: at("09:00"),
    });
    ownerId = user!.id;
  });
  afterEach(() => storage.close());

  it("keeps lists per owner, renames, shares by token, revokes and deletes them", async () => {
    const lists = storage.accounts.shoppingLists;
    const week = await lists.create({ ownerId, name: "This week", now: at("10:00") });
    const party = await lists.create({ ownerId, name: "Party", now: at("10:01") });
    expect(week).toMatchObject({ ownerId, name: "This week", updatedAt: at("10:00") });
    expect(week.shareToken).toBeUndefined();
    await lists.rename(week.id, "Next week", at("10:02"));
    // Last changed first.
    expect((await lists.listOf(ownerId)).map((l) => l.name)).toEqual(["Next week", "Party"]);
    await lists.setShareToken(party.id, "secret-a", at("10:03"));
    expect((await lists.findByShareToken("secret-a"))?.id).toBe(party.id);
    await lists.setShareToken(party.id, null, at("10:04"));
    expect(await lists.findByShareToken("secret-a")).toBeUndefined();
    expect(await lists.find("not-an-id")).toBeUndefined();
    expect(await lists.delete(party.id)).toBe(true);
    expect(await lists.delete(party.id)).toBe(false);
    expect(await lists.find(party.id)).toBeUndefined();
  });

  it("writes merged items, checks, reorders and clears them, in list order", async () => {
    const lists = storage.accounts.shoppingLists;
    const list = await lists.create({ ownerId, name: "Week", now: at("10:00") });
    const lines: ShoppingLine[] = [
      { food: "Ground Pork", amount: {}, recipeId: "1" },
      { food: "pork mince", amount: { quantity: { kind: "exact", value: 500 }, unit: "g" } },
      { food: "Fish Sauce", amount: {}, recipeId: "1" },
      eggs(2, "2"),
    ];
    const items = await lists.changeItems(
      list.id,
      (old) => addShoppingLines(old, lines),
      at("11:00"),
    );
    expect(items.map((i) => [i.position, i.food, i.amounts, i.aisle, i.recipeIds])).toEqual([
      [
        1,
        "Ground Pork",
        [{}, { quantity: { kind: "exact", value: 500 }, unit: "g" }],
        "meat & fish",
        ["1"],
      ],
      [2, "Fish Sauce", [{}], "pantry", ["1"]],
      [3, "eggs", [{ quantity: { kind: "exact", value: 2 } }], "dairy & eggs", ["2"]],
    ]);
    const [pork, sauce, egg] = items;
    expect(await lists.setChecked(list.id, sauce!.id, true, at("11:01"))).toBe(true);
    expect(await lists.setChecked(list.id, "999999", true, at("11:01"))).toBe(false);
    await lists.setItemOrder(list.id, [egg!.id, pork!.id, sauce!.id], at("11:02"));
    expect((await lists.itemsOf(list.id)).map((i) => [i.food, i.checked])).toEqual([
      ["eggs", false],
      ["Ground Pork", false],
      ["Fish Sauce", true],
    ]);
    expect(await lists.removeChecked(list.id, at("11:03"))).toBe(1);
    expect((await lists.itemsOf(list.id)).map((i) => i.food)).toEqual(["eggs", "Ground Pork"]);
    expect((await lists.find(list.id))?.updatedAt).toEqual(at("11:03"));
  });

  it("counts two additions made at once, and writes nothing to a list that is gone", async () => {
    const lists = storage.accounts.shoppingLists;
    const list = await lists.create({ ownerId, name: "Week", now: at("10:00") });
    const add = (line: ShoppingLine) =>
      lists.changeItems(list.id, (old) => addShoppingLines(old, [line]), at("11:00"));
    await Promise.all([add(eggs(2, "1")), add(eggs(1, "2")), add(eggs(3, "3"))]);
    const [only, ...rest] = await lists.itemsOf(list.id);
    expect(rest).toEqual([]);
    expect(only?.amounts).toEqual([{ quantity: { kind: "exact", value: 6 } }]);
    expect([...(only?.recipeIds ?? [])].sort()).toEqual(["1", "2", "3"]);
    await lists.delete(list.id);
    expect(await add(eggs(1, "4"))).toEqual([]);
  });

  it("goes with its owner", async () => {
    const lists = storage.accounts.shoppingLists;
    const list = await lists.create({ ownerId, name: "Week", now: at("10:00") });
    await lists.changeItems(list.id, (old) => addShoppingLines(old, [eggs(1, "1")]), at("10:01"));
    await storage.db.deleteFrom("users").where("id", "=", Number(ownerId)).execute();
    expect(await lists.find(list.id)).toBeUndefined();
    expect(await lists.itemsOf(list.id)).toEqual([]);
  });
});
