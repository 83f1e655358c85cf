import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, signUpClient, type TestClient } from "../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { createTestApp } from "../../test/support/test-app.js";
import type { createHttpApp } from "./create-http-app.js";
import { createPageCache } from "./page-cache.js";

let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let owner: TestClient;
let reader: TestClient;
let slug: string;

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage);
  await signUpClient(app, { email: "admin@example.org" });
  owner = await signUpClient(app, { email: "olga@example.org", name: "Olga" });
  reader = await signUpClient(app, { email: "ann@example.org", name: "Ann" });
  const text =
    "Plum Cake\n\nIngredients\n- 6 plums\n- 200 g flour\n\nMethod\n1. Bake for 40 minutes.\n";
  const res = await owner.json("POST", "/api/imports", { text, visibility: "public" });
  slug = ((await res.json()) as { slug: string }).slug;
});
afterAll(() => storage.close());

const anonymous = (path: string, headers: Record<string, string> = {}) =>
  createTestClient(app).request(path, { headers });

describe.each([
  ["the recipe page", () => `/recipes/${slug}`],
  ["the recipe JSON", () => `/api/recipes/${slug}`],
])("%s for anonymous readers", (_, pathOf) => {
  it("carries an ETag, answers 304 to it, and the same bytes again", async () => {
    const first = await anonymous(pathOf());
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const body = await first.text();
    expect(body).toContain("Plum Cake");
    const again = await anonymous(pathOf());
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(body);
    const revalidated = await anonymous(pathOf(), { "if-none-match": etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect((await anonymous(pathOf(), { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("changes when a rating comes in, and shows it", async () => {
    const before = (await anonymous(pathOf())).headers.get("etag");
    const stars = pathOf().startsWith("/api") ? 4 : 2;
    expect((await reader.json("PUT", `/api/recipes/${slug}/ratings`, { stars })).status).toBe(204);
    const after = await anonymous(pathOf());
    expect(after.headers.get("etag")).not.toBe(before);
    if (!pathOf().startsWith("/api")) expect(await after.text()).toContain(`${stars} out of 5`);
  });
});

describe("what is never shared", () => {
  it("gives signed-in readers their own page, unkept", async () => {
    const res = await reader.request(`/recipes/${slug}`);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.text()).toContain("Ann");
  });

  it("stops serving a kept page the moment the recipe turns private", async () => {
    expect((await anonymous(`/recipes/${slug}`)).status).toBe(200);
    const turned = await owner.json("PUT", `/api/recipes/${slug}/visibility`, {
      visibility: "private",
    });
    expect(turned.status).toBeLessThan(300);
    expect((await anonymous(`/recipes/${slug}`)).status).toBe(404);
    expect((await anonymous(`/api/recipes/${slug}`)).status).toBe(404);
    await owner.json("PUT", `/api/recipes/${slug}/visibility`, { visibility: "public" });
  });
});

describe("createPageCache", () => {
  const page = (n: number) => ({ body: new Uint8Array(n), etag: `"${n}"`, headers: {} });

  it("keeps within its bytes by dropping the least recently used", () => {
    const cache = createPageCache("build", { maxBytes: 8_000 });
    const keys = [..."abcdefgh"];
    for (const key of keys) cache.set(key, page(900));
    cache.get("a");
    cache.set("i", page(900));
    expect(cache.get("b")).toBeUndefined();
    for (const key of [..."acdefghi"]) expect(cache.get(key)?.etag).toBe('"900"');
    expect(cache.bytes).toBeLessThanOrEqual(8_000);
  });

  it("trusts a version for its time to live, and forgets them all when told", async () => {
    let t = 0;
    let reads = 0;
    const cache = createPageCache("build", { versionTtlMs: 1_000, now: () => t });
    const load = async () => `v${++reads}`;
    expect(await cache.versionOf("plum-cake", load)).toBe("v1");
    t = 999;
    expect(await cache.versionOf("plum-cake", load)).toBe("v1");
    t = 1_000;
    expect(await cache.versionOf("plum-cake", load)).toBe("v2");
    cache.forgetVersions();
    expect(await cache.versionOf("plum-cake", load)).toBe("v3");
    expect(await cache.versionOf("other", async () => undefined)).toBeUndefined();
  });

  it("does not keep a body too big to share the space", () => {
    const cache = createPageCache("build", { maxBytes: 8_000 });
    cache.set("big", page(2_000));
    expect(cache.get("big")).toBeUndefined();
  });
});

describe("compression of kept pages", () => {
  it("sends brotli or gzip as the reader accepts, each decoding to the plain page", async () => {
    const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
    const path = `/recipes/${slug}`;
    const plain = Buffer.from(await (await anonymous(path)).arrayBuffer());
    const br = await anonymous(path, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(brBytes).equals(plain)).toBe(true);
    const gz = await anonymous(path, { "accept-encoding": "gzip, br;q=0" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(plain)).toBe(true);
    const none = await anonymous(path, { "accept-encoding": "identity" });
    expect(none.headers.get("content-encoding")).toBeNull();
    expect(none.headers.get("vary")).toContain("Accept-Encoding");
  });
});
