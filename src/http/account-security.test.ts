import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, signUpClient, type TestClient } from "../../test/support/http-client.js";
import { runClaypot } from "../../test/support/run-cli.js";
import { openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { createHttpApp } from "./create-http-app.js";

/** Accounts end to end through the HTTP app on a real SQLite file: sessions, CSRF, fixation,
 *  rate limits, reset links, API tokens and the headers around them. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
let storage: TempStorage;
let now = new Date("2026-06-01T10:00:00.000Z");
const clock = { now: () => now };
const logged: unknown[] = [];
let app: ReturnType<typeof createHttpApp>;
let admin: TestClient;
let ann: TestClient;

const makeApp = (extra: Partial<Parameters<typeof createHttpApp>[0]> = {}) =>
  createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => logged.push(e),
    clock,
    passwordCost: CHEAP,
    rateLimits: {
      signIn: { limit: 1_000, windowMs: 60_000 },
      imports: { limit: 1_000, windowMs: 60_000 },
    },
    ...extra,
  });
const soup =
  "Pea Soup\n\nIngredients\n- 500 g peas\n- 1 onion\n\nMethod\n1. Simmer for 20 minutes.\n";

beforeAll(async () => {
  storage = await openTempStorage();
  app = makeApp();
  admin = await signUpClient(app, { email: "root@example.org", name: "Root" });
  ann = await signUpClient(app, {
    email: "Ann@Example.org",
    name: "Ann",
    password: "ann's long password",
  });
});
afterAll(() => storage.close());

const me = async (client: TestClient) =>
  (
    (await (await client.request("/api/session")).json()) as {
      user: { email: string; role: string } | null;
    }
  ).user;

describe("accounts", () => {
  it("makes the first account the admin and later ones users", async () => {
    expect(await me(admin)).toMatchObject({ email: "root@example.org", role: "admin" });
    expect(await me(ann)).toMatchObject({ email: "ann@example.org", role: "user" });
  });

  it("keeps only a scrypt hash of the password and logs nothing of it", async () => {
    const row = await storage.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "ann@example.org")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain("ann's long password");
    expect(JSON.stringify(logged)).not.toContain("ann's long password");
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const fresh = createTestClient(makeApp());
    await fresh.refreshCsrf();
    const wrong = await fresh.json("POST", "/api/session", {
      email: "ann@example.org",
      password: "nope nope nope",
    });
    const unknown = await fresh.json("POST", "/api/session", {
      email: "zed@example.org",
      password: "nope nope nope",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("sets the session cookie httpOnly and SameSite=Lax, Secure and with HSTS only behind https", async () => {
    const plain = createTestClient(app);
    await plain.refreshCsrf();
    const res = await plain.form("/sign-in", {
      email: "ann@example.org",
      password: "ann's long password",
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("claypot_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.headers.get("strict-transport-security")).toBeNull();

    const https = createTestClient(makeApp({ publicUrl: "https://recipes.example.org" }));
    await https.refreshCsrf();
    const secure = await https.form("/sign-in", {
      email: "ann@example.org",
      password: "ann's long password",
    });
    expect(secure.headers.getSetCookie().find((c) => c.startsWith("claypot_session="))).toMatch(
      /Secure/,
    );
    expect(secure.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("ends the session in the database at sign-out, not only in the browser", async () => {
    const client = await signUpClient(app, { email: "bea@example.org" });
    const token = client.cookies.get("claypot_session")!;
    expect((await client.form("/sign-out")).status).toBe(303);
    const replay = createTestClient(app, new Map([["claypot_session", token]]));
    expect(await me(replay)).toBeNull();
  });
});

describe("sign out everywhere", () => {
  it("revokes every session of the account, this one too", async () => {
    const first = await signUpClient(app, {
      email: "eli@example.org",
      password: "eli's long password",
    });
    const second = createTestClient(app);
    await second.refreshCsrf();
    await second.form("/sign-in", { email: "eli@example.org", password: "eli's long password" });
    expect(await me(second)).toMatchObject({ email: "eli@example.org" });
    expect((await first.form("/account/sessions/revoke")).status).toBe(303);
    expect(await me(first)).toBeNull();
    expect(await me(second)).toBeNull();
  });
});

describe("CSRF", () => {
  it("refuses a signed-in form without the token, with a wrong one, or with another session's", async () => {
    const other = await signUpClient(app, { email: "cat@example.org" });
    const post = (csrf?: string) =>
      ann.request("/boards", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ name: "Soups", ...(csrf !== undefined && { _csrf: csrf }) }),
      });
    expect((await post()).status).toBe(403);
    expect((await post("x".repeat(43))).status).toBe(403);
    expect((await post(other.csrf)).status).toBe(403);
    expect((await post(ann.csrf)).status).toBe(303);
  });

  it("refuses a JSON call a cookie authenticates unless X-CSRF-Token matches", async () => {
    const res = await ann.request("/api/boards", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Sneaky" }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "CSRF_INVALID" });
    expect((await ann.json("POST", "/api/boards", { name: "Fine" })).status).toBe(201);
  });

  it("refuses a sign-in form another site posts (no CSRF cookie to match)", async () => {
    const stranger = createTestClient(app);
    const res = await stranger.form("/sign-in", {
      email: "ann@example.org",
      password: "ann's long password",
      _csrf: "y".repeat(43),
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("claypot_session="))).toBe(false);
  });
});

describe("session fixation", () => {
  it("gives a new session at sign-in and revokes the one the browser came with", async () => {
    const attacker = await signUpClient(app, { email: "mallory@example.org" });
    const planted = attacker.cookies.get("claypot_session")!;
    const victim = createTestClient(app, new Map([["claypot_session", planted]]));
    await victim.refreshCsrf();
    const res = await victim.form("/sign-in", {
      email: "ann@example.org",
      password: "ann's long password",
    });
    expect(res.status).toBe(303);
    expect(victim.cookies.get("claypot_session")).not.toBe(planted);
    expect(await me(victim)).toMatchObject({ email: "ann@example.org" });
    expect(await me(attacker)).toBeNull();
  });
});

describe("rate limits", () => {
  it("answers the fourth sign-in in a minute with 429 and lets them try again later", async () => {
    const limited = makeApp({ rateLimits: { signIn: { limit: 3, windowMs: 60_000 } } });
    const client = createTestClient(limited);
    await client.refreshCsrf();
    const attempt = () =>
      client.json("POST", "/api/session", {
        email: "ann@example.org",
        password: "wrong password!",
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(await refused.json()).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    now = new Date(now.getTime() + 61_000);
    expect((await attempt()).status).toBe(401);
  });

  it("limits imports per address", async () => {
    const limited = makeApp({
      rateLimits: { imports: { limit: 2, windowMs: 60_000 } },
      allowAnonymousImports: true,
    });
    const post = () =>
      limited.request("/api/imports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: soup }),
      });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(429);
  });
});

describe("password reset", () => {
  const resetLink = async () => {
    const run = await runClaypot(["users", "reset-password", "ann@example.org"], {
      store: { store: storage.store, accounts: storage.accounts, close: async () => {} },
    });
    expect(run.status).toBe(0);
    return new URL(run.out[0]!).pathname;
  };

  it("works once, within the hour, and signs the account out everywhere", async () => {
    // The CLI's clock is fixed in 2026-01; move the app's clock next to it.
    now = new Date("2026-01-02T03:10:00.000Z");
    const path = await resetLink();
    const annSession = createTestClient(app);
    await annSession.refreshCsrf();
    await annSession.form("/sign-in", {
      email: "ann@example.org",
      password: "ann's long password",
    });
    expect(await me(annSession)).toMatchObject({ email: "ann@example.org" });

    const browser = createTestClient(app);
    await browser.refreshCsrf();
    expect((await browser.request(path)).status).toBe(200);
    expect((await browser.form(path, { password: "short" })).status).toBe(400);
    expect((await browser.form(path, { password: "a brand new password" })).status).toBe(303);
    expect(await me(annSession)).toBeNull();
    expect((await browser.form(path, { password: "another new password" })).status).toBe(410);
    expect((await browser.request(path)).status).toBe(410);

    await browser.form("/sign-in", { email: "ann@example.org", password: "a brand new password" });
    expect(await me(browser)).toMatchObject({ email: "ann@example.org" });
    ann = browser;
    await ann.refreshCsrf();
  });

  it("refuses a link after its hour", async () => {
    now = new Date("2026-01-02T03:10:00.000Z");
    const path = await resetLink();
    now = new Date("2026-01-02T04:05:00.000Z");
    const browser = createTestClient(app);
    await browser.refreshCsrf();
    expect((await browser.request(path)).status).toBe(410);
    expect((await browser.form(path, { password: "too late a password" })).status).toBe(410);
  });
});

describe("API tokens", () => {
  it("shows a token once, keeps its hash, works as a bearer without CSRF, and stops when revoked", async () => {
    const made = await ann.json("POST", "/api/tokens", { name: "script" });
    expect(made.status).toBe(201);
    const { id, token } = (await made.json()) as { id: string; token: string };
    expect(token).toMatch(/^cpt_/);
    const listed = await (await ann.request("/api/tokens")).text();
    expect(listed).not.toContain(token);
    const rows = await storage.db.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    const bearer = (init: RequestInit = {}) =>
      app.request("/api/imports", {
        method: "POST",
        ...init,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ text: soup.replace("Pea", "Green Pea") }),
      });
    const imported = await bearer();
    expect(imported.status).toBe(201);
    const body = (await imported.json()) as { slug: string; visibility: string };
    expect(body.visibility).toBe("private");
    expect((await app.request(`/api/recipes/${body.slug}`)).status).toBe(404);
    const own = await app.request(`/api/recipes/${body.slug}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(own.status).toBe(200);

    expect((await ann.json("DELETE", `/api/tokens/${id}`)).status).toBe(204);
    const revoked = await bearer();
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ code: "TOKEN_INVALID" });
  });
});

describe("anonymous imports", () => {
  it("are off unless turned on: an import needs a user or a token", async () => {
    const send = (app: ReturnType<typeof makeApp>) =>
      app.request("/api/imports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: soup }),
      });
    const closed = await send(makeApp());
    expect(closed.status).toBe(401);
    expect(await closed.json()).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await send(makeApp({ allowAnonymousImports: true }))).status).toBe(201);
  });
});

describe("security headers", () => {
  it("keeps what a signed-in viewer sees out of shared caches", async () => {
    expect((await ann.request("/")).headers.get("cache-control")).toBe("private, no-store");
    expect((await app.request("/")).headers.get("cache-control")).toBeNull();
  });

  it("sends CSP without inline scripts, frame-ancestors, nosniff and a referrer policy", async () => {
    const res = await app.request("/sign-in");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });
});
