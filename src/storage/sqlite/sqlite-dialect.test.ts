import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTempStorage } from "../../../test/support/temp-storage.js";
import { SERVING_CACHE_KIB } from "./open-sqlite-database.js";
import { sqliteDialect, toFts5Query } from "./sqlite-dialect.js";

describe("toFts5Query", () => {
  it.each([
    ["pork stir fry", '"pork" "stir" "fry"*'],
    ['NEAR(pork "rice") OR -x', '"near" "pork" "rice"*'],
    ["Mama's meatballs", '"mama" "meatballs"*'],
    ["pork ch", '"pork" "ch"'],
    ["s", '"s"'],
    ["Crème brûlée", '"creme" "brulee"*'],
    ["soup with the noodles", '"soup" "noodles"*'],
    ["the", '"the"*'],
    ["*** ???", undefined],
  ])("%s → %s", (text, query) => {
    expect(toFts5Query(text)).toBe(query);
  });
});

describe("bulk writes on SQLite", () => {
  it("take a larger page cache while they write and give it back, even when they fail", async () => {
    const storage = await openTempStorage("sqlite");
    try {
      const cacheSize = async () =>
        (await sql<{ cache_size: number }>`pragma cache_size`.execute(storage.db)).rows[0]
          ?.cache_size;
      const seen: (number | undefined)[] = [];
      await sqliteDialect.writeInBulk(storage.db, async () => {
        seen.push(await cacheSize());
      });
      await expect(
        sqliteDialect.writeInBulk(storage.db, async () => {
          throw new Error("disk full");
        }),
      ).rejects.toThrow("disk full");
      expect(seen).toEqual([-32_000]);
      expect(await cacheSize()).toBe(-SERVING_CACHE_KIB);
    } finally {
      await storage.close();
    }
  });
});
