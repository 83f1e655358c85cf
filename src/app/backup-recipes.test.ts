import { describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, fixedClock, openTempStorage } from "../../test/support/temp-storage.js";
import { addRecipes } from "./add-recipes.js";
import { backupLines, restoreBackup } from "./backup-recipes.js";

async function* from(lines: string[]) {
  yield* lines;
}

const collect = async (lines: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
};

describe.each(DIALECTS)("backup from %s", (dialect) => {
  it("restores into the other database whole, with dates, and a second restore adds nothing", async () => {
    const source = await openTempStorage(dialect);
    const target = await openTempStorage(dialect === "sqlite" ? "postgres" : "sqlite");
    try {
      const recipes = [1, 2, 3].map((n) =>
        makeRecipe({
          title: `Dish ${n}`,
          slug: `dish-${n}`,
          cuisine: ["Thai"],
          stepGroups: [{ steps: [{ text: `Step ${n}.` }] }],
        }),
      );
      const dates = [1, 2, 3].map((n) => new Date(`2025-0${n}-01T00:00:00.000Z`));
      await addRecipes({ store: source.store, clock: fixedClock() }, recipes, dates);
      const lines = await collect(backupLines({ store: source.store, now: new Date() }));
      expect(lines).toHaveLength(4);

      const deps = { store: target.store, clock: fixedClock() };
      const restored = await restoreBackup(deps, from(lines));
      expect(restored).toMatchObject({ ok: true, value: { restored: 3, skipped: 0 } });
      for (const [i, recipe] of recipes.entries()) {
        const kept = await target.store.findBySlug(recipe.slug);
        expect(kept?.recipe).toEqual(recipe);
        expect(kept?.createdAt).toEqual(dates[i]);
      }
      const hits = await target.store.search({ cuisine: "thai", sort: "newest", limit: 10 });
      expect(hits).toHaveLength(3);
      const again = await restoreBackup(deps, from(lines));
      expect(again).toMatchObject({ ok: true, value: { restored: 0, skipped: 3 } });
    } finally {
      await source.close();
      await target.close();
    }
  });
});

describe("restoreBackup", () => {
  it.each([
    ["an empty file", []],
    ["another file's JSON", ['{"hello": "world"}']],
    ["a line that is not JSON", ['{"format":"claypot-backup","version":1}', "{oops"]],
    [
      "a recipe that breaks the model",
      [
        '{"format":"claypot-backup","version":1}',
        '{"recipe":{"title":""},"createdAt":"2025-01-01T00:00:00Z"}',
      ],
    ],
  ])("refuses %s and keeps nothing of it", async (_, lines) => {
    const storage = await openTempStorage();
    try {
      const result = await restoreBackup(
        { store: storage.store, clock: fixedClock() },
        from(lines),
      );
      expect(result.ok ? "ok" : result.issues[0]?.code).toBe("BACKUP_INVALID");
      expect(await storage.store.count()).toBe(0);
    } finally {
      await storage.close();
    }
  });
});

describe("backup and visibility", () => {
  it("never publishes a private recipe by a restore, and reads old backups as public", async () => {
    const source = await openTempStorage();
    const target = await openTempStorage();
    try {
      const clock = fixedClock();
      await addRecipes({ store: source.store, clock }, [
        makeRecipe({ title: "Open", slug: "open" }),
      ]);
      await addRecipes(
        { store: source.store, clock },
        [makeRecipe({ title: "Hush", slug: "hush" })],
        undefined,
        {
          visibility: "private",
        },
      );
      const lines = await collect(backupLines({ store: source.store, now: new Date() }));
      expect(await restoreBackup({ store: target.store, clock }, from(lines))).toMatchObject({
        ok: true,
      });
      expect((await target.store.findBySlug("hush"))?.visibility).toBe("private");
      expect((await target.store.findBySlug("open"))?.visibility).toBe("public");

      const old = lines.map((l) => JSON.stringify({ ...JSON.parse(l), visibility: undefined }));
      const third = await openTempStorage();
      try {
        await restoreBackup({ store: third.store, clock }, from(old));
        expect((await third.store.findBySlug("hush"))?.visibility).toBe("public");
      } finally {
        await third.close();
      }
    } finally {
      await source.close();
      await target.close();
    }
  });
});
