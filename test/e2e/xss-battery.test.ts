import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../src/app/manage-api-tokens.js";
import { signUp } from "../../src/app/sign-up.js";
import { startSession } from "../../src/app/start-session.js";
import { createHttpApp } from "../../src/http/create-http-app.js";
import { launchBrowser } from "../support/launch-browser.js";
import { makeRecipe } from "../support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../support/temp-storage.js";

/** Hostile text in every place a user or an import can write, served over real HTTP and read
 *  by real Chromium: every recipe field, comments and commenters' names, board names, search
 *  input reflected into the form, and pages and posts brought in by the importers. A payload fails the battery if it opens a dialog, runs (sets `xss`, or
 *  trips the content security policy, which means script reached the page), or leaves an
 *  element of its own (anything carrying `data-xss`) in the DOM. */
const PAYLOADS = [
  `<script data-xss>xss=1</script>`,
  `<img src=x onerror="xss=1" data-xss>`,
  `<svg onload="alert(1)" data-xss>`,
  `"><script data-xss>alert(1)</script>`,
  `'><img src=x onerror=alert(1) data-xss>`,
  `</title><script data-xss>xss=1</script>`,
  `</textarea><script data-xss>xss=1</script>`,
  `</script><script data-xss>alert(1)</script>`,
  `<!--</script><script data-xss>xss=1</script>-->`,
  `<iframe src="javascript:alert(1)" data-xss></iframe>`,
  `<a href="javascript:xss=1" data-xss>click</a>`,
  `<body onload=xss=1 data-xss>`,
  `<details open ontoggle=xss=1 data-xss>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=xss=1 data-xss>`,
  `<object data="javascript:xss=1" data-xss></object>`,
  `<embed src="javascript:xss=1" data-xss>`,
  `<input autofocus onfocus=xss=1 data-xss>`,
  `<video><source onerror=xss=1 data-xss></video>`,
  `<style data-xss>body{display:none}</style>`,
  `<base href="https://evil.example/" data-xss>`,
  `<meta http-equiv="refresh" content="0;url=javascript:xss=1" data-xss>`,
  `<form action="javascript:xss=1" data-xss><button>go</button></form>`,
  `<scr<script>ipt data-xss>xss=1</scr</script>ipt>`,
  `<SCRIPT DATA-XSS>xss=1</SCRIPT>`,
  `<img src="x" onerror="&#x78;ss=1" data-xss>`,
  `<svg><script data-xss>xss=1</script></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=xss=1 data-xss>">`,
  `<!--<img src="--><img src=x onerror=xss=1 data-xss>-->`,
  `\u2028\u2029<script data-xss>xss=1</script>`,
  `<div style="background:url(javascript:xss=1)" data-xss>bg</div>`,
  `<marquee onstart=xss=1 data-xss>m</marquee>`,
  `<audio src=x onerror=xss=1 data-xss>`,
  `javascript:xss=1//<b data-xss>b</b>`,
  `{{constructor.constructor('xss=1')()}}<i data-xss></i>`,
  `\${xss=1}<u data-xss></u>\`+xss+\``,
  `&lt;script&gt;xss=1&lt;/script&gt;<s data-xss></s>`,
  `<template><script>xss=1</script></template><q data-xss></q>`,
];

let storage: TempStorage;
let server: ServerType;
let base: string;
let browser: Browser;
let context: BrowserContext;
const imported: string[] = [];
const boards: string[] = [];

function hostileRecipe(i: number, p: string) {
  return makeRecipe({
    title: `T${i} ${p}`,
    slug: `xss-${i}`,
    description: p,
    story: [p],
    authorNotes: [p],
    conclusion: [p],
    ingredientGroups: [
      {
        title: p,
        ingredients: [
          { text: p, food: p, note: p, preparation: p, substitutes: [{ food: p, note: p }] },
        ],
      },
    ],
    stepGroups: [{ title: p, steps: [{ title: p, text: p, cues: [p] }] }],
    variations: [{ title: p, text: p }],
    pairings: [{ text: p }],
    faq: [{ question: p, answer: p }],
    cuisine: [p],
    keywords: [p],
    source: { author: p, site: p, url: p },
    images: [{ url: p, alt: p, caption: p }],
  });
}

const hostilePage = (i: number, p: string) => `<!doctype html><html><head><title>${p}</title>
<script type="application/ld+json">${JSON.stringify({
  "@context": "https://schema.org",
  "@type": "Recipe",
  name: `Imported ${i} ${p}`,
  description: p,
  author: { "@type": "Person", name: p },
  recipeIngredient: [p, `2 cups ${p}`],
  recipeInstructions: [{ "@type": "HowToStep", name: p, text: `Stir ${p} for 5 minutes.` }],
  image: p,
}).replaceAll("<", "\\u003c")}</script></head><body><h1>${p}</h1><p>${p}</p></body></html>`;

