// Lighthouse 12 (mobile settings) on the built app's home, search and recipe pages, over a fresh
// SQLite database holding the founding recipe: prints the four scores and the bytes transferred.
// Run through `npm run audit:pages` (which builds first). CHROMIUM_PATH overrides the browser.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const PAGES = [
  ["home", "/"],
  ["search", "/search?q=pork"],
  ["recipe", "/recipes/vietnamese-caramelised-pork-mince-stir-fry"],
];
const TARGET_RECIPE_BYTES = 40 * 1024;

/** Starts dist/claypot.js as `npm start` does, on a free port, and waits for its address. */
function startServer(databasePath) {
  const child = spawn(process.execPath, [join(ROOT, "dist/claypot.js"), "serve"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_PATH: databasePath },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 20 s:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop: () => child.kill("SIGTERM") });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`claypot exited with ${code}:\n${output}`)));
  });
}

/** Transferred bytes of every request, and of all but images. */
function bytesOf(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  const total = items.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const withoutImages = items
    .filter((r) => r.resourceType !== "Image")
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return { total, withoutImages, requests: items.length };
}

/** What kept a category below 100: the failing audits that weigh on it. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.score})${a.displayValue ? `: ${a.displayValue}` : ""}`);
}

const dir = mkdtempSync(join(tmpdir(), "claypot-audit-"));
const server = await startServer(join(dir, "claypot.db"));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
  ],
});
const rows = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    const lhr = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
    );
    const blocking = (lhr.audits["render-blocking-resources"]?.details?.items ?? []).map(
      (i) => i.url,
    );
    const scripts = blocking.filter((url) => /\.m?js(\?|$)/.test(url));
    rows.push({ name, path, scores, bytes: bytesOf(lhr), blocking, scripts, lhr });
  }
} finally {
  await chrome.kill();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `Lighthouse ${rows[0]?.lhr.lighthouseVersion} · mobile (default config) · ${CHROMIUM}\n`,
);
console.log(
  "page     perf  a11y  best   seo   bytes  bytes w/o images  requests  render-blocking scripts",
);
for (const { name, scores, bytes, scripts } of rows) {
  const cells = [
    name.padEnd(7),
    ...CATEGORIES.map((c) => String(scores[c]).padStart(5)),
    String(bytes.total).padStart(7),
    String(bytes.withoutImages).padStart(17),
    String(bytes.requests).padStart(9),
    String(scripts.length).padStart(24),
  ];
  console.log(cells.join(" "));
}
let failed = false;
for (const { name, scores, lhr, blocking } of rows) {
  for (const c of CATEGORIES) {
    if (scores[c] < 100) {
      failed = true;
      console.log(
        `\n${name} ${c} ${scores[c]}: ${shortfalls(lhr, c).join("; ") || "(no single audit)"}`,
      );
    }
  }
  if (blocking.length > 0) console.log(`${name}: render-blocking: ${blocking.join(", ")}`);
}
const recipe = rows.find((r) => r.name === "recipe");
if (recipe && recipe.bytes.withoutImages > TARGET_RECIPE_BYTES) {
  failed = true;
  console.log(
    `\nrecipe page: ${recipe.bytes.withoutImages} B without images, over ${TARGET_RECIPE_BYTES}`,
  );
}
if (recipe && recipe.scripts.length > 0) failed = true;
console.log(failed ? "\nbelow target (see above)" : "\nall targets met");
process.exitCode = failed ? 1 : 0;
