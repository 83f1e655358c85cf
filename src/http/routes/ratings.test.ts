import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import type { createHttpApp } from "../create-http-app.js";

let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let owner: TestClient;
let ann: TestClient;
let bob: TestClient;
let slug: string;

const jsonLd = async (client: TestClient) => {
  const html = await (await client.request(`/recipes/${slug}`)).text();
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!) as { aggregateRating?: { ratingValue: number; ratingCount: number } };
};

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage);
  await signUpClient(app, { email: "admin@example.org" });
  owner = await signUpClient(app, { email: "olga@example.org", name: "Olga" });
  ann = await signUpClient(app, { email: "ann@example.org", name: "Ann" });
  bob = await signUpClient(app, { email: "bob@example.org", name: "Bob" });
  const text =
    "Lemon Tart\n\nIngredients\n- 3 lemons\n- 100 g sugar\n\nMethod\n1. Bake for 25 minutes.\n";
  const res = await owner.json("POST", "/api/imports", { text, visibility: "public" });
  slug = ((await res.json()) as { slug: string }).slug;
});
afterAll(() => storage.close());

describe("ratings and comments", () => {
  it("puts no aggregateRating in the JSON-LD before anyone rates", async () => {
    expect((await jsonLd(createTestClient(app))).aggregateRating).toBeUndefined();
  });

  it("takes one rating per user, by the page's form, and publishes the aggregate", async () => {
    expect((await ann.form(`/recipes/${slug}/rating`, { stars: "2" })).status).toBe(303);
    expect(
      (await ann.form(`/recipes/${slug}/rating`, { stars: "4", comment: "Sharp & bright" })).status,
    ).toBe(303);
    expect((await bob.json("PUT", `/api/recipes/${slug}/ratings`, { stars: 5 })).status).toBe(204);
    expect((await jsonLd(createTestClient(app))).aggregateRating).toMatchObject({
      ratingValue: 4.5,
      ratingCount: 2,
    });
    const page = await (await createTestClient(app).request(`/recipes/${slug}`)).text();
    expect(page).toContain("Sharp &amp; bright");
    expect(page).toContain("4.5 out of 5 from 2 ratings");
  });

  it("refuses the owner's own rating, bad stars, and strangers' ratings of unpublished recipes", async () => {
    expect((await owner.json("PUT", `/api/recipes/${slug}/ratings`, { stars: 5 })).status).toBe(
      403,
    );
    expect((await ann.json("PUT", `/api/recipes/${slug}/ratings`, { stars: 6 })).status).toBe(400);
    expect(
      (await createTestClient(app).json("PUT", `/api/recipes/${slug}/ratings`, { stars: 5 }))
        .status,
    ).toBe(401);
  });

  it("lets the owner hide a rating: gone from the page, the API and the aggregate, back when shown", async () => {
    const list = (await (await owner.request(`/api/recipes/${slug}/ratings`)).json()) as {
      ratings: { userId: string; userName: string }[];
    };
    const bobId = list.ratings.find((r) => r.userName === "Bob")!.userId;
    expect(
      (await ann.json("PUT", `/api/recipes/${slug}/ratings/${bobId}/hidden`, { hidden: true }))
        .status,
    ).toBe(403);
    expect(
      (await owner.form(`/recipes/${slug}/ratings/${bobId}/moderation`, { hidden: "1" })).status,
    ).toBe(303);
    const publicView = (await (
      await createTestClient(app).request(`/api/recipes/${slug}/ratings`)
    ).json()) as {
      ratings: { userName: string }[];
    };
    expect(publicView.ratings.map((r) => r.userName)).toEqual(["Ann"]);
    expect((await jsonLd(createTestClient(app))).aggregateRating).toMatchObject({
      ratingValue: 4,
      ratingCount: 1,
    });
    expect(
      (await owner.json("PUT", `/api/recipes/${slug}/ratings/${bobId}/hidden`, { hidden: false }))
        .status,
    ).toBe(204);
    expect((await jsonLd(createTestClient(app))).aggregateRating?.ratingCount).toBe(2);
  });
});
