import { join } from "node:path";
import fc from "fast-check";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import {
  DIALECTS,
  fixedClock,
  openTempStorage,
  type TempStorage,
} from "../../test/support/temp-storage.js";
import { AISLES } from "../domain/aisles.js";
import { type Recipe, RecipeSchema } from "../domain/recipe.js";
import { createFileBlobStore } from "../storage/blob-store.js";
import { hashOf, toNewRecipe } from "./add-recipe.js";
import { addRecipes } from "./add-recipes.js";
import { type RestoreInto, restoreBackup } from "./backup-restore.js";
import { writeBackup } from "./backup-write.js";
import { MEALS } from "./plan-ports.js";
import type { BlobStore } from "./ports.js";

/** Backup → restore into a fresh database is lossless: users, recipes (owner, visibility,
 *  dates, share links), their images' bytes, boards and pins, lists and items, plans. Sites are
 *  generated; both sides are compared through the ports by natural keys (emails, slugs). */

const SITE: RestoreInto = { kind: "site" };
const clock = fixedClock();

const collect = async (lines: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
};
async function* from(lines: readonly string[]) {
  yield* lines;
}

// Real, if tiny, pictures of each type the site serves (restore checks their magic numbers).
let pictures: { bytes: Uint8Array; extension: string }[] = [];
beforeAll(async () => {
  const make = (background: string) =>
    sharp({ create: { width: 3, height: 2, channels: 3, background } });
  pictures = [
    { bytes: await make("#c0392b").jpeg().toBuffer(), extension: "jpg" },
    { bytes: await make("#27ae60").png().toBuffer(), extension: "png" },
    { bytes: await make("#2980b9").webp().toBuffer(), extension: "webp" },
  ];
});

