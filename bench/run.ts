// `npm run bench [-- NAME...] [--seconds N] [--size N] [--million] [--corpus DIR]`: every benchmark, each figure beside a peer's
// measured in the same run; writes bench/results/latest.json and latest.md.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { BenchOptions } from "./bench-options.js";
import type { BenchRow } from "./bench-row.js";
import { htmlImportBench } from "./html-import.bench.js";
import { ingredientsBench } from "./ingredients.bench.js";
import { memoryStartBench } from "./memory-start.bench.js";
import { pagesBench } from "./pages.bench.js";
import { storeBench } from "./store.bench.js";

const BENCHES: Record<string, (o: BenchOptions) => Promise<BenchRow[]>> = {
  pages: pagesBench,
  ingredients: ingredientsBench,
  store: storeBench,
  "html-import": htmlImportBench,
  memory: memoryStartBench,
};

const { values, positionals } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    size: { type: "string", default: "100000" },
    million: { type: "boolean", default: false },
    corpus: { type: "string" },
  },
  allowPositionals: true,
});
const seconds = Number(values.seconds);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = values.corpus ?? join(root, "..", "shared", "corpus");
const options: BenchOptions = {
  seconds,
  size: values.million ? 1_000_000 : Number(values.size),
  ...(existsSync(corpus) && { corpus }),
};
const chosen = positionals.length > 0 ? positionals : Object.keys(BENCHES);
for (const name of chosen) {
  if (!BENCHES[name]) {
    console.error(`bench: unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(", ")}`);
    process.exit(2);
  }
}

execSync("node scripts/build.mjs", { cwd: root, stdio: "inherit" });
const rows: BenchRow[] = [];
const failed: string[] = [];
for (const name of chosen) {
  try {
    rows.push(...(await BENCHES[name]!(options)));
  } catch (error) {
    // One benchmark failing (a peer that will not start) still reports the others.
    console.error(`bench: ${name} failed:`, error);
    failed.push(name);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en") : n.toFixed(2));
const tableOf = (list: readonly BenchRow[]) =>
  [
    "| bench | case | ours | peer | ours/peer | notes |",
    "|---|---|---|---|---|---|",
    ...list.map(
      (r) =>
        `| ${r.bench} | ${r.case} | ${fmt(r.ours)} ${r.unit} | ${fmt(r.peer)} ${r.unit} (${r.peerName}) | ${(r.ours / r.peer).toFixed(2)} | ${r.notes ?? ""} |`,
    ),
  ].join("\n");
console.log(`\n${tableOf(rows)}\n\nmachine: ${machine}`);

// latest.* keep every benchmark's last rows: a run of some replaces only theirs.
const results = join(root, "bench", "results");
mkdirSync(results, { recursive: true });
const latestPath = join(results, "latest.json");
const before = existsSync(latestPath)
  ? ((JSON.parse(readFileSync(latestPath, "utf8")) as { rows?: BenchRow[] }).rows ?? [])
  : [];
const ran = new Set(rows.map((r) => r.bench));
const merged = [...before.filter((r) => !ran.has(r.bench)), ...rows].sort(
  (a, b) => Object.keys(BENCHES).indexOf(a.bench) - Object.keys(BENCHES).indexOf(b.bench),
);
writeFileSync(
  latestPath,
  `${JSON.stringify({ date: new Date().toISOString(), machine, seconds, rows: merged }, null, 2)}\n`,
);
writeFileSync(join(results, "latest.md"), `${tableOf(merged)}\n\nmachine: ${machine}\n`);
if (failed.length > 0) {
  console.error(`bench: failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
