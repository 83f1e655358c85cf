import { createHash } from "node:crypto";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { fixedClock, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { createFileBlobStore } from "../storage/blob-store.js";
import { hashOf, toNewRecipe } from "./add-recipe.js";
import { type RestoreInto, restoreBackup } from "./backup-restore.js";
import { writeBackup } from "./backup-write.js";

/** What a restore does with bad or partial input, and with accounts the target has already. */
const clock = fixedClock();
const SITE: RestoreInto = { kind: "site" };
let source: TempStorage;
let good: string[];

async function* from(lines: readonly string[]) {
  yield* lines;
}
const open = async () => {
  const storage = await openTempStorage();
  const blobs = createFileBlobStore(join(storage.dir, "blobs"));
  return { storage, deps: { store: storage.store, clock, blobs, accounts: storage.accounts } };
};

beforeAll(async () => {
  source = await openTempStorage();
  const blobs = createFileBlobStore(join(source.dir, "blobs"));
  const { users, boards, plans } = source.accounts;
  const cook = (await users.create({
    email: "cook@example.org",
    name: "Cook",
    passwordHash: "scrypt$source",
    role: "user",
    now: clock.now(),
  }))!;
  const picture = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#333" } })
    .png()
    .toBuffer();
  const key = await blobs.put(picture, "png");
  const stored = [];
  for (const n of [1, 2, 3]) {
    const recipe = makeRecipe({
      title: `Dish ${n}`,
      slug: `dish-${n}`,
      images: n === 1 ? [{ url: `/media/${key}` }] : [],
    });
    stored.push(
      await source.store.insert(
        toNewRecipe(recipe, recipe.slug, hashOf(recipe), clock.now(), {
          ownerId: cook.id,
          visibility: "private",
        }),
      ),
    );
  }
  const board = await boards.create({
    ownerId: cook.id,
    name: "Weeknights",
    visibility: "private",
    now: clock.now(),
  });
  for (const s of stored) await boards.pin(board.id, s.id, clock.now());
  await plans.add({
    ownerId: cook.id,
    date: "2026-01-05",
    meal: "dinner",
    recipeId: stored[1]!.id,
    now: clock.now(),
  });
  good = [];
  for await (const line of writeBackup(
    { store: source.store, blobs, accounts: source.accounts },
    SITE,
    clock.now(),
  ))
    good.push(line);
  // header, user, image, 3 recipes, board, plan, end
  expect(good.map((l) => JSON.parse(l).kind)).toEqual([
    undefined,
    "user",
    "image",
    "recipe",
    "recipe",
    "recipe",
    "board",
    "plan",
    "end",
  ]);
});
afterAll(() => source?.close());

const replace = (at: number, line: string) => good.map((l, i) => (i === at ? line : l));
const edit = (at: number, change: (entry: Record<string, unknown>) => object) =>
  replace(at, JSON.stringify(change(JSON.parse(good[at]!))));
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("restoreBackup refuses bad input with BACKUP_INVALID and its line", () => {
  const text = Buffer.from("<script>alert(1)</script>");
  it.each([
    ["an empty file", () => [], undefined],
    ["another file's JSON", () => ['{"hello":"world"}'], undefined],
    ["a line that is not JSON", () => replace(4, "{oops"), 5],
    ["a recipe that breaks the model", () => edit(3, (e) => ({ ...e, recipe: { title: "" } })), 4],
    ["a kind it does not know", () => replace(5, '{"kind":"party"}'), 6],
    [
      "a recipe whose owner is no user of the file",
      () => edit(5, (e) => ({ ...e, owner: "999" })),
      6,
    ],
    [
      "an image whose bytes are not those of its key",
      () => edit(2, (e) => ({ ...e, data: Buffer.from("other").toString("base64") })),
      3,
    ],
    [
      "a page passed off as a picture",
      () =>
        edit(2, () => ({ kind: "image", key: `${sha(text)}.jpg`, data: text.toString("base64") })),
      3,
    ],
    ["a file cut short (no end line)", () => good.slice(0, 6), 7],
  ])("refuses %s, and keeps what the target had", async (_, lines, line) => {
    const { storage, deps } = await open();
    try {
      const mine = makeRecipe({ title: "Kept before", slug: "kept-before" });
      await storage.store.insert(toNewRecipe(mine, mine.slug, hashOf(mine), clock.now()));
      const result = await restoreBackup(deps, SITE, from(lines()));
      expect(result.ok).toBe(false);
      expect(result.issues[0]).toMatchObject({
        code: "BACKUP_INVALID",
        ...(line && { path: ["line", line] }),
      });
      if (line) expect(result.issues[0]?.message).toMatch(new RegExp(`^line ${line}: `));
      // The recipes queued before the bad line are not written; the one kept before stays.
      expect((await storage.store.listStored({ limit: 10 })).map((s) => s.recipe.slug)).toEqual([
        "kept-before",
      ]);
    } finally {
      await storage.close();
    }
  });

  it("keeps the batches written before a bad line, and a rerun of the mended file completes", async () => {
    const { storage, deps } = await open();
    try {
      const cut = await restoreBackup(deps, SITE, from(replace(7, "{oops")));
      expect(cut.issues[0]).toMatchObject({ code: "BACKUP_INVALID", path: ["line", 8] });
      expect(cut.issues[0]?.message).toContain("what it restored before (3 recipes) stays");
      const whole = await restoreBackup(deps, SITE, from(good));
      expect(whole).toMatchObject({
        ok: true,
        value: {
          restored: { recipe: 0, board: 0, plan: 1 },
          skipped: { recipe: 3, board: 1, user: 1, image: 1 },
        },
      });
      // Whole files only: an end line that does not add up, or more after it, is refused.
      const miscounted = edit(8, (e) => ({ ...e, counts: { ...(e.counts as object), recipe: 2 } }));
      expect((await restoreBackup(deps, SITE, from(miscounted))).issues[0]).toMatchObject({
        code: "BACKUP_INVALID",
        path: ["line", 9],
      });
      const more = await restoreBackup(deps, SITE, from([...good, good[3]!]));
      expect(more.issues[0]).toMatchObject({ code: "BACKUP_INVALID", path: ["line", 10] });
      const cook = await storage.accounts.users.findByEmail("cook@example.org");
      const [board] = await storage.accounts.boards.listOf(cook!.id);
      expect(await storage.accounts.boards.pinOrder(board!.id)).toHaveLength(3);
    } finally {
      await storage.close();
    }
  });
});

describe("restoreBackup and accounts here already", () => {
  it("maps a user of the same email onto the account here, keeping its password and role", async () => {
    const { storage, deps } = await open();
    try {
      const here = (await storage.accounts.users.create({
        email: "cook@example.org",
        name: "Cook here",
        passwordHash: "scrypt$here",
        role: "admin",
        now: new Date("2020-01-01"),
      }))!;
      const done = await restoreBackup(deps, SITE, from(good));
      expect(done).toMatchObject({
        ok: true,
        value: { restored: { user: 0, recipe: 3, board: 1 }, skipped: { user: 1 } },
      });
      expect(done.ok && done.value.notes).toContain(
        "cook@example.org has an account here already: what the backup has of theirs joins it",
      );
      expect(await storage.accounts.users.count()).toBe(1);
      expect(await storage.accounts.users.findByEmail("cook@example.org")).toMatchObject({
        passwordHash: "scrypt$here",
        role: "admin",
      });
      expect(
        (await storage.store.listStoredOf(here.id, { limit: 10 })).map((s) => s.recipe.slug),
      ).toEqual(["dish-1", "dish-2", "dish-3"]);
      expect(await storage.accounts.boards.listOf(here.id)).toHaveLength(1);
    } finally {
      await storage.close();
    }
  });

  it("will not put a whole site into one account, nor an account's file over the site", async () => {
    const { storage, deps } = await open();
    try {
      const user = (await storage.accounts.users.create({
        email: "a@example.org",
        name: "A",
        passwordHash: "x",
        role: "user",
        now: clock.now(),
      }))!;
      const into: RestoreInto = { kind: "account", viewer: { kind: "user", user, libraries: [] } };
      expect((await restoreBackup(deps, into, from(good))).issues[0]?.code).toBe(
        "BACKUP_SCOPE_MISMATCH",
      );
      const account = replace(0, JSON.stringify({ ...JSON.parse(good[0]!), scope: "account" }));
      expect((await restoreBackup(deps, SITE, from(account))).issues[0]?.code).toBe(
        "BACKUP_SCOPE_MISMATCH",
      );
      expect(await storage.store.count()).toBe(0);

      // An account's file cannot choose the secret of a share link (site backups carry them).
      const list = {
        kind: "list",
        name: "Party",
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
        shareToken: "chosen-by-the-uploader",
        items: [],
      };
      const counts = { user: 0, image: 0, recipe: 0, board: 0, list: 1, plan: 0 };
      const withList = [account[0]!, JSON.stringify(list), JSON.stringify({ kind: "end", counts })];
      expect(await restoreBackup(deps, into, from(withList))).toMatchObject({
        ok: true,
        value: { restored: { list: 1 } },
      });
      expect(
        await storage.accounts.shoppingLists.findByShareToken("chosen-by-the-uploader"),
      ).toBeUndefined();
      expect(await storage.accounts.shoppingLists.listOf(user.id)).toMatchObject([
        { name: "Party" },
      ]);
    } finally {
      await storage.close();
    }
  });
});
