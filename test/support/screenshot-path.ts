import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./start-claypot.js";

/** Where a browser test saves a README picture: docs/ when asked to refresh them
 *  (`CLAYPOT_SCREENSHOTS=update npm test`), else a temporary folder, so that a plain test run
 *  leaves the checkout as it found it (Chromium's pixels differ a little from run to run). */
export function screenshotPath(name: string): string {
  const dir = process.env.CLAYPOT_SCREENSHOTS === "update" ? join(ROOT, "docs") : tmpdir();
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
