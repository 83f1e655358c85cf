// Bundles the command line (and with it the server) into dist/claypot.js, dependencies left in
// node_modules; and the browser modules of src/web into dist/web, each named by a hash of its
// content (served as immutable) and listed in dist/web/manifest.json for the server to find.
// Runs on `npm install` (prepare) and before `npm start`.

import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

await build({
  entryPoints: ["src/main/claypot.ts"],
  outfile: "dist/claypot.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: true,
  // A young generation of 8 MB rather than V8's 32 MB: a server idles in ~20 MB less memory,
  // at no cost measured in pages per second (npm run bench -- pages memory).
  banner: { js: "#!/usr/bin/env -S node --max-semi-space-size=8" },
  logLevel: "warning",
});
chmodSync("dist/claypot.js", 0o755);

/** Browser entry points: name → source. Each page loads only the modules it names. */
const WEB_ENTRIES = {
  editor: "src/web/editor.ts",
  "cook-mode": "src/web/cook-mode.ts",
  "cook-worker": "src/web/cook-worker.ts",
  "cook-choices": "src/web/cook-choices.ts",
  "import-upload": "src/web/import-upload.ts",
};

rmSync("dist/web", { recursive: true, force: true });
mkdirSync("dist/web", { recursive: true });
const web = await build({
  entryPoints: WEB_ENTRIES,
  outdir: "dist/web",
  entryNames: "[name]-[hash]",
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2020",
  minify: true,
  metafile: true,
  logLevel: "warning",
});
const entries = {};
for (const [file, output] of Object.entries(web.metafile.outputs)) {
  const entry = Object.entries(WEB_ENTRIES).find(([, source]) => source === output.entryPoint);
  if (entry) entries[entry[0]] = basename(file);
  // Compressed once here, not at every server start (gzip -9 of the editor takes ~200 ms).
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
}
writeFileSync("dist/web/manifest.json", `${JSON.stringify({ entries }, null, 2)}\n`);