const words = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== "");
const amount = fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true });
const quantity = fc.oneof(
  amount.map((value) => ({ kind: "exact" as const, value })),
  fc.tuple(amount, amount).map(([a, b]) => ({ kind: "range" as const, min: a, max: a + b })),
  words.map((text) => ({ kind: "text" as const, text })),
);
const maybe = { requiredKeys: [] as never[] };
const ingredient = fc.record(
  {
    text: words,
    food: words,
    quantity,
    unit: words,
    note: words,
    optional: fc.boolean(),
    substitutes: fc.array(fc.record({ food: words, note: words }, { requiredKeys: ["food"] }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ["text", "food"] },
);
const step = fc.record(
  {
    title: words,
    text: words,
    timers: fc.array(fc.record({ text: words, duration: fc.record({ min: fc.nat(7200) }) }), {
      maxLength: 2,
    }),
    heat: fc.constantFrom("low", "medium", "high"),
    temperatures: fc.array(
      fc.record({
        text: words,
        value: fc.integer({ min: 20, max: 260 }),
        unit: fc.constantFrom("C", "F"),
      }),
      { maxLength: 1 },
    ),
    cues: fc.array(words, { maxLength: 2 }),
  },
  { requiredKeys: ["text"] },
);
const recipeBody = fc.record(
  {
    description: words,
    story: fc.array(words, { maxLength: 2 }),
    ingredientGroups: fc.array(
      fc.record(
        { title: words, ingredients: fc.array(ingredient, { maxLength: 3 }) },
        {
          requiredKeys: ["ingredients"],
        },
      ),
      { maxLength: 2 },
    ),
    stepGroups: fc.array(fc.record({ steps: fc.array(step, { minLength: 1, maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 2,
    }),
    faq: fc.array(fc.record({ question: words, answer: words }), { maxLength: 2 }),
    storage: fc.record({ fridgeDays: fc.integer({ min: 1, max: 9 }), reheat: words }, maybe),
    yields: fc.record({ quantity, text: words }),
    times: fc.record({ total: fc.record({ min: fc.nat(9000) }) }, maybe),
    cuisine: fc.array(words, { maxLength: 2 }),
    keywords: fc.array(words, { maxLength: 3 }),
    nutrition: fc.dictionary(fc.constantFrom("calories", "fat"), words),
    source: fc.record({ url: fc.webUrl(), author: words }, maybe),
  },
  maybe,
);

const stamp = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) })
  .map((t) => new Date(t).toISOString());
const refs = fc.array(fc.nat(20), { maxLength: 4 });

const siteSpec = fc.record({
  users: fc.array(
    fc.record({
      name: words,
      role: fc.constantFrom("user" as const, "admin" as const),
      passwordHash: fc.stringMatching(/^scrypt\$[a-z0-9$]{8,40}$/),
      createdAt: stamp,
    }),
    { maxLength: 3 },
  ),
  recipes: fc.array(
    fc.record({
      body: recipeBody,
      owner: fc.option(fc.nat(2), { nil: null }),
      visibility: fc.constantFrom("private" as const, "unlisted" as const, "public" as const),
      createdAt: stamp,
      shared: fc.boolean(),
      // Pictures of the pool (3: one no longer in the store), or a picture elsewhere (-1).
      images: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  // Names from a short list: one owner may well have two boards (or lists) of one name.
  boards: fc.array(
    fc.record({
      owner: fc.nat(2),
      name: fc.constantFrom("Weeknights", "Cakes"),
      visibility: fc.constantFrom("private" as const, "public" as const),
      createdAt: stamp,
      pins: refs,
    }),
    { maxLength: 3 },
  ),
  lists: fc.array(
    fc.record({
      owner: fc.nat(2),
      name: fc.constantFrom("Saturday", "Party"),
      createdAt: stamp,
      shared: fc.boolean(),
      items: fc.array(
        fc.record({
          food: words,
          aisle: fc.constantFrom(...AISLES),
          checked: fc.boolean(),
          quantity,
          recipes: refs,
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 3 },
  ),
  // The same dinner twice on a day is allowed and must come back twice.
  plans: fc.array(
    fc.record({
      owner: fc.nat(2),
      date: fc.constantFrom("2026-02-02", "2026-02-03"),
      meal: fc.constantFrom(...MEALS),
      recipe: fc.nat(20),
      servings: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      note: fc.option(words, { nil: undefined }),
      createdAt: stamp,
    }),
    { maxLength: 5 },
  ),
});
type SiteSpec = typeof siteSpec extends fc.Arbitrary<infer T> ? T : never;

interface Site {
  readonly storage: TempStorage;
  readonly blobs: BlobStore;
}

const openSite = async (dialect: "sqlite" | "postgres" = "sqlite"): Promise<Site> => {
  const storage = await openTempStorage(dialect);
  return { storage, blobs: createFileBlobStore(join(storage.dir, "blobs")) };
};
const sourceOf = ({ storage, blobs }: Site) => ({
  store: storage.store,
  blobs,
  accounts: storage.accounts,
});
const restoreDeps = ({ storage, blobs }: Site) => ({
  store: storage.store,
  clock,
  blobs,
  accounts: storage.accounts,
});

async function buildSite({ storage, blobs }: Site, spec: SiteSpec): Promise<void> {
  const { accounts, store } = storage;
  const userIds: string[] = [];
  for (const [i, u] of spec.users.entries()) {
    const made = await accounts.users.create({
      email: `cook${i}@example.org`,
      name: u.name,
      passwordHash: u.passwordHash,
      role: u.role,
      now: new Date(u.createdAt),
    });
    userIds.push(made!.id);
  }
  const keys: string[] = [];
  for (const p of pictures) keys.push(await blobs.put(p.bytes, p.extension));
  keys.push(`${"e".repeat(64)}.jpg`);
  const ownerOf = (n: number | null) => (n === null ? undefined : userIds[n % userIds.length]);
  const recipes: Recipe[] = spec.recipes.map((r, i) =>
    RecipeSchema.parse({
      ...r.body,
      title: `Dish ${i}`,
      slug: `dish-${i}`,
      images: r.images.map((k) =>
        k < 0
          ? { url: "https://pictures.example.org/dish.jpg" }
          : {
              url: `/media/${keys[k]}`,
              width: 3,
              height: 2,
              variants: [
                { url: `/media/${keys[(k + 1) % 4]}`, width: 3, height: 2, type: "image/jpeg" },
              ],
            },
      ),
    }),
  );
  const stored = await store.insertMany(
    recipes.map((recipe, i) => {
      const r = spec.recipes[i]!;
      const ownerId = ownerOf(r.owner);
      return toNewRecipe(recipe, recipe.slug, hashOf(recipe), new Date(r.createdAt), {
        ...(ownerId !== undefined && { ownerId }),
        visibility: r.visibility,
      });
    }),
  );
  for (const [i, s] of stored.entries()) {
    if (spec.recipes[i]!.shared)
      await store.setShareToken(s.id, `share-${"s".repeat(20)}-${i}`, new Date(s.createdAt));
  }
  if (userIds.length === 0) return;
  const idOf = (n: number) => stored[n % stored.length]!.id;
  for (const b of spec.boards) {
    const board = await accounts.boards.create({
      ownerId: ownerOf(b.owner)!,
      name: b.name,
      visibility: b.visibility,
      now: new Date(b.createdAt),
    });
    for (const n of b.pins) await accounts.boards.pin(board.id, idOf(n), new Date(b.createdAt));
  }
  for (const [i, l] of spec.lists.entries()) {
    const list = await accounts.shoppingLists.create({
      ownerId: ownerOf(l.owner)!,
      name: l.name,
      now: new Date(l.createdAt),
    });
    const entries = l.items.map((item) => ({
      foodKey: item.food.toLowerCase(),
      food: item.food,
      amounts: [{ quantity: item.quantity, unit: "g" }],
      aisle: item.aisle,
      checked: item.checked,
      recipeIds: [...new Set(item.recipes.map(idOf))],
    }));
    await accounts.shoppingLists.changeItems(list.id, () => entries, new Date(l.createdAt));
    if (l.shared)
      await accounts.shoppingLists.setShareToken(
        list.id,
        `list-${"t".repeat(20)}-${i}`,
        new Date(l.createdAt),
      );
  }
  for (const p of spec.plans) {
    await accounts.plans.add({
      ownerId: ownerOf(p.owner)!,
      date: p.date,
      meal: p.meal,
      recipeId: idOf(p.recipe),
      ...(p.servings !== undefined && { servings: p.servings }),
      ...(p.note !== undefined && { note: p.note }),
      now: new Date(p.createdAt),
    });
  }
}

/** Everything a site keeps, by emails and slugs rather than ids. */
async function dumpSite({ storage, blobs }: Site) {
  const { accounts, store } = storage;
  const users = await accounts.users.list();
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const slugOf = new Map<string, string>();
  const recipes = [];
  for (const s of await store.listStored({ limit: 1000 })) {
    slugOf.set(s.id, s.recipe.slug);
    const images = [];
    for (const image of s.recipe.images) {
      for (const url of [image.url, ...(image.variants ?? []).map((v) => v.url)]) {
        const key = /^\/media\/(.+)$/.exec(url)?.[1];
        if (key) images.push((await blobs.get(key))?.byteLength ?? "missing");
      }
    }
    recipes.push({
      recipe: s.recipe,
      owner: s.ownerId === undefined ? null : emailOf.get(s.ownerId),
      visibility: s.visibility,
      createdAt: s.createdAt.toISOString(),
      shareToken: s.shareToken,
      images,
    });
  }
  const slugs = (ids: readonly string[]) => ids.map((id) => slugOf.get(id));
  const perUser = [];
  for (const u of users) {
    const secret = await accounts.users.findByEmail(u.email);
    const boards = [];
    for (const b of await accounts.boards.listOf(u.id)) {
      boards.push({
        name: b.name,
        visibility: b.visibility,
        createdAt: b.createdAt,
        pins: slugs(await accounts.boards.pinOrder(b.id)),
      });
    }
    const lists = [];
    for (const l of await accounts.shoppingLists.listOf(u.id)) {
      const items = (await accounts.shoppingLists.itemsOf(l.id)).map(
        ({ id: _, position: __, recipeIds, ...item }) => ({ ...item, recipes: slugs(recipeIds) }),
      );
      lists.push({
        name: l.name,
        createdAt: l.createdAt,
        updatedAt: l.updatedAt,
        shareToken: l.shareToken,
        items,
      });
    }
    const plans = (
      await accounts.plans.mealsOf(u.id, { from: "2000-01-01", to: "2100-01-01" }, { kind: "all" })
    ).map((m) => ({
      date: m.date,
      meal: m.meal,
      slug: m.recipe.slug,
      servings: m.servings,
      note: m.note,
      createdAt: m.createdAt,
    }));
    perUser.push({
      email: u.email,
      name: u.name,
      role: u.role,
      createdAt: u.createdAt,
      passwordHash: secret?.passwordHash,
      boards,
      lists,
      plans,
    });
  }
  recipes.sort((a, b) => a.recipe.slug.localeCompare(b.recipe.slug));
  return { users: perUser, recipes };
}

describe("a whole-site backup", () => {
  it("restores into a fresh database losslessly, and a rerun adds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(siteSpec, async (spec) => {
        const source = await openSite();
        const target = await openSite();
        try {
          await buildSite(source, spec);
          const lines = await collect(writeBackup(sourceOf(source), SITE, clock.now()));
          const restored = await restoreBackup(restoreDeps(target), SITE, from(lines));
          expect(restored.ok ? restored.value.dropped : restored.issues).toBe(0);
          const before = await dumpSite(source);
          expect(await dumpSite(target)).toEqual(before);

          const again = await restoreBackup(restoreDeps(target), SITE, from(lines));
          expect(again.ok && again.value.restored).toEqual({
            user: 0,
            image: 0,
            recipe: 0,
            board: 0,
            list: 0,
            plan: 0,
          });
          expect(await dumpSite(target)).toEqual(before);
        } finally {
          await source.storage.close();
          await target.storage.close();
        }
      }),
      { numRuns: 12 },
    );
  });

  it.each(DIALECTS)("moves from %s to the other database whole", async (dialect) => {
    const [spec] = fc.sample(
      siteSpec.filter((s) => s.users.length > 1 && s.plans.length > 1),
      { numRuns: 1, seed: 7 },
    );
    const source = await openSite(dialect);
    const target = await openSite(dialect === "sqlite" ? "postgres" : "sqlite");
    try {
      await buildSite(source, spec!);
      const lines = writeBackup(sourceOf(source), SITE, clock.now());
      expect(await restoreBackup(restoreDeps(target), SITE, lines)).toMatchObject({ ok: true });
      expect(await dumpSite(target)).toEqual(await dumpSite(source));
      const hits = await target.storage.store.search({ text: "dish", sort: "newest", limit: 50 });
      expect(hits).toHaveLength(spec!.recipes.length);
    } finally {
      await source.storage.close();
      await target.storage.close();
    }
  });
});

describe("a version 1 backup", () => {
  const v1 = (recipes: { recipe: Recipe; createdAt: string; visibility?: string }[]) => [
    '{"format":"claypot-backup","version":1,"createdAt":"2025-06-01T00:00:00.000Z"}',
    ...recipes.map((r) => JSON.stringify(r)),
  ];

  it("still restores, as the site's recipes, public when it says nothing, and only once", async () => {
    const target = await openSite();
    try {
      const lines = v1([
        {
          recipe: makeRecipe({ title: "Open", slug: "open" }),
          createdAt: "2024-01-01T00:00:00.000Z",
        },
        {
          recipe: makeRecipe({ title: "Hush", slug: "hush" }),
          createdAt: "2024-02-01T00:00:00.000Z",
          visibility: "private",
        },
      ]);
      const first = await restoreBackup(restoreDeps(target), SITE, from(lines));
      expect(first).toMatchObject({ ok: true, value: { restored: { recipe: 2 } } });
      const open = await target.storage.store.findBySlug("open");
      expect(open).toMatchObject({
        visibility: "public",
        createdAt: new Date("2024-01-01T00:00:00.000Z"),
      });
      expect(open?.ownerId).toBeUndefined();
      expect((await target.storage.store.findBySlug("hush"))?.visibility).toBe("private");
      const again = await restoreBackup(restoreDeps(target), SITE, from(lines));
      expect(again).toMatchObject({
        ok: true,
        value: { restored: { recipe: 0 }, skipped: { recipe: 2 } },
      });
    } finally {
      await target.storage.close();
    }
  });

  it("goes into an account as that account's own", async () => {
    const target = await openSite();
    try {
      const user = (await target.storage.accounts.users.create({
        email: "a@example.org",
        name: "A",
        passwordHash: "x",
        role: "user",
        now: clock.now(),
      }))!;
      const into: RestoreInto = { kind: "account", viewer: { kind: "user", user, libraries: [] } };
      const lines = v1([
        {
          recipe: makeRecipe({ title: "Mine", slug: "mine" }),
          createdAt: "2024-01-01T00:00:00.000Z",
          visibility: "private",
        },
      ]);
      expect(await restoreBackup(restoreDeps(target), into, from(lines))).toMatchObject({
        ok: true,
      });
      expect((await target.storage.store.findBySlug("mine"))?.ownerId).toBe(user.id);
    } finally {
      await target.storage.close();
    }
  });
});

describe("recipes the target keeps already", () => {
  it("are skipped by content per owner, and the same source URL is no reason to skip", async () => {
    const source = await openSite();
    const target = await openSite();
    try {
      const url = { source: { url: "https://example.org/soup" } };
      await addRecipes({ store: source.storage.store, clock }, [
        makeRecipe({ title: "Soup", slug: "soup", ...url }),
      ]);
      // The editor can make a second recipe with the same source: an import would skip it.
      const mine = makeRecipe({ title: "Soup, my way", slug: "soup-2", ...url });
      await source.storage.store.insert(toNewRecipe(mine, "soup-2", hashOf(mine), clock.now()));
      await addRecipes({ store: target.storage.store, clock }, [
        makeRecipe({ title: "Soup", slug: "soup", ...url }),
      ]);
      const lines = writeBackup(sourceOf(source), SITE, clock.now());
      const done = await restoreBackup(restoreDeps(target), SITE, lines);
      expect(done).toMatchObject({
        ok: true,
        value: { restored: { recipe: 1 }, skipped: { recipe: 1 } },
      });
      expect(await target.storage.store.count()).toBe(2);
    } finally {
      await source.storage.close();
      await target.storage.close();
    }
  });
});
