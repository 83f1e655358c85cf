import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { makeRecipe } from "../../../test/support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import type { Visibility } from "../../app/ports.js";

/** Meal plans over HTTP: a week by forms and JSON, no way into another's plan (IDOR), the
 *  household's edit right, recipes that turn private, the week's shopping list, and the iCal
 *  feed read back by a real parser (ical.js). */
let storage: TempStorage;
let app: ReturnType<typeof createTestApp>;
let ann: TestClient;
let bob: TestClient;
const ids = {} as Record<"ann" | "bob", string>;
// Tuesday of ISO week 48, 2026.
const clock = { now: () => new Date("2026-11-24T12:00:00.000Z") };
const TRICKY = "Pork, chilies; and \\ lime";
const LONG = `Phở bò with${" slow-simmered broth, charred onion and star anise".repeat(3)}`;

const add = (slug: string, title: string, ownerId?: string, visibility: Visibility = "public") =>
  storage.store.insert({
    recipe: makeRecipe({
      title,
      slug,
      yields: { quantity: { kind: "exact", value: 2 }, unit: "servings", text: "2 servings" },
      ingredientGroups: [
        {
          ingredients: [
            {
              text: "250 g ground pork",
              food: "ground pork",
              quantity: { kind: "exact", value: 250 },
              unit: "g",
            },
          ],
        },
      ],
    }),
    contentHash: slug,
    now: clock.now(),
    ...(ownerId && { ownerId, visibility }),
  });

const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
interface Entry {
  id: string;
  date: string;
  meal: string;
  servings?: number;
  recipe: { slug: string; title: string };
}
const weekOf = async (client: TestClient, query: string) =>
  json<{ week: string; meals: Entry[]; mayChange: boolean }>(
    await client.request(`/api/plan?${query}`),
    200,
  );
const plan = (client: TestClient, body: Record<string, unknown>) =>
  client.json("POST", "/api/plan/entries", body);

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage, { clock });
  ann = await signUpClient(app, { email: "ann@example.org", name: "Ann" });
  bob = await signUpClient(app, { email: "bob@example.org", name: "Bob" });
  for (const who of ["ann", "bob"] as const)
    ids[who] = (await storage.accounts.users.findByEmail(`${who}@example.org`))!.id;
  await add("tricky", TRICKY);
  await add("pho", LONG);
  await add("bobs-stew", "Bob's stew", ids.bob, "public");
});
afterAll(() => storage.close());

