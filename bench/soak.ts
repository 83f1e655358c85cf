// `npm run soak [-- --minutes N] [--size N] [--connections N] [--max-requests N] [--corpus DIR]`:
// the built server under a visitor's and a writer's mix of requests on loopback for N minutes,
// bounded in requests and time. Reports every error (target 0), resident memory growth after
// warm-up (target < 10%), and the database's integrity after the run; exits 1 when one misses.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeMarkdown } from "../src/importers/markdown/write-markdown.js";
import { openStorage } from "../src/storage/open-storage.js";
import { signUpClient, type TestClient } from "../test/support/http-client.js";
import { startClaypot } from "../test/support/start-claypot.js";
import { loadRecipes } from "./load-recipes.js";
import { createRecipeGenerator } from "./recipe-generator.js";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "1" },
    size: { type: "string", default: "2000" },
    connections: { type: "string", default: "8" },
    "max-requests": { type: "string", default: "1000000" },
    corpus: { type: "string" },
  },
});
const minutes = Number(values.minutes);
const size = Number(values.size);
const connections = Number(values.connections);
const maxRequests = Number(values["max-requests"]);
for (const [name, n] of Object.entries({ minutes, size, connections, maxRequests })) {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
}
const corpus = values.corpus ?? join(import.meta.dirname, "..", "..", "shared", "corpus");

/** Every kind of request, with its share of the mix and the statuses that count as answered. */
type Kind = "page" | "json" | "search" | "api-search" | "import" | "edit";
const MIX: ReadonlyArray<readonly [Kind, number]> = [
  ["page", 45],
  ["json", 10],
  ["search", 15],
  ["api-search", 10],
  ["import", 10],
  ["edit", 10],
];
const WORDS = ["chicken", "pork", "garlic", "rice", "cake", "soup", "lemon", "beef", "tofu", "egg"];

function rssMbOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]) / 1024;
}

const dir = mkdtempSync(join(tmpdir(), "claypot-soak-"));
const dbPath = join(dir, "claypot.db");
const gen = createRecipeGenerator(corpus);
const storage = await openStorage({ sqlitePath: dbPath });
await loadRecipes(storage, size, gen);
const slugs = (await storage.store.list({ limit: 200 })).map((r) => r.slug);
await storage.close();

const server = await startClaypot({ DATABASE_PATH: dbPath });
const remote = {
  request: (path: string, init?: RequestInit) =>
    fetch(server.url + path, { ...init, redirect: "manual" }),
};
const writer: TestClient = await signUpClient(remote, { email: "soak@example.com" });
const own: string[] = [];
const counts = new Map<string, number>();
const errors: string[] = [];
let sent = 0;
let imported = 0;
let importWindow = { start: 0, count: 0 };

function pick(): Kind {
  let roll = Math.random() * 100;
  for (const [kind, share] of MIX) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return "page";
}

const any = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

/** One request of `kind`; throws with what went wrong when its answer is not the expected one. */
async function one(kind: Kind, n: number): Promise<void> {
  // An import over the writer's budget becomes an edit, and is counted as one.
  if (kind !== "import") counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const expect = async (res: Response, status: number) => {
    await res.arrayBuffer();
    if (res.status !== status) throw new Error(`${kind}: ${res.status}, not ${status}`);
  };
  switch (kind) {
    case "page":
      return expect(await remote.request(`/recipes/${encodeURIComponent(any(slugs))}`), 200);
    case "json":
      return expect(await remote.request(`/api/recipes/${encodeURIComponent(any(slugs))}`), 200);
    case "search":
      return expect(await remote.request(`/search?q=${any(WORDS)}`), 200);
    case "api-search":
      return expect(await remote.request(`/api/search?q=${any(WORDS)}&sort=quickest`), 200);
    case "import": {
      // POST /api/imports allows 30 a minute from one address (a window from its first
      // request): the writer keeps to 25 in windows a little longer than the server's.
      const t = Date.now();
      if (t - importWindow.start > 61_000) importWindow = { start: t, count: 0 };
      if (importWindow.count >= 25) return one("edit", n);
      importWindow.count++;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const recipe = gen.recipe(size + n);
      const res = await writer.json("POST", "/api/imports", {
        text: writeMarkdown(recipe),
        visibility: "public",
      });
      if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`);
      own.push(((await res.json()) as { slug: string }).slug);
      imported++;
      return;
    }
    case "edit": {
      const slug = own.length > 0 ? any(own) : undefined;
      if (slug === undefined) return one("page", n);
      const found = await writer.request(`/api/recipes/${encodeURIComponent(slug)}`);
      const { recipe } = (await found.json()) as { recipe: { title: string } };
      const title = `${recipe.title.replace(/ \(edit \d+\)$/, "")} (edit ${n})`;
      return expect(await writer.json("PUT", `/api/recipes/${slug}`, { ...recipe, title }), 200);
    }
  }
}

const began = Date.now();
const deadline = began + minutes * 60_000;
const warmAt = began + Math.min(30_000, (minutes * 60_000) / 5);
let warmRss: number | undefined;
const samples: number[] = [];

async function worker(): Promise<void> {
  while (Date.now() < deadline && sent < maxRequests) {
    const n = sent++;
    const kind = pick();
    try {
      await one(kind, n);
    } catch (error) {
      errors.push(String(error instanceof Error ? error.message : error).slice(0, 300));
    }
    if (warmRss === undefined && Date.now() >= warmAt) warmRss = rssMbOf(server.process.pid!);
  }
}

const sampler = setInterval(() => samples.push(rssMbOf(server.process.pid!)), 5_000);
await Promise.all(Array.from({ length: connections }, worker));
clearInterval(sampler);
await new Promise((resolve) => setTimeout(resolve, 2_000));
const endRss = rssMbOf(server.process.pid!);
const seconds = (Date.now() - began) / 1000;
await server.stop();

const check = await openStorage({ sqlitePath: dbPath });
const problems = await check.dialect.checkIntegrity(check.db);
let missing = 0;
for (const slug of own) if (!(await check.store.findBySlug(slug))) missing++;
await check.close();
rmSync(dir, { recursive: true, force: true });

const warm = warmRss ?? samples[0] ?? endRss;
const growth = (endRss - warm) / warm;
console.log(`soak: ${sent.toLocaleString("en")} requests in ${seconds.toFixed(0)} s`);
console.log(`  mix: ${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`  ${(sent / seconds).toFixed(0)} requests/s over ${connections} connections`);
console.log(`  errors: ${errors.length} (target 0)`);
for (const e of [...new Set(errors)].slice(0, 10)) console.log(`    ${e}`);
console.log(
  `  RSS: ${warm.toFixed(1)} MB after warm-up, ${endRss.toFixed(1)} MB at the end: ` +
    `${(growth * 100).toFixed(1)}% growth (target < 10%); peak ${Math.max(...samples, endRss).toFixed(1)} MB`,
);
console.log(
  `  imported ${imported}, ${missing} of them missing after the run; database integrity: ` +
    (problems.length === 0 ? "ok" : problems.join("; ")),
);
const passed = errors.length === 0 && growth < 0.1 && problems.length === 0 && missing === 0;
process.exitCode = passed ? 0 : 1;
