// `npm test`: everything a change must pass, in the order that fails fastest.
// Installs what the tests need (Debian's Chromium) when it is missing and it can; otherwise
// stops with a message saying what to install. Nothing is skipped silently.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(label, command, args, options = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `✗ The browser tests need Chromium at ${CHROMIUM}.\n` +
        "  Install Debian's package: sudo apt-get install -y chromium\n" +
        "  (or set CHROMIUM_PATH to a Chromium binary).",
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("install Chromium (apt-get update)", "apt-get", ["update", "-qq"], { env });
  run(
    "install Chromium (apt-get install chromium)",
    "apt-get",
    ["install", "-y", "-qq", "chromium"],
    { env },
  );
}

const bin = (name) => join("node_modules", ".bin", name);

ensureChromium();
run("build", process.execPath, ["scripts/build.mjs"]);
run("lint and format (biome)", bin("biome"), ["check", "."]);
// TypeScript 7 checks types; the "typescript" package (5.x) is only the parser tools load.
run("types (TypeScript 7, tsc --noEmit)", process.execPath, [
  join("node_modules", "typescript7", "bin", "tsc"),
  "--noEmit",
  "-p",
  "tsconfig.json",
]);
run("layers (dependency-cruiser)", bin("depcruise"), [
  "src",
  "--config",
  ".dependency-cruiser.cjs",
]);

const report = join(mkdtempSync(join(tmpdir(), "claypot-vitest-")), "report.json");
process.stdout.write("\n▶ tests (vitest)\n");
const tests = spawnSync(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + (summary.numTotalTestSuites === 0 ? 1 : 0);
  if (summary.numPendingTests + summary.numTodoTests > 0) {
    console.error(
      `✗ ${summary.numPendingTests + summary.numTodoTests} tests were skipped; none may be`,
    );
    failed++;
  }
}
if (tests.status !== 0 && failed === 0) failed = 1;
// The plain closing line CI reads, whatever the runner.
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
