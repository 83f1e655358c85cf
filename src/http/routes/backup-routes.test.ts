import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import {
  fixedClock,
  openTempStorage,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { hashOf, toNewRecipe } from "../../app/add-recipe.js";
import type { Visibility } from "../../app/ports.js";
import { createFileBlobStore } from "../../storage/blob-store.js";

/** "My Claypot" over real HTTP: a user downloads their things from the account page and another
 *  account restores the file by upload; who may download and restore what. */
let storage: TempStorage;
let server: ServerType;
let base: string;
const ids: Record<string, string> = {};
const recipes: Record<string, string> = {};
let alice: TestClient;
let aliceFile: string;
const clock = fixedClock("2026-03-01T10:00:00.000Z");

const overHttp = () => ({
  request: (path: string, init?: RequestInit) =>
    fetch(base + path, { redirect: "manual", ...init }),
});
const signUp = (email: string) => signUpClient(overHttp(), { email });
const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const upload = (client: TestClient, text: string, csrf = client.csrf) => {
  const form = new FormData();
  if (csrf) form.set("_csrf", csrf);
  form.set("backup", new Blob([text], { type: "application/x-ndjson" }), "my-claypot.jsonl");
  return client.request("/account/backup", { method: "POST", body: form });
};
const ownRecipes = async (email: string) => {
  const user = await storage.accounts.users.findByEmail(email);
  return storage.store.listStoredOf(user!.id, { limit: 100 });
};

beforeAll(async () => {
  storage = await openTempStorage();
  const blobs = createFileBlobStore(join(storage.dir, "blobs"));
  const app = createTestApp(storage, { blobs, clock });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  await signUp("admin@example.org"); // the first account is the admin
  alice = await signUp("alice@example.org");
  for (const name of ["admin", "alice", "carol"]) {
    if (name === "carol") await signUp("carol@example.org");
    ids[name] = (await storage.accounts.users.findByEmail(`${name}@example.org`))!.id;
  }
  const picture = await sharp({
    create: { width: 4, height: 3, channels: 3, background: "#b5651d" },
  })
    .jpeg()
    .toBuffer();
  const key = await blobs.put(picture, "jpg");
  const keep = async (name: string, owner: string, visibility: Visibility, withImage = false) => {
    const recipe = makeRecipe({
      title: `Dish ${name}`,
      slug: name,
      ...(withImage && { images: [{ url: `/media/${key}`, width: 4, height: 3 }] }),
    });
    const stored = await storage.store.insert(
      toNewRecipe(recipe, name, hashOf(recipe), clock.now(), { ownerId: ids[owner]!, visibility }),
    );
    recipes[name] = stored.id;
  };
  await keep("alice-private", "alice", "private", true);
  await keep("alice-public", "alice", "public");
  await keep("carol-private", "carol", "private");
  await keep("carol-public", "carol", "public");
  // Carol's household lets Alice see (and pin) Carol's private recipe; nobody else may.
  await storage.accounts.libraries.share({
    ownerId: ids.carol!,
    memberId: ids.alice!,
    access: "read",
    now: clock.now(),
  });
  const { boards, shoppingLists, plans } = storage.accounts;
  const board = await boards.create({
    ownerId: ids.alice!,
    name: "Favs",
    visibility: "private",
    now: clock.now(),
  });
  for (const r of ["alice-private", "carol-private", "alice-public", "carol-public"]) {
    await boards.pin(board.id, recipes[r]!, clock.now());
  }
  const list = await shoppingLists.create({
    ownerId: ids.alice!,
    name: "Saturday",
    now: clock.now(),
  });
  await shoppingLists.changeItems(
    list.id,
    () => [
      {
        foodKey: "pork",
        food: "Pork",
        amounts: [],
        aisle: "meat & fish",
        checked: false,
        recipeIds: [recipes["alice-private"]!],
      },
    ],
    clock.now(),
  );
  await plans.add({
    ownerId: ids.alice!,
    date: "2026-03-02",
    meal: "dinner",
    recipeId: recipes["alice-private"]!,
    servings: 3,
    now: clock.now(),
  });
  await plans.add({
    ownerId: ids.alice!,
    date: "2026-03-03",
    meal: "lunch",
    recipeId: recipes["carol-private"]!,
    now: clock.now(),
  });

  const res = await alice.request("/account/backup");
  expect(res.status).toBe(200);
  aliceFile = await res.text();
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await storage?.close();
});

describe("my Claypot, downloaded", () => {
  it("is a file of the user's own things, with pictures, and no accounts or secrets", async () => {
    const account = await alice.request("/account");
    const accountPage = await account.text();
    expect(accountPage).toContain('href="/account/backup"');
    expect(accountPage).toMatch(
      /<form method="post" action="\/account\/backup" enctype="multipart\/form-data"/,
    );
    expect(accountPage).toContain('name="backup"');
    const res = await alice.request("/account/backup");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="my-claypot-2026-03-01\.jsonl"$/,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const entries = lines(await res.text());
    expect(entries[0]).toMatchObject({ format: "claypot-backup", version: 2, scope: "account" });
    const kinds = entries.slice(1).map((e) => e.kind);
    expect(kinds).toEqual(["image", "recipe", "recipe", "board", "list", "plan", "plan", "end"]);
    const titles = entries
      .filter((e) => e.kind === "recipe")
      .map((e) => (e.recipe as { title: string }).title);
    expect(titles).toEqual(["Dish alice-private", "Dish alice-public"]);
    expect(aliceFile).not.toMatch(/passwordHash|scrypt|carol@|"owner"/);
  });
});

describe("my Claypot, restored into another account", () => {
  it("makes everything the restorer's, leaves out what they may not see, and only once", async () => {
    const bob = await signUp("bob@example.org");
    const res = await upload(bob, aliceFile);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Backup restored");
    expect(page).toContain("carol-private left out");

    const kept = await ownRecipes("bob@example.org");
    expect(kept.map((s) => [s.recipe.title, s.visibility, s.recipe.slug])).toEqual([
      ["Dish alice-private", "private", "alice-private-2"],
      ["Dish alice-public", "public", "alice-public-2"],
    ]);
    const bobId = kept[0]!.ownerId!;
    const [board] = await storage.accounts.boards.listOf(bobId);
    expect(board?.name).toBe("Favs");
    // Carol's private recipe is not Bob's to see: dropped; her public one stays pinned.
    expect(await storage.accounts.boards.pinOrder(board!.id)).toEqual([
      kept[0]!.id,
      kept[1]!.id,
      recipes["carol-public"],
    ]);
    const meals = await storage.accounts.plans.mealsOf(
      bobId,
      { from: "2026-03-01", to: "2026-03-31" },
      { kind: "all" },
    );
    expect(meals.map((m) => [m.date, m.recipeId, m.servings])).toEqual([
      ["2026-03-02", kept[0]!.id, 3],
    ]);
    const [list] = await storage.accounts.shoppingLists.listOf(bobId);
    expect(
      (await storage.accounts.shoppingLists.itemsOf(list!.id)).map((i) => i.recipeIds),
    ).toEqual([[kept[0]!.id]]);
    // Alice still has hers, untouched.
    expect((await ownRecipes("alice@example.org")).map((s) => s.recipe.slug)).toEqual([
      "alice-private",
      "alice-public",
    ]);

    const again = await upload(bob, aliceFile);
    expect(again.status).toBe(200);
    expect(await ownRecipes("bob@example.org")).toHaveLength(2);
    expect(await storage.accounts.boards.listOf(bobId)).toHaveLength(1);
  });

  it("streams into POST /api/backup, and a corrupt line is refused with its number", async () => {
    const dan = await signUp("dan@example.org");
    const broken = aliceFile.split("\n");
    broken[3] = "{oops";
    const bad = await dan.request("/api/backup", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "x-csrf-token": dan.csrf! },
      body: broken.join("\n"),
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      code: "BACKUP_INVALID",
      issues: [{ path: ["line", 4] }],
    });
    expect(await ownRecipes("dan@example.org")).toEqual([]);

    const body = new Blob([aliceFile]).stream();
    const good = await dan.request("/api/backup", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "x-csrf-token": dan.csrf! },
      body,
      duplex: "half",
    } as RequestInit);
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({
      restored: { recipe: 2, board: 1, list: 1, plan: 1 },
      skipped: { image: 1 },
      dropped: 2,
    });
  });
});

