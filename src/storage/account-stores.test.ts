import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { DIALECTS, openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import type { NewRecipe, Visibility } from "../app/ports.js";

const at = (iso: string) => new Date(`2026-05-01T${iso}:00.000Z`);
const entry = (slug: string, ownerId?: string, visibility?: Visibility): NewRecipe => ({
  recipe: makeRecipe({ title: slug, slug }),
  contentHash: `hash-${slug}`,
  now: at("10:00"),
  ...(ownerId !== undefined && { ownerId }),
  ...(visibility !== undefined && { visibility }),
});

/** The contract of the account stores and of recipe ownership, on SQLite and PostgreSQL. */
describe.each(DIALECTS)("account stores on %s", (dialect) => {
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

  it("keeps one user per email and finds them with their password hash", async () => {
    const ann = await addUser("ann@example.org");
    expect(
      await storage.accounts.users.create({
        email: "ann@example.org",
        name: "again",
        passwordHash: "h",
        role: "admin",
        now: at("09:00"),
      }),
    ).toBeUndefined();
    expect(await storage.accounts.users.findByEmail("ann@example.org")).toMatchObject({
      id: ann.id,
      passwordHash: "scrypt$x",
      role: "user",
    });
    await storage.accounts.users.setRole(ann.id, "admin");
    expect((await storage.accounts.users.findById(ann.id))?.role).toBe("admin");
    expect(await storage.accounts.users.findById("nonsense")).toBeUndefined();
    expect(await storage.accounts.users.count()).toBe(1);
  });

  it("finds live sessions only: not expired, not revoked", async () => {
    const ann = await addUser("ann@example.org");
    const { sessions } = storage.accounts;
    await sessions.create({
      tokenHash: "s1",
      userId: ann.id,
      csrfToken: "c1",
      now: at("10:00"),
      expiresAt: at("11:00"),
    });
    await sessions.create({
      tokenHash: "s2",
      userId: ann.id,
      csrfToken: "c2",
      now: at("10:00"),
      expiresAt: at("11:00"),
    });
    expect(await sessions.find("s1", at("10:30"))).toMatchObject({
      userId: ann.id,
      csrfToken: "c1",
    });
    expect(await sessions.find("s1", at("11:00"))).toBeUndefined();
    await sessions.revoke("s1", at("10:31"));
    expect(await sessions.find("s1", at("10:32"))).toBeUndefined();
    expect(await sessions.find("s2", at("10:32"))).toBeDefined();
    await sessions.revokeAllOf(ann.id, at("10:33"));
    expect(await sessions.find("s2", at("10:34"))).toBeUndefined();
  });

  it("uses API tokens until revoked, and only their owner revokes them", async () => {
    const ann = await addUser("ann@example.org");
    const bob = await addUser("bob@example.org");
    const { apiTokens } = storage.accounts;
    const token = await apiTokens.create({
      userId: ann.id,
      name: "cli",
      tokenHash: "t1",
      now: at("10:00"),
    });
    expect((await apiTokens.useActive("t1", at("10:05")))?.lastUsedAt).toEqual(at("10:05"));
    expect(await apiTokens.revoke(token.id, bob.id, at("10:06"))).toBe(false);
    expect(await apiTokens.revoke(token.id, ann.id, at("10:06"))).toBe(true);
    expect(await apiTokens.useActive("t1", at("10:07"))).toBeUndefined();
    expect((await apiTokens.listOf(ann.id))[0]?.revokedAt).toEqual(at("10:06"));
  });

  it("spends a reset link once, and not after it expires", async () => {
    const ann = await addUser("ann@example.org");
    const { passwordResets } = storage.accounts;
    await passwordResets.create({
      tokenHash: "r1",
      userId: ann.id,
      now: at("10:00"),
      expiresAt: at("11:00"),
    });
    await passwordResets.create({
      tokenHash: "r2",
      userId: ann.id,
      now: at("10:00"),
      expiresAt: at("11:00"),
    });
    expect(await passwordResets.isUsable("r1", at("10:10"))).toBe(true);
    expect(await passwordResets.consume("r1", at("10:10"))).toBe(ann.id);
    expect(await passwordResets.consume("r1", at("10:11"))).toBeUndefined();
    expect(await passwordResets.consume("r2", at("11:00"))).toBeUndefined();
  });

  it("shares a library, changes its access, and takes it back", async () => {
    const ann = await addUser("ann@example.org");
    const bob = await addUser("bob@example.org");
    const { libraries } = storage.accounts;
    await libraries.share({ ownerId: ann.id, memberId: bob.id, access: "read", now: at("10:00") });
    await libraries.share({ ownerId: ann.id, memberId: bob.id, access: "edit", now: at("10:01") });
    expect(await libraries.librariesOf(bob.id)).toEqual([{ ownerId: ann.id, access: "edit" }]);
    expect((await libraries.membersOf(ann.id))[0]).toMatchObject({
      memberId: bob.id,
      access: "edit",
    });
    expect(await libraries.unshare(ann.id, bob.id)).toBe(true);
    expect(await libraries.librariesOf(bob.id)).toEqual([]);
  });

  it("lists and searches only what the scope may see", async () => {
    const ann = await addUser("ann@example.org");
    const { store } = storage;
    await store.insertMany([
      entry("site-soup"),
      entry("ann-private", ann.id, "private"),
      entry("ann-unlisted", ann.id, "unlisted"),
      entry("ann-public", ann.id, "public"),
    ]);
    const slugs = async (scope?: Parameters<typeof store.list>[0]["scope"]) =>
      (await store.list({ limit: 10, ...(scope && { scope }) })).map((r) => r.slug).sort();
    expect(await slugs({ kind: "some", ownerIds: [] })).toEqual(["ann-public", "site-soup"]);
    expect(await slugs({ kind: "some", ownerIds: [ann.id] })).toHaveLength(4);
    expect(await slugs({ kind: "all" })).toHaveLength(4);
    expect(await slugs()).toHaveLength(4);
    const hits = await store.search({
      sort: "newest",
      limit: 10,
      scope: { kind: "some", ownerIds: [] },
    });
    expect(hits.map((h) => h.slug).sort()).toEqual(["ann-public", "site-soup"]);
    const found = (await store.findBySlug("ann-private"))!;
    expect(found).toMatchObject({ ownerId: ann.id, visibility: "private" });
    expect((await store.findBySlug("site-soup"))?.ownerId).toBeUndefined();
    expect((await store.findBySlug("site-soup"))?.visibility).toBe("public");
  });

  it("matches content only within one owner's recipes, and changes visibility and share links", async () => {
    const ann = await addUser("ann@example.org");
    const stored = await storage.store.insert(entry("ann-soup", ann.id, "private"));
    expect(await storage.store.findByContentHash("hash-ann-soup", null)).toBeUndefined();
    expect((await storage.store.findByContentHash("hash-ann-soup", ann.id))?.id).toBe(stored.id);
    const existing = await storage.store.findExisting({
      hashes: ["hash-ann-soup"],
      sourceUrls: [],
      owner: null,
    });
    expect(existing.hashes.size).toBe(0);
    await storage.store.setVisibility(stored.id, "unlisted", at("11:00"));
    await storage.store.setShareToken(stored.id, "secret", at("11:00"));
    expect(await storage.store.findBySlug("ann-soup")).toMatchObject({
      visibility: "unlisted",
      shareToken: "secret",
      updatedAt: at("11:00"),
    });
    await storage.store.setShareToken(stored.id, null, at("11:01"));
    expect((await storage.store.findBySlug("ann-soup"))?.shareToken).toBeUndefined();
  });

  it("keeps boards' pins in order, once each, and shows each viewer only what they may see", async () => {
    const ann = await addUser("ann@example.org");
    const { boards } = storage.accounts;
    const [a, b] = await storage.store.insertMany([
      entry("pub", ann.id, "public"),
      entry("priv", ann.id, "private"),
    ]);
    const board = await boards.create({
      ownerId: ann.id,
      name: "Weeknights",
      visibility: "public",
      now: at("10:00"),
    });
    await boards.pin(board.id, b!.id, at("10:01"));
    await boards.pin(board.id, a!.id, at("10:02"));
    await boards.pin(board.id, b!.id, at("10:03"));
    const mine = await boards.pinsOf(board.id, { kind: "some", ownerIds: [ann.id] });
    expect(mine.map((r) => r.slug)).toEqual(["priv", "pub"]);
    const theirs = await boards.pinsOf(board.id, { kind: "some", ownerIds: [] });
    expect(theirs.map((r) => r.slug)).toEqual(["pub"]);
    expect(await boards.pinOrder(board.id)).toEqual([b!.id, a!.id]);
    await boards.setPinOrder(board.id, [a!.id, b!.id]);
    expect((await boards.pinsOf(board.id, { kind: "all" })).map((r) => r.slug)).toEqual([
      "pub",
      "priv",
    ]);
    expect(await boards.unpin(board.id, b!.id)).toBe(true);
    expect((await boards.listOf(ann.id, "public")).map((x) => x.name)).toEqual(["Weeknights"]);
    expect(await boards.listOf(ann.id, "private")).toEqual([]);
    expect(await boards.find("12x")).toBeUndefined();
  });

  it("keeps one rating per user and recipe, and leaves hidden ones out of the summary", async () => {
    const ann = await addUser("ann@example.org");
    const bob = await addUser("bob@example.org");
    const recipe = await storage.store.insert(entry("rated"));
    const { ratings } = storage.accounts;
    await ratings.rate({ recipeId: recipe.id, userId: ann.id, stars: 2, now: at("10:00") });
    await ratings.rate({
      recipeId: recipe.id,
      userId: ann.id,
      stars: 4,
      comment: "Better",
      now: at("10:01"),
    });
    await ratings.rate({ recipeId: recipe.id, userId: bob.id, stars: 5, now: at("10:02") });
    expect(await ratings.summarise(recipe.id)).toEqual({ count: 2, average: 4.5 });
    expect(await ratings.setHidden(recipe.id, bob.id, true)).toBe(true);
    expect(await ratings.summarise(recipe.id)).toEqual({ count: 1, average: 4 });
    expect(
      (await ratings.listFor(recipe.id, false)).map((r) => [r.userName, r.stars, r.comment]),
    ).toEqual([["ann", 4, "Better"]]);
    expect((await ratings.listFor(recipe.id, true)).map((r) => r.hidden)).toEqual([true, false]);
    await ratings.rate({ recipeId: recipe.id, userId: bob.id, stars: 3, now: at("10:03") });
    expect((await ratings.summarise(recipe.id)).count).toBe(2);
    expect(await ratings.setHidden(recipe.id, "999", true)).toBe(false);
  });
});
