import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { runClaypot } from "../../../test/support/run-cli.js";
import {
  fixedClock,
  openTempStorage,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { hashOf, toNewRecipe } from "../../app/add-recipe.js";
import { hashPassword, verifyPassword } from "../../lib/password-hash.js";
import { createFileBlobStore } from "../../storage/blob-store.js";
import type { OpenedStore } from "../cli-deps.js";

/** `claypot backup` of a whole site → `claypot restore` into a fresh database: the accounts
 *  come back (they can sign in with their passwords), owning their recipes, pictures and boards. */
const clock = fixedClock();
let source: TempStorage;
let file: string;
const opened = (storage: TempStorage): OpenedStore => ({
  store: storage.store,
  accounts: storage.accounts,
  blobs: createFileBlobStore(join(storage.dir, "blobs")),
  close: async () => {},
});
const cost = { N: 2 ** 10, r: 8, p: 1 };

beforeAll(async () => {
  source = await openTempStorage();
  const { users, boards } = source.accounts;
  const blobs = opened(source).blobs!;
  const key = await blobs.put(
    await sharp({ create: { width: 2, height: 2, channels: 3, background: "#fa0" } })
      .webp()
      .toBuffer(),
    "webp",
  );
  for (const name of ["ann", "ben"]) {
    const user = (await users.create({
      email: `${name}@example.org`,
      name,
      passwordHash: await hashPassword(`${name}'s long password`, cost),
      role: name === "ann" ? "admin" : "user",
      now: clock.now(),
    }))!;
    const kept = [];
    for (const dish of ["soup", "stew"]) {
      const recipe = makeRecipe({
        title: `${name} ${dish}`,
        slug: `${name}-${dish}`,
        images: [{ url: `/media/${key}` }],
      });
      kept.push(
        await source.store.insert(
          toNewRecipe(recipe, recipe.slug, hashOf(recipe), clock.now(), {
            ownerId: user.id,
            visibility: "private",
          }),
        ),
      );
    }
    const board = await boards.create({
      ownerId: user.id,
      name: `${name}'s dinners`,
      visibility: "public",
      now: clock.now(),
    });
    for (const s of kept.reverse()) await boards.pin(board.id, s.id, clock.now());
  }
  file = join(source.dir, "site.jsonl");
});
afterAll(() => source?.close());

describe("claypot backup and restore of a whole site", () => {
  it("brings owners, their passwords, recipes, pictures and boards into a fresh database", async () => {
    const backup = await runClaypot(["backup", file], { store: opened(source) });
    expect(backup.status).toBe(0);
    expect(backup.err).toEqual([
      "claypot: with 2 users, 1 images, 2 boards",
      `claypot: wrote 4 recipes to ${file}`,
    ]);

    const target = await openTempStorage();
    try {
      const restore = await runClaypot(["restore", file], { store: opened(target) });
      expect(restore.status).toBe(0);
      expect(restore.err.at(-1)).toBe("claypot: restored 4, skipped 0 already kept");
      for (const name of ["ann", "ben"]) {
        const user = await target.accounts.users.findByEmail(`${name}@example.org`);
        expect(user?.role).toBe(name === "ann" ? "admin" : "user");
        expect(await verifyPassword(`${name}'s long password`, user!.passwordHash)).toBe(true);
        const kept = await target.store.listStoredOf(user!.id, { limit: 10 });
        expect(kept.map((s) => [s.recipe.slug, s.visibility])).toEqual([
          [`${name}-soup`, "private"],
          [`${name}-stew`, "private"],
        ]);
        const [board] = await target.accounts.boards.listOf(user!.id);
        expect(board).toMatchObject({ name: `${name}'s dinners`, visibility: "public" });
        expect(await target.accounts.boards.pinOrder(board!.id)).toEqual(
          kept.map((s) => s.id).reverse(),
        );
      }
      const key = /\/media\/(.+)$/.exec(
        (await target.store.findBySlug("ann-soup"))!.recipe.images[0]!.url,
      )![1]!;
      expect(await opened(target).blobs!.get(key)).toBeDefined();

      const again = await runClaypot(["restore", file], { store: opened(target) });
      expect(again.err).toEqual([
        "claypot: kept already: 2 users, 1 images, 2 boards",
        "claypot: restored 0, skipped 4 already kept",
      ]);
    } finally {
      await target.close();
    }
  });

  it("moves one account's things into another account with --account", async () => {
    const mine = join(source.dir, "ben.jsonl");
    expect(
      (
        await runClaypot(["backup", "--account", "ben@example.org", mine], {
          store: opened(source),
        })
      ).status,
    ).toBe(0);
    expect(readFileSync(mine, "utf8")).not.toContain("ann");
    const target = await openTempStorage();
    try {
      const cat = (await target.accounts.users.create({
        email: "cat@example.org",
        name: "Cat",
        passwordHash: "x",
        role: "user",
        now: clock.now(),
      }))!;
      const site = await runClaypot(["restore", mine], { store: opened(target) });
      expect(site.status).toBe(1);
      expect(site.err.at(-1)).toContain("one account's backup");
      const done = await runClaypot(["restore", "--account", "cat@example.org", mine], {
        store: opened(target),
      });
      expect(done.err.at(-1)).toBe("claypot: restored 2, skipped 0 already kept");
      expect(
        (await target.store.listStoredOf(cat.id, { limit: 10 })).map((s) => s.recipe.slug),
      ).toEqual(["ben-soup", "ben-stew"]);
      expect(await target.accounts.users.count()).toBe(1);
    } finally {
      await target.close();
    }
  });

  it("stops at a corrupt line, says which, exits 1 and keeps what the target had", async () => {
    const lines = readFileSync(file, "utf8").split("\n");
    lines[4] = lines[4]!.replace(/"title":"[^"]*"/, '"title":""');
    const broken = join(source.dir, "broken.jsonl");
    writeFileSync(broken, lines.join("\n"));
    const target = await openTempStorage();
    try {
      const result = await runClaypot(["restore", broken], { store: opened(target) });
      expect(result.status).toBe(1);
      expect(result.err.at(-1)).toMatch(
        /broken\.jsonl: line 5: not a backup line \(recipe\.title: /,
      );
      expect(await target.store.count()).toBe(0);
    } finally {
      await target.close();
    }
  });
});