describe("who may download and restore what", () => {
  it("refuses visitors, and never gives one user another's things or the site", async () => {
    const visitor = createTestClient(overHttp());
    expect((await visitor.request("/account/backup")).status).toBe(401);
    const api = await visitor.request("/api/backup");
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ code: "UNAUTHENTICATED" });
    await visitor.refreshCsrf();
    expect((await upload(visitor, aliceFile)).status).toBe(401);

    const erin = await signUp("erin@example.org");
    const mine = lines(await (await erin.request("/account/backup")).text());
    expect(mine.filter((e) => e.kind === "recipe")).toEqual([]);
    expect((await erin.request("/account/backup?scope=site")).status).toBe(403);
    const siteRestore = await erin.request("/api/backup?scope=site", {
      method: "POST",
      headers: { "x-csrf-token": erin.csrf! },
      body: aliceFile,
    });
    expect(siteRestore.status).toBe(403);
    // A form from another site carries no CSRF token: refused before anything is read.
    expect((await upload(erin, aliceFile, "")).status).toBe(403);
    // An account's file is no site backup, and a site backup goes into no account.
    expect(
      await (
        await erin.request("/api/backup", {
          method: "POST",
          headers: { "x-csrf-token": erin.csrf! },
          body: '{"format":"claypot-backup","version":2,"scope":"site"}\n',
        })
      ).json(),
    ).toMatchObject({ code: "BACKUP_SCOPE_MISMATCH" });
    expect(await ownRecipes("erin@example.org")).toEqual([]);
  });

  it("gives an admin the whole site, with every account", async () => {
    const admin = createTestClient(overHttp());
    await admin.refreshCsrf();
    const signIn = await admin.form("/sign-in", {
      email: "admin@example.org",
      password: "a long enough password",
    });
    expect(signIn.status).toBe(303);
    const res = await admin.request("/account/backup?scope=site");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("claypot-site-2026-03-01.jsonl");
    const entries = lines(await res.text());
    const users = entries.filter((e) => e.kind === "user");
    expect(users.map((u) => u.email)).toContain("carol@example.org");
    expect(users.every((u) => typeof u.passwordHash === "string")).toBe(true);
    expect(entries.filter((e) => e.kind === "recipe").length).toBeGreaterThanOrEqual(4);
  });
});
