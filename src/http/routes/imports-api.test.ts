import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fixedClock,
  openTempStorage,
  type TempStorage,
} from "../../../test/support/temp-storage.js";
import { createSafeFetch } from "../../lib/safe-fetch.js";
import { createHttpApp } from "../create-http-app.js";

/** POST /api/imports end to end: the allowed local host serves a recipe page, the safe fetcher
 *  gets it, the importer reads it, the store keeps it. */

const RECIPE_PAGE = `<!doctype html><html lang="en"><head><title>Tomato Soup</title>
<link rel="canonical" href="/soup"><script type="application/ld+json">
{"@context":"https://schema.org","@type":"Recipe","name":"Tomato Soup","recipeYield":"4",
 "totalTime":"PT30M","recipeIngredient":["1 kg tomatoes","1 onion"],
 "recipeInstructions":[{"@type":"HowToStep","text":"Simmer for 20 minutes."}]}</script>
</head><body><h1>Tomato Soup</h1></body></html>`;

let storage: TempStorage;
let server: Server;
let port = 0;
let hits = 0;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  storage = await openTempStorage();
  server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { "content-type": "text/html" }).end(RECIPE_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: () => {},
    clock: fixedClock(),
    fetchPage: createSafeFetch({
      resolve: async (name) => (name.endsWith(".test") ? ["127.0.0.1"] : []),
      allowHosts: ["recipes.test"],
    }),
    allowAnonymousImports: true,
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await storage.close();
});

const post = (body: unknown) =>
  app.request("/api/imports", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/imports", () => {
  it("imports a URL, keeps the recipe and points at it", async () => {
    const res = await post({ url: `http://recipes.test:${port}/soup?utm=x` });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; slug: string; recipe: Record<string, never> };
    expect(body.slug).toBe("tomato-soup");
    expect(res.headers.get("location")).toBe("/api/recipes/tomato-soup");
    expect(body.recipe).toMatchObject({
      title: "Tomato Soup",
      times: { total: { min: 1800 } },
      source: { url: `http://recipes.test:${port}/soup` },
    });
    const kept = await app.request("/api/recipes/tomato-soup");
    expect(kept.status).toBe(200);
  });

  it("imports pasted HTML and plain text", async () => {
    const html = await post({ html: RECIPE_PAGE.replaceAll("Tomato", "Carrot") });
    expect(html.status).toBe(201);
    expect(((await html.json()) as { slug: string }).slug).toBe("carrot-soup");
    const text = await post({
      text: "Pea Soup\n\nIngredients\n500 g peas\n1 onion\n\nMethod\nSimmer the peas.",
    });
    expect(text.status).toBe(201);
    expect(((await text.json()) as { recipe: { title: string } }).recipe.title).toBe("Pea Soup");
  });

  it("refuses a private address as a problem document, without fetching it", async () => {
    const before = hits;
    const res = await post({ url: `http://internal.test:${port}/` });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await res.json()) as { code: string }).code).toBe("ADDRESS_REFUSED");
    expect(hits).toBe(before);
  });

  it.each([
    ["not JSON", "{", 400],
    ["no known field", { recipe: 1 }, 400],
    ["a non-http URL", { url: "file:///etc/passwd" }, 400],
  ])("answers %s with a problem", async (_, body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { code: string }).code).toBe("BAD_REQUEST");
  });

  it("refuses a body over the limit", async () => {
    const res = await post({ text: "x".repeat(6 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});
