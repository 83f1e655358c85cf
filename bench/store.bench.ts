import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import MiniSearch from "minisearch";
import pg from "pg";
import type { SearchQuery } from "../src/app/ports.js";
import type { Recipe } from "../src/domain/recipe.js";
import { openStorage, type Storage } from "../src/storage/open-storage.js";
import { startPostgres } from "../test/support/postgres-server.js";
import type { BenchOptions } from "./bench-options.js";
import type { BenchRow } from "./bench-row.js";
import { loadRecipes as load } from "./load-recipes.js";
import { createRecipeGenerator } from "./recipe-generator.js";

const BATCH = 500;
const QUERIES = 300;
const MINI_SEARCH_MAX = 200_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await run();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

async function latencies(queries: (() => Promise<unknown>)[]): Promise<Latency> {
  for (const q of queries.slice(0, 20)) await q(); // warm caches and the JIT
  const ms: number[] = [];
  for (const q of queries) ms.push((await time(q))[1]);
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) };
}

type Generator = ReturnType<typeof createRecipeGenerator>;

/** The same queries for every database: one list per kind, drawn once, in a visitor's scope. */
function queryPlan(gen: Generator) {
  // Searched as an anonymous visitor is: public recipes only, as the site's pages ask.
  const base = {
    limit: 20,
    sort: "relevance" as const,
    scope: { kind: "some" as const, ownerIds: [] },
  };
  const kinds: Record<string, SearchQuery[]> = {
    text: [],
    ingredient: [],
    filtered: [],
    paged: [],
  };
  for (let i = 0; i < QUERIES; i++) {
    kinds.text!.push({ ...base, text: gen.queryWords() });
    kinds.ingredient!.push({ ...base, foods: gen.queryFoods() });
    kinds.filtered!.push({
      ...base,
      sort: "quickest",
      cuisine: gen.cuisine(),
      maxTotalSeconds: 3600,
    });
    kinds.paged!.push({ ...base, sort: "newest" });
  }
  return kinds;
}

async function measure(storage: Storage, plan: Record<string, SearchQuery[]>) {
  const out: Record<string, Latency> = {};
  for (const [kind, queries] of Object.entries(plan)) {
    out[kind] = await latencies(
      queries.map((q) => async () => {
        if (kind !== "paged") return storage.store.search(q);
        // The fifth page of the newest recipes: keyset paging, not OFFSET.
        let after: SearchQuery["after"];
        for (let page = 0; page < 5; page++) {
          const hits = await storage.store.search({ ...q, ...(after && { after }) });
          const last = hits.at(-1);
          if (!last) break;
          after = { key: last.key, id: Number(last.id) };
        }
      }),
    );
  }
  return out;
}