beforeAll(async () => {
  storage = await openTempStorage();
  const clock = { now: () => new Date() };
  const cheap = { N: 2 ** 10, r: 8, p: 1 };
  const deps = { ...storage.accounts, store: storage.store, clock, passwordCost: cheap };
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => console.error(e),
    clock,
    passwordCost: cheap,
    rateLimits: { imports: { limit: 10_000, windowMs: 60_000 } },
    allowAnonymousImports: true,
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const made = await signUp(deps, {
    email: "eve@example.org",
    name: "Eve",
    password: "eve's password",
  });
  if (!made.ok) throw new Error("no user");
  const viewer = { kind: "user" as const, user: made.value, libraries: [] };
  // A commenter whose very name is hostile too.
  const mallory = await signUp(deps, {
    email: "mallory@example.org",
    name: PAYLOADS[3]!,
    password: "mallory's password",
  });
  if (!mallory.ok) throw new Error("no commenter");
  const token = await createApiToken(deps, viewer, "battery");
  if (!token.ok) throw new Error("no token");
  for (const [i, p] of PAYLOADS.entries()) {
    const stored = await storage.store.insert({
      recipe: hostileRecipe(i, p),
      contentHash: `xss-${i}`,
      now: new Date(),
      ownerId: made.value.id,
      visibility: "public",
    });
    await storage.accounts.ratings.rate({
      recipeId: stored.id,
      userId: mallory.value.id,
      stars: 3,
      comment: p,
      now: new Date(),
    });
    const board = await storage.accounts.boards.create({
      ownerId: made.value.id,
      name: p,
      visibility: "public",
      now: new Date(),
    });
    boards.push(board.id);
    for (const body of [
      { html: hostilePage(i, p), url: `https://hostile.example/${i}` },
      {
        text: `${p} Stew ${i}\n\nIngredients\n- 1 cup ${p}\n- 2 onions\n\nMethod\n1. Cook ${p} for 5 minutes.\n\nFAQ\nIs ${p} safe?\n${p}\n`,
      },
    ]) {
      const res = await fetch(`${base}/api/imports`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token.value.secret}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({ ...body, visibility: "public" }),
      });
      if (res.status === 201) imported.push(((await res.json()) as { slug: string }).slug);
    }
  }
  const session = await startSession(deps, made.value.id);
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addCookies([
    {
      name: "claypot_session",
      value: session.sessionToken,
      url: base,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await storage?.close();
});

/** Visits each path in one tab and reports what went wrong, path by path. */
async function sweep(paths: readonly string[]): Promise<string[]> {
  const page: Page = await context.newPage();
  const problems: string[] = [];
  let current = "";
  page.on("dialog", (d) => {
    problems.push(`${current}: dialog "${d.message()}"`);
    void d.dismiss();
  });
  // CSP violations ("Refused to execute…") count; a missing favicon or an imported image's
  // unresolvable host ("Failed to load resource") is no injection.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) {
      problems.push(`${current}: console error ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => problems.push(`${current}: page error ${e.message}`));
  for (const path of paths) {
    current = path;
    const res = await page.goto(base + path);
    if (res?.status() !== 200) problems.push(`${path}: status ${res?.status()}`);
    const found = await page.evaluate(() => ({
      elements: document.querySelectorAll("[data-xss]").length,
      ran: (window as unknown as { xss?: unknown }).xss !== undefined,
    }));
    if (found.elements > 0) problems.push(`${path}: ${found.elements} injected element(s)`);
    if (found.ran) problems.push(`${path}: script ran`);
  }
  await page.close();
  return problems;
}

describe("XSS battery in Chromium", () => {
  it(`has at least 30 payloads, and the imports took them`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    // Every payload went through both importers (a few may be refused as no recipe, never more).
    expect(imported.length).toBeGreaterThanOrEqual(PAYLOADS.length * 2 - 4);
  });

  it("escapes every field of a recipe, and its comments, on its page", async () => {
    expect(await sweep(PAYLOADS.map((_, i) => `/recipes/xss-${i}`))).toEqual([]);
  });

  it("escapes titles in listings and what a search reflects", async () => {
    const paths = [
      "/",
      "/?after=1000000",
      ...PAYLOADS.map(
        (p) => `/search?q=${encodeURIComponent(p)}&cuisine=${encodeURIComponent(p.slice(0, 90))}`,
      ),
    ];
    expect(await sweep(paths)).toEqual([]);
  });

  it("escapes board names on board pages and the board list", async () => {
    expect(await sweep(["/boards", ...boards.map((id) => `/boards/${id}`)])).toEqual([]);
  });

  it("escapes imported pages and posts", async () => {
    expect(await sweep(imported.map((slug) => `/recipes/${slug}`))).toEqual([]);
  });

  it("would notice an injection: the detector sees an unescaped element", async () => {
    const page = await context.newPage();
    await page.setContent(`<p>${PAYLOADS[1]}</p>`);
    expect(await page.evaluate(() => document.querySelectorAll("[data-xss]").length)).toBe(1);
    await page.close();
  });
});
