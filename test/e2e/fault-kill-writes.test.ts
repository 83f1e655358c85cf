import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStorage } from "../../src/storage/open-storage.js";
import { type RunningClaypot, startClaypot } from "../support/start-claypot.js";

/** The real server on a SQLite file, SIGKILLed in the middle of a stream of concurrent writes
 *  (imports, visibility changes, ratings, pins) and started again on the same file: the
 *  database is sound, every recipe whole, and every write it had answered 2xx is there. */

const WORKERS = 4;
/** Imports are rate-limited to 30 a minute per address, and each chain imports one recipe. */
const CHAINS_PER_ROUND = 24;

interface Account {
  readonly id: string;
  readonly token: string;
}

/** What the server acknowledged (a 2xx arrived before the kill). */
interface Acked {
  readonly imports: Map<string, string>;
  readonly madePublic: Set<string>;
  readonly ratings: Map<string, number>;
  readonly pins: Set<string>;
}

let dir: string;
let dbPath: string;
let server: RunningClaypot | undefined;
let olive: Account;
let rex: Account;
let boardId: string;
const acked: Acked = {
  imports: new Map(),
  madePublic: new Set(),
  ratings: new Map(),
  pins: new Set(),
};

const start = async () => {
  server = await startClaypot({ DATABASE_PATH: dbPath });
  return server.url;
};

