import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { WebAssets } from "../http/web-assets.js";

const MANIFEST = join("dist", "web", "manifest.json");
const Manifest = z.object({
  entries: z.record(z.string(), z.string().regex(/^[A-Za-z0-9_-]+\.js$/)),
});

/** The browser modules scripts/build.mjs wrote, found by walking up from this module (src/main
 *  from source, dist when bundled). Undefined when there is no build: the pages then work
 *  without their scripts, as they must anyway. */
export function readWebAssets(from: string = import.meta.url): WebAssets | undefined {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const path = join(dir, MANIFEST);
    if (existsSync(path)) {
      const manifest = Manifest.parse(JSON.parse(readFileSync(path, "utf8")));
      const files = new Map<string, Uint8Array>();
      const gzipped = new Map<string, Uint8Array>();
      for (const file of Object.values(manifest.entries)) {
        const at = join(dirname(path), file);
        files.set(file, readFileSync(at));
        if (existsSync(`${at}.gz`)) gzipped.set(file, readFileSync(`${at}.gz`));
      }
      return { entries: manifest.entries, files, gzipped };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
