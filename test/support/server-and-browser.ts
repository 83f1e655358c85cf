import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./launch-browser.js";
import { type RunningClaypot, startClaypot } from "./start-claypot.js";

export interface ServerAndBrowser {
  readonly server: RunningClaypot;
  readonly browser: Browser;
}

/** For a browser test file: the built server (`node scripts/build.mjs` first) on a fresh SQLite
 *  file, and Chromium, started before its tests and stopped after. Read the fields in tests. */
export function useServerAndBrowser(): ServerAndBrowser {
  let dir: string | undefined;
  const rig: { server?: RunningClaypot; browser?: Browser } = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "claypot-e2e-"));
    rig.server = await startClaypot({ DATABASE_PATH: join(dir, "claypot.db") });
    rig.browser = await launchBrowser();
  }, 30_000);
  afterAll(async () => {
    await rig.browser?.close();
    await rig.server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!rig.server) throw new Error("the server starts in beforeAll");
      return rig.server;
    },
    get browser() {
      if (!rig.browser) throw new Error("the browser starts in beforeAll");
      return rig.browser;
    },
  };
}
