import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipes } from "../../src/app/add-recipes.js";
import { importRecipe } from "../../src/app/import-recipe.js";
import type { Recipe } from "../../src/domain/recipe.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { CLAYPOT_BIN, ROOT, type RunningClaypot, startClaypot } from "../support/start-claypot.js";

/** A real full disk: the database lives on an 8 MB tmpfs, and a filler file takes the rest.
 *  A write then fails with SQLite's SQLITE_FULL, which must reach people as STORAGE_FULL (507 in
 *  the API, a readable page for a form, exit status 3 from the command line), while reads go on,
 *  nothing stored before is harmed, and writes work again once space is freed. */

let dir: string;
let mount: string;
let dbPath: string;
let filler: string;
let server: RunningClaypot | undefined;
const mounts: string[] = [];

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `'${command} ${args.join(" ")}' failed: ${result.stderr || result.error?.message}. ` +
        "The disk-full tests mount a small tmpfs to fill: run them as root (CAP_SYS_ADMIN).",
    );
  }
}

/** Writes a file until the filesystem has not one byte left. */
function fillDisk(path: string) {
  const fd = openSync(path, "w");
  try {
    for (const size of [1 << 16, 512]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

const recipe = (title: string) =>
  `${title}\n\nIngredients\n- 2 cups lentils\n- 1 onion\n\nMethod\n1. Rinse the lentils.\n` +
  "2. Simmer for 25 minutes.\n";

const importText = (title: string) =>
  fetch(`${server!.url}/api/imports`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: recipe(title) }),
  });

/** `claypot import FILE` as a user runs it beside the server. */
function cliImport(title: string): Promise<{ code: number | null; stderr: string }> {
  const file = join(dir, `${title.replaceAll(" ", "-")}.txt`);
  writeFileSync(file, recipe(title));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLAYPOT_BIN, "import", file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: dbPath },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claypot-fault-full-"));
  mount = join(dir, "disk");
  mkdirSync(mount);
  run("mount", ["-t", "tmpfs", "-o", "size=8m,mode=0755", "claypot-full", mount]);
  mounts.push(mount);
  dbPath = join(mount, "claypot.db");
  filler = join(mount, "filler");
  server = await startClaypot({ DATABASE_PATH: dbPath, CLAYPOT_ANONYMOUS_IMPORTS: "on" });
});

afterAll(async () => {
  await server?.stop();
  for (const m of mounts) run("umount", [m]);
  rmSync(dir, { recursive: true, force: true });
});

