import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipes } from "../../src/app/add-recipes.js";
import { importRecipe } from "../../src/app/import-recipe.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { CLAYPOT_BIN, ROOT, startClaypot } from "../support/start-claypot.js";

/** A database that cannot be written: reads go on (API tokens included), every write is refused
 *  with STORAGE_READ_ONLY (503 in the API, a readable page for a form, exit status 3 from the
 *  command line), and nothing is harmed. Three real ways: a database file the kernel refuses to
 *  write even for root (chattr +i), the DATABASE_READONLY=1 setting, and a PostgreSQL database
 *  whose transactions are all read-only. */

let dir: string;
let dbPath: string;
let token: string;
let mine: string;
let everyone: string;

const recipe = (title: string) =>
  `${title}\n\nIngredients\n- 300 g barley\n- 1 leek\n\nMethod\n1. Toast the barley.\n` +
  "2. Simmer with the leek for 40 minutes.\n";

const importText = (url: string, title: string) =>
  fetch(`${url}/api/imports`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: recipe(title) }),
  });

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");

/** `claypot ARGS` as a user runs it. */
function claypot(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLAYPOT_BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}

/** What a read-only database must do for the server at `url`: read, refuse, say why. */
async function expectReadsButNoWrites(url: string) {
  expect((await fetch(`${url}/api/recipes/${everyone}`)).status).toBe(200);
  // The token's "last used" cannot be written down: it works all the same.
  const private_ = await fetch(`${url}/api/recipes/${mine}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(private_.status).toBe(200);

  const refused = await importText(url, "Pearl Barley Risotto");
  expect(refused.status).toBe(503);
  const problem = (await refused.json()) as { code: string; title: string };
  expect(problem.code).toBe("STORAGE_READ_ONLY");
  expect(problem.title).toMatch(/read-only.*nothing was saved/);

  const session = await fetch(`${url}/api/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const form = await fetch(`${url}/sign-up`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookiesOf(session), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      _csrf: csrfToken,
      email: "late@example.org",
      password: "a long enough password",
      name: "Late",
    }),
  });
  expect(form.status).toBe(503);
  expect(await form.text()).toContain("The database is read-only just now, so nothing was saved");
}

async function storedTitles(options: { sqlitePath: string; databaseUrl?: string }) {
  const storage = await openStorage(options);
  try {
    expect(await storage.dialect.checkIntegrity(storage.db)).toEqual([]);
    return (await storage.store.listStored({ limit: 100 })).map((s) => s.recipe.title).sort();
  } finally {
    await storage.close();
  }
}

const KEPT = [
  "Barley Broth",
  "My Barley Salad",
  "Vietnamese Caramelised Pork Mince Stir Fry",
] as const;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claypot-fault-ro-"));
  dbPath = join(dir, "claypot.db");
  const server = await startClaypot({ DATABASE_PATH: dbPath, CLAYPOT_ANONYMOUS_IMPORTS: "on" });
  try {
    const session = await fetch(`${server.url}/api/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const created = await fetch(`${server.url}/api/accounts`, {
      method: "POST",
      headers: {
        cookie: cookiesOf(session),
        "x-csrf-token": csrfToken,
        "content-type": "application/json",
      },
      body: JSON.stringify({ email: "cook@example.org", password: "a long enough password" }),
    });
    const signedIn = (await created.json()) as { csrfToken: string };
    const made = await fetch(`${server.url}/api/tokens`, {
      method: "POST",
      headers: {
        cookie: cookiesOf(created),
        "x-csrf-token": signedIn.csrfToken,
        "content-type": "application/json",
      },
      body: "{}",
    });
    token = ((await made.json()) as { token: string }).token;
    const privately = await fetch(`${server.url}/api/imports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: recipe("My Barley Salad") }),
    });
    expect(privately.status).toBe(201);
    mine = ((await privately.json()) as { slug: string }).slug;
    const publicly = await importText(server.url, "Barley Broth");
    everyone = ((await publicly.json()) as { slug: string }).slug;
  } finally {
    await server.stop();
  }
});

afterAll(() => {
  spawnSync("chattr", ["-i", dbPath]);
  rmSync(dir, { recursive: true, force: true });
});