describe("meal plans over HTTP", () => {
  it("plans by form, shows the week, and moves and removes by JSON", async () => {
    const res = await ann.form("/plan/entries", {
      slug: "http://example.org/recipes/tricky?servings=9",
      date: "2026-11-26",
      meal: "dinner",
      servings: "4",
      note: "make extra rice",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/plan?week=2026-W48");
    const page = await (await ann.request("/plan")).text();
    expect(page).toContain("Week 48, 2026");
    expect(page).toContain("/recipes/tricky?servings=4");
    expect(page).toContain("make extra rice");
    expect(page).toContain('href="/plan?week=2026-W47"');

    const week = await weekOf(ann, "week=2026-W48");
    expect(week.meals.map((m) => [m.date, m.meal, m.servings, m.recipe.slug])).toEqual([
      ["2026-11-26", "dinner", 4, "tricky"],
    ]);
    const id = week.meals[0]!.id;
    const moved = await json<Entry>(
      await ann.json("PATCH", `/api/plan/entries/${id}`, { date: "2026-12-01", meal: "lunch" }),
      200,
    );
    expect(moved).toMatchObject({ date: "2026-12-01", meal: "lunch", servings: 4 });
    expect((await weekOf(ann, "week=2026-W48")).meals).toEqual([]);
    expect((await weekOf(ann, "week=2026-12-03")).meals.map((m) => m.id)).toEqual([id]);
    expect((await ann.json("DELETE", `/api/plan/entries/${id}`)).status).toBe(204);
    expect((await weekOf(ann, "week=2026-W49")).meals).toEqual([]);
    expect((await ann.request("/api/plan?week=2026-W60")).status).toBe(400);
    const broken = { slug: "/recipes/%E0", date: "2026-11-26", meal: "dinner" };
    expect((await ann.form("/plan/entries", broken)).status).toBe(404);
  });

  it("answers another user's entry and plan as not found (IDOR), and anonymous as 401", async () => {
    const entry = await json<Entry>(
      await plan(ann, { slug: "tricky", date: "2026-11-24", meal: "lunch" }),
      201,
    );
    expect(
      (await bob.json("PATCH", `/api/plan/entries/${entry.id}`, { meal: "snack" })).status,
    ).toBe(404);
    expect((await bob.json("DELETE", `/api/plan/entries/${entry.id}`)).status).toBe(404);
    expect((await bob.form(`/plan/entries/${entry.id}/remove`)).status).toBe(404);
    expect((await bob.request(`/api/plan?owner=${ids.ann}`)).status).toBe(404);
    expect(
      (await plan(bob, { slug: "tricky", date: "2026-11-24", meal: "lunch", owner: ids.ann }))
        .status,
    ).toBe(404);
    expect((await weekOf(bob, "week=2026-W48")).meals).toEqual([]);
    expect((await weekOf(ann, "week=2026-W48")).meals.map((m) => m.id)).toContain(entry.id);
    const anonymous = createTestClient(app);
    expect((await anonymous.request("/api/plan")).status).toBe(401);
    expect((await anonymous.request("/plan")).status).toBe(401);
  });

  it("lets a household member with edit access change the plan, and one with read access only look", async () => {
    const carol = await signUpClient(app, { email: "carol@example.org", name: "Carol" });
    const dan = await signUpClient(app, { email: "dan@example.org", name: "Dan" });
    const carolId = (await storage.accounts.users.findByEmail("carol@example.org"))!.id;
    const danId = (await storage.accounts.users.findByEmail("dan@example.org"))!.id;
    const now = clock.now();
    await storage.accounts.libraries.share({
      ownerId: carolId,
      memberId: ids.ann,
      access: "edit",
      now,
    });
    await storage.accounts.libraries.share({
      ownerId: carolId,
      memberId: danId,
      access: "read",
      now,
    });
    const added = await json<Entry>(
      await plan(ann, { slug: "pho", date: "2026-11-28", meal: "breakfast", owner: carolId }),
      201,
    );
    expect(
      (await ann.json("PATCH", `/api/plan/entries/${added.id}`, { meal: "dinner" })).status,
    ).toBe(200);
    const seen = await weekOf(dan, `week=2026-W48&owner=${carolId}`);
    expect(seen.mayChange).toBe(false);
    expect(seen.meals.map((m) => [m.meal, m.recipe.slug])).toEqual([["dinner", "pho"]]);
    expect((await dan.json("DELETE", `/api/plan/entries/${added.id}`)).status).toBe(403);
    expect(
      (await plan(dan, { slug: "pho", date: "2026-11-28", meal: "lunch", owner: carolId })).status,
    ).toBe(403);
    const page = await (await carol.request("/plan?week=2026-W48")).text();
    expect(page).toContain(LONG.slice(0, 20));
  });

  it("hides a planned recipe from the plan once it turns private to its reader", async () => {
    // Ann signed up first, so she is the admin and sees every recipe: Hal is a plain reader.
    const hal = await signUpClient(app, { email: "hal@example.org" });
    await json(await plan(hal, { slug: "bobs-stew", date: "2026-11-29", meal: "snack" }), 201);
    await json(await plan(bob, { slug: "bobs-stew", date: "2026-11-29", meal: "snack" }), 201);
    const titles = async (client: TestClient) =>
      (await weekOf(client, "week=2026-W48")).meals.map((m) => m.recipe.title);
    expect(await titles(hal)).toEqual(["Bob's stew"]);
    const stew = await storage.store.findBySlug("bobs-stew");
    await storage.store.setVisibility(stew!.id, "private", clock.now());
    expect(await titles(hal)).toEqual([]);
    expect(await (await hal.request("/plan?week=2026-W48")).text()).not.toContain(
      "/recipes/bobs-stew",
    );
    expect(await titles(bob)).toEqual(["Bob's stew"]);
    await storage.store.setVisibility(stew!.id, "public", clock.now());
    expect(await titles(hal)).toEqual(["Bob's stew"]);
  });

  it("makes the week's shopping list from the planned recipes and their servings", async () => {
    const ed = await signUpClient(app, { email: "ed@example.org" });
    await json(
      await plan(ed, { slug: "tricky", date: "2026-12-07", meal: "dinner", servings: 4 }),
      201,
    );
    await json(await plan(ed, { slug: "pho", date: "2026-12-08", meal: "lunch" }), 201);
    const made = await json<{ list: { id: string; name: string }; recipes: number }>(
      await ed.json("POST", "/api/plan/shopping-list", { week: "2026-W50" }),
      201,
    );
    expect(made).toMatchObject({ list: { name: "Week 50, 2026" }, recipes: 2 });
    const list = await json<{ items: { food: string; text: string }[] }>(
      await ed.request(`/api/lists/${made.list.id}`),
      200,
    );
    // 250 g × 4/2 servings + 250 g as the recipe yields.
    expect(list.items.map((i) => [i.food, i.text])).toEqual([["ground pork", "750 g"]]);
    const res = await ed.form("/plan/shopping-list", { week: "2026-W50", list: made.list.id });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/lists/${made.list.id}`);
    expect((await ed.json("POST", "/api/plan/shopping-list", { week: "2026-W51" })).status).toBe(
      400,
    );
  });
});

describe("the plan's calendar feed", () => {
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents("vevent")
      .map((v) => ({ vevent: v, event: new ICAL.Event(v) }));

  it("serves the plan as iCalendar to whoever has the secret address, until rotated or revoked", async () => {
    const fay = await signUpClient(app, { email: "fay@example.org" });
    await json(
      await plan(fay, { slug: "tricky", date: "2026-11-25", meal: "dinner", servings: 3 }),
      201,
    );
    await json(
      await plan(fay, { slug: "pho", date: "2026-11-27", meal: "snack", note: "for the train" }),
      201,
    );
    const { url } = await json<{ url: string }>(await fay.json("POST", "/api/plan/feed"), 201);
    const path = new URL(url).pathname;
    expect(path).toMatch(/^\/plan\/feed\/[A-Za-z0-9_-]{43}\.ics$/);

    const res = await app.request(path); // no cookies: a calendar app's request
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain("SUMMARY:Dinner: Pork\\, chilies\\; and \\\\ lime");
    const parsed = events(text);
    const [dinner, snack] = parsed;
    expect(parsed).toHaveLength(2);
    expect(dinner?.event.summary).toBe(`Dinner: ${TRICKY}`);
    expect(dinner?.event.startDate.toString()).toBe("2026-11-25T19:00:00");
    expect(dinner?.vevent.getFirstPropertyValue("url")).toBe(
      "http://localhost/recipes/tricky?servings=3",
    );
    expect(dinner?.event.description).toContain("For 3 servings.");
    expect(snack?.event.summary).toBe(`Snack: ${LONG}`);
    expect(snack?.event.startDate.isDate).toBe(true);
    expect(snack?.event.startDate.toString()).toBe("2026-11-27");
    expect(snack?.event.description).toContain(
      "for the train\nRecipe: http://localhost/recipes/pho",
    );
    const again = events(await (await app.request(path)).text());
    expect(again.map((e) => e.event.uid)).toEqual(parsed.map((e) => e.event.uid));

    const rotated = await json<{ url: string }>(await fay.json("POST", "/api/plan/feed"), 201);
    expect((await app.request(path)).status).toBe(404);
    const next = new URL(rotated.url).pathname;
    expect((await app.request(next)).status).toBe(200);
    expect((await fay.json("DELETE", "/api/plan/feed")).status).toBe(204);
    expect((await app.request(next)).status).toBe(404);
    expect((await app.request("/plan/feed/not-a-real-secret-at-all-000.ics")).status).toBe(404);
  });

  it("shows a feed address made by form once, then only when it was made", async () => {
    const gus = await signUpClient(app, { email: "gus@example.org" });
    const made = await gus.form("/plan/feed");
    expect(made.status).toBe(201);
    const url = /value="(http:\/\/localhost\/plan\/feed\/[^"]+\.ics)"/.exec(await made.text())?.[1];
    expect(url).toBeDefined();
    const later = await (await gus.request("/plan")).text();
    expect(later).not.toContain(new URL(url!).pathname);
    expect(later).toContain("made on 2026-11-24");
    expect((await gus.form("/plan/feed/revoke")).status).toBe(303);
    expect((await app.request(new URL(url!).pathname)).status).toBe(404);
  });
});