describe("a full disk under the SQLite database", () => {
  it("refuses writes with STORAGE_FULL everywhere, keeps reads, and recovers", async () => {
    const before: string[] = [];
    for (const title of ["Red Lentil Dal", "Green Lentil Soup", "Brown Lentil Salad"]) {
      const res = await importText(title);
      expect(res.status).toBe(201);
      before.push(((await res.json()) as { slug: string }).slug);
    }
    fillDisk(filler);

    const refused = await importText("Yellow Lentil Stew");
    expect(refused.status).toBe(507);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await refused.json()) as { code: string; title: string };
    expect(problem.code).toBe("STORAGE_FULL");
    expect(problem.title).toMatch(/disk is full.*nothing was saved/);

    // A page's form (sign-up writes a user) gets a page that says what happened.
    const session = await fetch(`${server!.url}/api/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const form = await fetch(`${server!.url}/sign-up`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: session.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        _csrf: csrfToken,
        email: "cook@example.org",
        password: "a long enough password",
        name: "Cook",
      }),
    });
    expect(form.status).toBe(507);
    expect(form.headers.get("content-type")).toContain("text/html");
    expect(await form.text()).toContain("disk is full, so nothing was saved");

    for (const slug of before) {
      const read = await fetch(`${server!.url}/api/recipes/${slug}`);
      expect(read.status, slug).toBe(200);
    }
    expect((await fetch(`${server!.url}/`)).status).toBe(200);

    const cli = await cliImport("Black Lentil Curry");
    expect(cli.code).toBe(3);
    expect(cli.stderr).toMatch(/^claypot: STORAGE_FULL: The database's disk is full/m);

    unlinkSync(filler);
    expect((await importText("Yellow Lentil Stew")).status).toBe(201);
    expect((await cliImport("Black Lentil Curry")).code).toBe(0);
    await server!.stop();

    const storage = await openStorage({ sqlitePath: dbPath });
    try {
      expect(await storage.dialect.checkIntegrity(storage.db)).toEqual([]);
      const stored = await storage.store.listStored({ limit: 100 });
      // The seed, three before, two after: nothing of the refused writes, nothing lost.
      expect(stored.map((s) => s.recipe.title).sort()).toEqual([
        "Black Lentil Curry",
        "Brown Lentil Salad",
        "Green Lentil Soup",
        "Red Lentil Dal",
        "Vietnamese Caramelised Pork Mince Stir Fry",
        "Yellow Lentil Stew",
      ]);
      const users = await storage.db.selectFrom("users").select("email").execute();
      expect(users).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});

const lentils = (n: number): Recipe => {
  const imported = importRecipe({ bytes: Buffer.from(recipe(`Lentil Bake ${n}`)), format: "text" });
  if (!imported.ok) throw new Error("the test recipe no longer imports");
  return imported.value;
};

describe("a full disk under PostgreSQL's tablespace", () => {
  it("refuses writes with STORAGE_FULL (SQLSTATE 53100), keeps reads, and recovers", async () => {
    const name = `claypot_full_${process.pid}`;
    const disk = join(dir, "pg-disk");
    mkdirSync(disk);
    chmodSync(dir, 0o711); // The server runs as postgres: it must get through to its tablespace.
    const owner = ["-u", "-g"].map((flag) => spawnSync("id", [flag, "postgres"]).stdout.toString());
    const [uid, gid] = owner.map((id) => id.trim());
    run("mount", ["-t", "tmpfs", "-o", `size=16m,mode=0700,uid=${uid},gid=${gid}`, name, disk]);
    mounts.push(disk);
    const admin = new pg.Client({ connectionString: inject("postgresUrl") });
    await admin.connect();
    const url = new URL(inject("postgresUrl"));
    url.pathname = `/${name}`;
    try {
      await admin.query(`create tablespace ${name} location '${disk}'`).catch((error) => {
        throw new Error(
          `this test puts a tablespace on a local tmpfs, so it needs the test run's own ` +
            `PostgreSQL server on this machine (not a remote CLAYPOT_TEST_DATABASE_URL): ${error}`,
        );
      });
      await admin.query(`create database ${name} tablespace ${name}`);
      const storage = await openStorage({ sqlitePath: ":memory:", databaseUrl: url.toString() });
      const deps = { store: storage.store, clock: { now: () => new Date() } };
      try {
        const [kept] = await addRecipes(deps, [lentils(0)]);
        fillDisk(join(disk, "filler"));
        let refusal: unknown;
        let added = 1;
        for (let n = 1; n <= 400 && refusal === undefined; n += 20) {
          const batch = Array.from({ length: 20 }, (_, k) => lentils(n + k));
          await addRecipes(deps, batch).then(
            () => {
              added += batch.length;
            },
            (error: unknown) => {
              refusal = error;
            },
          );
        }
        expect(refusal).toMatchObject({
          name: "StorageFailure",
          issue: { code: "STORAGE_FULL" },
          cause: { code: "53100" },
        });
        expect(kept?.kind).toBe("created");
        expect((await storage.store.findBySlug("lentil-bake-0"))?.recipe.title).toBe(
          "Lentil Bake 0",
        );
        unlinkSync(join(disk, "filler"));
        const [after] = await addRecipes(deps, [lentils(1_000)]);
        expect(after?.kind).toBe("created");
        // The refused batch is kept whole or not at all: exactly the batches that were answered
        // are stored, and the one after the disk was freed.
        const stored = await storage.store.listStored({ limit: 1_000 });
        expect(stored.length).toBe(added + 1);
        expect(stored.map((s) => s.recipe.title)).toContain("Lentil Bake 1000");
        expect(await storage.dialect.checkIntegrity(storage.db)).toEqual([]);
      } finally {
        await storage.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`drop tablespace if exists ${name}`);
      await admin.end();
    }
  });
});