function call(url: string, method: string, path: string, token?: string, body?: unknown) {
  return fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { "content-type": "application/json" }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");

/** Signs up through the JSON API as a browser script would, then makes an API token. */
async function signUp(url: string, email: string): Promise<Account> {
  const session = await fetch(`${url}/api/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/accounts`, {
    method: "POST",
    headers: {
      cookie: cookiesOf(session),
      "x-csrf-token": csrfToken,
      "content-type": "application/json",
    },
    body: JSON.stringify({ email, password: "a long enough password", name: email }),
  });
  expect(created.status).toBe(201);
  const account = (await created.json()) as { user: { id: string }; csrfToken: string };
  const made = await fetch(`${url}/api/tokens`, {
    method: "POST",
    headers: {
      cookie: cookiesOf(created),
      "x-csrf-token": account.csrfToken,
      "content-type": "application/json",
    },
    body: JSON.stringify({ name: "fault test" }),
  });
  expect(made.status).toBe(201);
  return { id: account.user.id, token: ((await made.json()) as { token: string }).token };
}

const recipeText = (title: string, n: number) =>
  `${title}\n\nIngredients\n- ${n + 1} cups rice\n- ${(n % 4) + 1} eggs\n\n` +
  `Method\n1. Boil the rice for ${(n % 20) + 5} minutes.\n2. Fold in the eggs until set.\n`;

/** Concurrent chains of writes (import → make public → rate → pin) until `killAfter` of them
 *  have been acknowledged; then the server is SIGKILLed while the other workers' writes are in
 *  flight, and the stream ends at the first refused connection. */
async function writeThenKill(url: string, round: number, killAfter: number): Promise<number> {
  let acks = 0;
  let next = 0;
  let killed: Promise<void> | undefined;
  const ack = () => {
    acks++;
    if (acks >= killAfter && !killed) {
      const child = server!.process;
      killed = new Promise((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGKILL");
    }
  };
  const chain = async (n: number) => {
    const title = `Round ${round} Kettle Rice ${n} Qx${round}k${n}z`;
    const imported = await call(url, "POST", "/api/imports", olive.token, {
      text: recipeText(title, n),
    });
    if (imported.status !== 201) return;
    const { slug } = (await imported.json()) as { slug: string };
    acked.imports.set(slug, title);
    ack();
    const path = `/api/recipes/${slug}`;
    const shown = await call(url, "PUT", `${path}/visibility`, olive.token, {
      visibility: "public",
    });
    if (shown.status !== 200) return;
    acked.madePublic.add(slug);
    ack();
    const stars = (n % 5) + 1;
    const rated = await call(url, "PUT", `${path}/ratings`, rex.token, { stars });
    if (rated.status !== 204) return;
    acked.ratings.set(slug, stars);
    ack();
    const pinned = await call(url, "POST", `/api/boards/${boardId}/pins`, rex.token, { slug });
    if (pinned.status !== 201) return;
    acked.pins.add(slug);
    ack();
  };
  const worker = async () => {
    while (next < CHAINS_PER_ROUND) {
      try {
        await chain(next++);
      } catch {
        return; // The connection died with the server.
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  expect(killed, "the stream ended before the kill: raise CHAINS_PER_ROUND").toBeDefined();
  await killed;
  return acks;
}

/** Through the restarted server: each acknowledged write reads back, and each recipe whole. */
async function expectAckedWritesKept(url: string) {
  for (const [slug, title] of acked.imports) {
    const res = await call(url, "GET", `/api/recipes/${slug}`, olive.token);
    expect(res.status, slug).toBe(200);
    const { recipe, visibility } = (await res.json()) as {
      recipe: { title: string; stepGroups: { steps: unknown[] }[] };
      visibility: string;
    };
    expect(recipe.title).toBe(title);
    expect(recipe.stepGroups.flatMap((g) => g.steps)).toHaveLength(2);
    if (acked.madePublic.has(slug)) expect(visibility, slug).toBe("public");
  }
  for (const [slug, stars] of acked.ratings) {
    const res = await call(url, "GET", `/api/recipes/${slug}/ratings`, rex.token);
    const { ratings } = (await res.json()) as { ratings: { userId: string; stars: number }[] };
    expect(ratings.find((r) => r.userId === rex.id)?.stars, slug).toBe(stars);
  }
  const board = await call(url, "GET", `/api/boards/${boardId}`, rex.token);
  const { pins } = (await board.json()) as { pins: { slug: string }[] };
  const pinned = new Set(pins.map((p) => p.slug));
  for (const slug of acked.pins) expect(pinned.has(slug), slug).toBe(true);
}

/** Straight from the file: SQLite's integrity check and the search index's agreement with the
 *  rows (dialect.checkIntegrity), every document parsing into the model, and each recipe found
 *  by the one word only its title has. */
async function inspectDatabase() {
  const storage = await openStorage({ sqlitePath: dbPath });
  try {
    expect(await storage.dialect.checkIntegrity(storage.db)).toEqual([]);
    const stored = await storage.store.listStored({ limit: 10_000 });
    expect(stored).toHaveLength(await storage.store.count());
    for (const { recipe } of stored) {
      const word = /Qx\w+/.exec(recipe.title)?.[0];
      if (!word) continue;
      const hits = await storage.store.search({ text: word, sort: "relevance", limit: 5 });
      expect(
        hits.map((h) => h.slug),
        word,
      ).toEqual([recipe.slug]);
    }
    return stored;
  } finally {
    await storage.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claypot-fault-kill-"));
  dbPath = join(dir, "claypot.db");
  const url = await start();
  olive = await signUp(url, "olive@example.org");
  rex = await signUp(url, "rex@example.org");
  const board = await call(url, "POST", "/api/boards", rex.token, { name: "Weeknights" });
  expect(board.status).toBe(201);
  boardId = ((await board.json()) as { id: string }).id;
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the server SIGKILLed during concurrent writes", () => {
  it("keeps every acknowledged write and a sound database, at two points of the stream", async () => {
    for (const [round, killAfter] of [
      [1, 9],
      [2, 30],
    ] as const) {
      const acks = await writeThenKill(server!.url, round, killAfter);
      expect(acks).toBeGreaterThanOrEqual(killAfter);
      const url = await start();
      await expectAckedWritesKept(url);
    }
    await server?.stop();
    const stored = await inspectDatabase();
    // Whatever was in flight is whole or absent; what was answered is among what is kept.
    const kept = new Set(stored.map((s) => s.recipe.slug));
    for (const slug of acked.imports.keys()) expect(kept.has(slug), slug).toBe(true);
    expect(acked.pins.size).toBeGreaterThan(0);
  }, 30_000);
});
