// `npm run eval [-- --corpus DIR] [SUITE...]`: accuracy on evaluation data kept outside the
// repository; fails when a figure drops below its floor in eval/floors.json.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Metric, Suite } from "./metric.js";
import { cooklang } from "./suites/cooklang.js";
import { foundingPost } from "./suites/founding-post.js";
import { htmlImport } from "./suites/html-import.js";
import { ingredients } from "./suites/ingredients.js";
import { mealMaster } from "./suites/meal-master.js";
import { openRecipeFormat } from "./suites/open-recipe-format.js";
import { textImport } from "./suites/text-import.js";

const SUITES: Record<string, Suite> = {
  "founding-post": foundingPost,
  ingredients,
  "html-import": htmlImport,
  cooklang,
  "meal-master": mealMaster,
  "open-recipe-format": openRecipeFormat,
  "text-import": textImport,
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  options: { corpus: { type: "string", default: join(root, "..", "shared", "corpus") } },
  allowPositionals: true,
});
const corpus = resolve(values.corpus);
const shared = dirname(corpus);
if (!existsSync(corpus)) {
  console.error(`eval: no corpus at ${corpus}; pass --corpus DIR (the shared/corpus folder)`);
  process.exit(1);
}
const floors: Record<string, number> = JSON.parse(
  readFileSync(join(root, "eval", "floors.json"), "utf8"),
);
const chosen = positionals.length > 0 ? positionals : Object.keys(SUITES);

const metrics: Metric[] = [];
for (const name of chosen) {
  const suite = SUITES[name];
  if (!suite) {
    console.error(`eval: unknown suite "${name}"; suites: ${Object.keys(SUITES).join(", ")}`);
    process.exit(2);
  }
  metrics.push(...(await suite({ corpus, shared })));
}

let below = 0;
console.log("| metric | value | floor | |\n|---|---|---|---|");
for (const m of metrics) {
  const floor = floors[m.id];
  const ok = floor === undefined || m.value >= floor - 1e-9;
  if (!ok) below++;
  const shown = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(
    `| ${m.label} | ${shown(m.value)} | ${floor === undefined ? "–" : shown(floor)} | ${ok ? "ok" : "BELOW FLOOR"} |`,
  );
}
for (const m of metrics)
  for (const miss of (m.misses ?? []).slice(0, 20)) console.log(`  ${m.id}: ${miss}`);
const missingFloors = metrics.filter((m) => floors[m.id] === undefined).map((m) => m.id);
if (missingFloors.length > 0) console.log(`(no floor yet: ${missingFloors.join(", ")})`);
console.log(
  below === 0 ? "eval: every figure at or above its floor" : `eval: ${below} figure(s) below floor`,
);
process.exit(below === 0 ? 0 : 1);
