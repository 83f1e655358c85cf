import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStorage } from "../src/storage/open-storage.js";
import { CLAYPOT_BIN, ROOT } from "../test/support/start-claypot.js";
import type { BenchOptions } from "./bench-options.js";
import type { BenchRow } from "./bench-row.js";
import { loadRecipes } from "./load-recipes.js";
import { createRecipeGenerator } from "./recipe-generator.js";

interface Measured {
  readonly startMs: number;
  readonly rssMb: number;
}

const rssMbOf = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
};

/** Spawns a server, times it to its first 200 on "/", reads a few pages as a visitor would,
 *  lets it idle, then reads its resident memory. */
async function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  paths: string[],
) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const began = process.hrtime.bigint();
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    let startMs = Number.NaN;
    for (let tries = 0; tries < 3000 && Number.isNaN(startMs); tries++) {
      const ok = await fetch(`${base}/`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) startMs = Number(process.hrtime.bigint() - began) / 1e6;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (Number.isNaN(startMs)) throw new Error(`${args.join(" ")}: no answer on ${base}`);
    for (let round = 0; round < 20; round++) {
      for (const path of paths) {
        const res = await fetch(base + path);
        if (res.status !== 200) throw new Error(`${base}${path}: ${res.status}`);
        await res.arrayBuffer();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { startMs, rssMb: rssMbOf(child.pid!) } satisfies Measured;
  } finally {
    child.kill("SIGKILL");
  }
}

/** Start-up to first response and idle memory with `size` recipes, beside the barest server
 *  over the same file (bench/bare-recipe-server.ts: what Node and the driver cost alone). */
export async function memoryStartBench(options: BenchOptions): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "claypot-memory-"));
  const dbPath = join(dir, "claypot.db");
  const gen = createRecipeGenerator(options.corpus);
  try {
    const storage = await openStorage({ sqlitePath: dbPath });
    await loadRecipes(storage, options.size, gen);
    const some = await storage.store.list({ limit: 4 });
    await storage.close();
    const slugs = some.map((r) => `/recipes/${encodeURIComponent(r.slug)}`);
    const ours = await measure(CLAYPOT_BIN, ["serve"], { DATABASE_PATH: dbPath }, [
      ...slugs,
      "/search?q=chicken",
      "/api/recipes",
    ]);
    const bare = await measure(
      process.execPath,
      [join(ROOT, "bench", "bare-recipe-server.mjs"), dbPath],
      {},
      slugs,
    );
    const size = options.size.toLocaleString("en");
    const peerName = "node:http + better-sqlite3, no framework";
    return [
      {
        bench: "memory",
        case: `start-up to first page, ${size} recipes`,
        unit: "ms",
        ours: ours.startMs,
        peer: bare.startMs,
        peerName,
        notes: "lower is better; target < 1,000 ms",
      },
      {
        bench: "memory",
        case: `idle RSS after serving, ${size} recipes`,
        unit: "MB",
        ours: ours.rssMb,
        peer: bare.rssMb,
        peerName,
        notes: "lower is better; target <= 120 MB",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
