import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStorage } from "../../src/storage/open-storage.js";
import { CLAYPOT_BIN, ROOT } from "../support/start-claypot.js";

const TOTAL = 3000;
const BATCH = 200;
let dir: string;
let posts: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claypot-kill-"));
  posts = join(dir, "posts");
  dbPath = join(dir, "claypot.db");
  mkdirSync(posts);
  for (let n = 1; n <= TOTAL; n++) {
    writeFileSync(
      join(posts, `dish-${String(n).padStart(5, "0")}.txt`),
      `Kitchen Dish Number ${n}\n\nIngredients\n- ${n} g rice\n- ${(n % 7) + 1} eggs\n\n` +
        `Method\n1. Cook the rice for ${(n % 30) + 5} minutes.\n2. Fry the eggs until set.\n`,
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `claypot import` on the folder; with `killEarly`, SIGKILLs it as soon as it has
 *  printed anything (a batch is then committed and the next is being written). */
function runImport(killEarly: boolean): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLAYPOT_BIN, "import", posts], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: dbPath },
      stdio: ["ignore", "pipe", "ignore"],
    });
    child.stdout.on("data", () => {
      if (killEarly) child.kill("SIGKILL");
    });
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

async function inspect() {
  const storage = await openStorage({ sqlitePath: dbPath });
  try {
    const problems = await storage.dialect.checkIntegrity(storage.db);
    const count = await storage.store.count();
    const { rows } = await sql<{ n: number }>`select count(*) as n from recipes_fts
      where recipes_fts match 'kitchen'`.execute(storage.db);
    let whole = 0;
    for (let after: string | undefined; ; ) {
      const page = await storage.store.list({ limit: 500, ...(after !== undefined && { after }) });
      if (page.length === 0) break;
      after = page.at(-1)?.id;
      for (const r of page) {
        const stored = await storage.store.findBySlug(r.slug);
        if (stored && stored.recipe.stepGroups[0]?.steps.length === 2) whole++;
      }
    }
    return { problems, count, indexed: Number(rows[0]?.n), whole };
  } finally {
    await storage.close();
  }
}

describe("a bulk import killed mid-way", () => {
  it("leaves a sound database with whole recipes, and a rerun completes it", async () => {
    const killed = await runImport(true);
    expect(killed.signal).toBe("SIGKILL");
    const after = await inspect();
    expect(after.problems).toEqual([]);
    expect(after.count).toBeGreaterThan(0);
    expect(after.count).toBeLessThan(TOTAL);
    expect(after.count % BATCH).toBe(0);
    expect(after.indexed).toBe(after.count);
    expect(after.whole).toBe(after.count);

    const rerun = await runImport(false);
    expect(rerun.code).toBe(0);
    const done = await inspect();
    expect(done).toEqual({ problems: [], count: TOTAL, indexed: TOTAL, whole: TOTAL });
  }, 120_000);
});