describe("a read-only SQLite database", () => {
  it("is read but never written when the kernel refuses to write its file", async () => {
    const immutable = spawnSync("chattr", ["+i", dbPath], { encoding: "utf8" });
    if (immutable.status !== 0) {
      throw new Error(
        "this test makes the database file immutable with 'chattr +i' (e2fsprogs, as root, on a " +
          `filesystem with file attributes such as ext4 or tmpfs): ${immutable.stderr || immutable.error}`,
      );
    }
    try {
      const server = await startClaypot({ DATABASE_PATH: dbPath, CLAYPOT_ANONYMOUS_IMPORTS: "on" });
      try {
        await expectReadsButNoWrites(server.url);
        const file = join(dir, "risotto.txt");
        writeFileSync(file, recipe("Pearl Barley Risotto"));
        const cli = await claypot(["import", file], { DATABASE_PATH: dbPath });
        expect(cli.code).toBe(3);
        expect(cli.stderr).toMatch(/^claypot: STORAGE_READ_ONLY: The database is read-only/m);
      } finally {
        await server.stop();
      }
    } finally {
      spawnSync("chattr", ["-i", dbPath]);
    }
    expect(await storedTitles({ sqlitePath: dbPath })).toEqual(KEPT);
  });

  it("is opened read-only on purpose with DATABASE_READONLY=1", async () => {
    const server = await startClaypot({
      DATABASE_PATH: dbPath,
      DATABASE_READONLY: "1",
      CLAYPOT_ANONYMOUS_IMPORTS: "on",
    });
    try {
      await expectReadsButNoWrites(server.url);
    } finally {
      await server.stop();
    }
    const file = join(dir, "risotto.txt");
    writeFileSync(file, recipe("Pearl Barley Risotto"));
    const cli = await claypot(["import", file], { DATABASE_PATH: dbPath, DATABASE_READONLY: "1" });
    expect(cli.code).toBe(3);
    expect(cli.stderr).toContain("STORAGE_READ_ONLY");
    expect(await storedTitles({ sqlitePath: dbPath })).toEqual(KEPT);
  });
});

describe("a read-only PostgreSQL database", () => {
  it("is read but never written, whether the server or DATABASE_READONLY makes it so", async () => {
    const name = `claypot_ro_${process.pid}`;
    const admin = new pg.Client({ connectionString: inject("postgresUrl") });
    await admin.connect();
    const url = new URL(inject("postgresUrl"));
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    try {
      await admin.query(`create database ${name}`);
      const storage = await openStorage({ sqlitePath: ":memory:", databaseUrl });
      const imported = importRecipe({ bytes: Buffer.from(recipe("Barley Broth")), format: "text" });
      if (!imported.ok) throw new Error("the test recipe no longer imports");
      await addRecipes({ store: storage.store, clock: { now: () => new Date() } }, [
        imported.value,
      ]);
      await storage.close();

      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      const server = await startClaypot({
        DATABASE_URL: databaseUrl,
        CLAYPOT_ANONYMOUS_IMPORTS: "on",
      });
      try {
        expect((await fetch(`${server.url}/api/recipes/barley-broth`)).status).toBe(200);
        const refused = await importText(server.url, "Pearl Barley Risotto");
        expect(refused.status).toBe(503);
        expect(((await refused.json()) as { code: string }).code).toBe("STORAGE_READ_ONLY");
      } finally {
        await server.stop();
      }
      await admin.query(`alter database ${name} reset default_transaction_read_only`);

      const readOnly = await openStorage({ sqlitePath: ":memory:", databaseUrl, readOnly: true });
      try {
        await expect(
          addRecipes({ store: readOnly.store, clock: { now: () => new Date() } }, [
            { ...imported.value, title: "Pearl Barley Risotto", slug: "pearl-barley-risotto" },
          ]),
        ).rejects.toMatchObject({ issue: { code: "STORAGE_READ_ONLY" }, cause: { code: "25006" } });
      } finally {
        await readOnly.close();
      }
      expect(await storedTitles({ sqlitePath: ":memory:", databaseUrl })).toEqual(["Barley Broth"]);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
