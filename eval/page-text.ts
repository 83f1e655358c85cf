import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "../test/support/launch-browser.js";

/** A page's visible text as a reader copies it: `document.body.innerText` in Debian's
 *  Chromium, with the page's scripts off and every request refused (no network, and the same
 *  text on every run). Cached by the page's hash outside the repository, since the corpus is
 *  third-party data: CLAYPOT_EVAL_CACHE or ~/.cache/claypot/page-text. */

const VERSION = "innerText-v1";

export function pageTextCacheDir(): string {
  return process.env.CLAYPOT_EVAL_CACHE ?? join(homedir(), ".cache", "claypot", "page-text");
}

const keyOf = (html: Buffer) =>
  createHash("sha256").update(VERSION).update(html).digest("hex").slice(0, 32);

/** The visible text of each page (by path), reading Chromium only for pages not cached. */
export async function readPageTexts(paths: readonly string[]): Promise<Map<string, string>> {
  const dir = pageTextCacheDir();
  mkdirSync(dir, { recursive: true });
  const texts = new Map<string, string>();
  const missing: { path: string; html: Buffer; file: string }[] = [];
  for (const path of paths) {
    const html = readFileSync(path);
    const file = join(dir, `${keyOf(html)}.txt`);
    if (existsSync(file)) texts.set(path, readFileSync(file, "utf8"));
    else missing.push({ path, html, file });
  }
  if (missing.length === 0) return texts;
  process.stderr.write(`eval: reading the visible text of ${missing.length} pages in Chromium…\n`);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    await context.route("**/*", (route) => route.abort());
    const work = async (queue: typeof missing) => {
      const page = await context.newPage();
      for (let next = queue.shift(); next; next = queue.shift()) {
        await page.setContent(next.html.toString("utf8"), {
          waitUntil: "domcontentloaded",
          timeout: 60_000,
        });
        const text = await page.evaluate(() => document.body?.innerText ?? "");
        writeFileSync(next.file, text);
        texts.set(next.path, text);
      }
      await page.close();
    };
    const queue = [...missing];
    await Promise.all([work(queue), work(queue)]);
  } finally {
    await browser.close();
  }
  return texts;
}
