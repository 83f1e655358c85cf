// Bundles the command line (and with it the server) into dist/claypot.js; dependencies stay
// in node_modules. Runs on `npm install` (prepare) and before `npm start`.
import { chmodSync } from "node:fs";
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
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "warning",
});
chmodSync("dist/claypot.js", 0o755);