/** The floor of storing: the same documents as plain JSON rows in a bare better-sqlite3 table. */
function rawSqliteInsertRate(dir: string, size: number, gen: Generator): number {
  const db = new SQLite(join(dir, "raw.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table docs (id integer primary key, slug text unique, document text)");
  const insert = db.prepare("insert into docs (slug, document) values (?, ?)");
  const many = db.transaction((rows: Recipe[]) => {
    for (const r of rows) insert.run(r.slug, JSON.stringify(r));
  });
  let elapsed = 0;
  for (let start = 0; start < size; start += BATCH) {
    const rows: Recipe[] = [];
    for (let i = start; i < Math.min(size, start + BATCH); i++) rows.push(gen.recipe(i));
    const t = performance.now();
    many(rows);
    elapsed += performance.now() - t;
  }
  db.close();
  return (size * 1000) / elapsed;
}

/** MiniSearch, an npm full-text engine held in memory, over the same recipes and words. */
async function miniSearchText(size: number, gen: Generator, plan: SearchQuery[]): Promise<Latency> {
  const index = new MiniSearch<{ id: number; title: string; ingredients: string; steps: string }>({
    fields: ["title", "ingredients", "steps"],
    searchOptions: { boost: { title: 10, ingredients: 4 }, prefix: true },
  });
  for (let i = 0; i < size; i++) {
    const r = gen.recipe(i);
    index.add({
      id: i,
      title: r.title,
      ingredients: r.ingredientGroups.flatMap((g) => g.ingredients.map((x) => x.text)).join(" "),
      steps: r.stepGroups.flatMap((g) => g.steps.map((s) => s.text)).join(" "),
    });
  }
  return latencies(plan.map((q) => async () => index.search(q.text ?? "").slice(0, 20)));
}

const ms = (l: Latency) =>
  `p50/p95/p99 ${l.p50.toFixed(2)}/${l.p95.toFixed(2)}/${l.p99.toFixed(2)} ms`;

export async function storeBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.size;
  const gen = createRecipeGenerator(options.corpus);
  const plan = queryPlan(gen);
  const dir = mkdtempSync(join(tmpdir(), "claypot-store-bench-"));
  const server = await startPostgres();
  const rows: BenchRow[] = [];
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("create database claypot_bench");
    await admin.end();
    const results: Record<string, { insert: number; search: Record<string, Latency> }> = {};
    for (const dialect of ["sqlite", "postgres"] as const) {
      const storage = await openStorage({
        sqlitePath: join(dir, "claypot.db"),
        ...(dialect === "postgres" && {
          databaseUrl: server.url.replace(/\/postgres$/, "/claypot_bench"),
        }),
      });
      try {
        const insert = await load(storage, size, gen);
        if (dialect === "postgres")
          await storage.db.executeQuery({ sql: "analyze", parameters: [] } as never);
        results[dialect] = { insert, search: await measure(storage, plan) };
        // Said as soon as known: the whole run takes most of an hour at 1,000,000 recipes.
        console.error(`store, ${dialect}: ${JSON.stringify(results[dialect])}`);
      } finally {
        await storage.close();
      }
    }
    const raw = rawSqliteInsertRate(dir, size, gen);
    const sqlite = results.sqlite!;
    const postgres = results.postgres!;
    // MiniSearch holds its index in the JavaScript heap, which 1,000,000 recipes overflow: past
    // MINI_SEARCH_MAX, text search stands beside PostgreSQL's, as the other kinds do.
    const mini =
      size <= MINI_SEARCH_MAX
        ? { name: "MiniSearch in memory", latency: await miniSearchText(size, gen, plan.text!) }
        : { name: "the same on PostgreSQL", latency: postgres.search.text! };
    const label = `${size.toLocaleString("en")} recipes`;
    rows.push(
      {
        bench: "store",
        case: `insert, SQLite, ${label}`,
        unit: "recipes/s",
        ours: sqlite.insert,
        peer: raw,
        peerName: "bare better-sqlite3 JSON rows, no index",
      },
      {
        bench: "store",
        case: `insert, PostgreSQL, ${label}`,
        unit: "recipes/s",
        ours: postgres.insert,
        peer: raw,
        peerName: "bare better-sqlite3 JSON rows, no index",
      },
      {
        bench: "store",
        case: `text search p95, SQLite, ${label}`,
        unit: "ms",
        ours: sqlite.search.text!.p95,
        peer: mini.latency.p95,
        peerName: mini.name,
        notes: `ours ${ms(sqlite.search.text!)}; ${mini.name} ${ms(mini.latency)}`,
      },
      {
        bench: "store",
        case: `text search p95, PostgreSQL, ${label}`,
        unit: "ms",
        ours: postgres.search.text!.p95,
        ...(size <= MINI_SEARCH_MAX
          ? { peer: mini.latency.p95, peerName: mini.name }
          : { peer: sqlite.search.text!.p95, peerName: "the same on SQLite" }),
        notes: ms(postgres.search.text!),
      },
    );
    for (const kind of ["ingredient", "filtered", "paged"] as const) {
      rows.push({
        bench: "store",
        case: `${kind} search p95, SQLite, ${label}`,
        unit: "ms",
        ours: sqlite.search[kind]!.p95,
        peer: postgres.search[kind]!.p95,
        peerName: "the same on PostgreSQL",
        notes: `SQLite ${ms(sqlite.search[kind]!)}; PostgreSQL ${ms(postgres.search[kind]!)}`,
      });
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
