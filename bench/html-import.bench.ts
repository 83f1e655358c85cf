import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { scrapeRecipe } from "recipe-scrapers";
import { importRecipe } from "../src/app/import-recipe.js";
import { validateRecipe } from "../src/domain/validate-recipe.js";
import { htmlImporter } from "../src/importers/html/import-html.js";
import type { BenchOptions } from "./bench-options.js";
import type { BenchRow } from "./bench-row.js";

/** HTML import, pages per second on one core (one thread, pages in turn), on the
 *  recipe-scrapers corpus, beside two npm scrapers reading the very same pages in the same run.
 *  Each engine reads the pages in the same order until it has read them all or its time is up;
 *  a page a peer throws on still counts as read. */

interface Page {
  readonly host: string;
  readonly html: string;
  readonly bytes: Uint8Array;
}

const require = createRequire(import.meta.url);
const jitl = require("@jitl/recipe-data-scraper") as {
  parse(html: string, options?: { url?: string }): unknown;
};

function loadPages(corpus: string): Page[] {
  const dir = join(corpus, "recipe-scrapers");
  const pages: Page[] = [];
  for (const host of readdirSync(dir, { withFileTypes: true })) {
    if (!host.isDirectory()) continue;
    for (const file of readdirSync(join(dir, host.name))) {
      if (!file.endsWith(".html")) continue;
      const bytes = readFileSync(join(dir, host.name, file));
      pages.push({ host: host.name, html: bytes.toString("utf8"), bytes });
    }
  }
  return pages;
}

async function measure(
  pages: readonly Page[],
  seconds: number,
  read: (page: Page) => unknown,
): Promise<{ perSecond: number; read: number }> {
  const started = performance.now();
  let count = 0;
  for (const page of pages) {
    try {
      await read(page);
    } catch {
      // A page a scraper gives up on costs its time all the same.
    }
    count++;
    if (performance.now() - started > seconds * 1000) break;
  }
  return { perSecond: count / ((performance.now() - started) / 1000), read: count };
}

export async function htmlImportBench(options: BenchOptions): Promise<BenchRow[]> {
  if (!options.corpus) throw new Error("html-import: no corpus (pass --corpus DIR)");
  const pages = loadPages(options.corpus);
  const budget = Math.max(options.seconds, 5) * 4;
  // Like the peers, ours is handed the decoded page: the HTML importer, then the model's checks.
  const ours = (page: Page) => {
    const imported = htmlImporter.importRecipe({ text: page.html });
    return imported.ok ? validateRecipe(imported.value) : imported;
  };
  // The whole use case besides: bytes decoded and checked, sniffed, imported, validated.
  const whole = (page: Page) =>
    importRecipe({ bytes: page.bytes, format: "auto", name: "page.html" });
  // Warm up the JIT on every page first, for every engine alike: a first pass pays for
  // compiling each code path a page takes, and measured runs of one pass varied by a third.
  await measure(pages, budget, ours);
  const claypot = await measure(pages, budget, ours);
  await measure(pages, budget, whole);
  const useCase = await measure(pages, budget, whole);
  const peers = [
    {
      name: "recipe-scrapers@1.12.1",
      read: (page: Page) => scrapeRecipe(page.html, `https://${page.host}/`, { safeParse: true }),
    },
    {
      name: "@jitl/recipe-data-scraper",
      read: (page: Page) => jitl.parse(page.html, { url: `https://${page.host}/` }),
    },
  ];
  const rows: BenchRow[] = [];
  for (const peer of peers) {
    await measure(pages, budget, peer.read);
    const result = await measure(pages, budget, peer.read);
    rows.push(
      {
        bench: "html-import",
        case: `page text → Recipe, ${result.read} of ${pages.length} corpus pages, one core`,
        unit: "pages/s",
        ours: claypot.perSecond,
        peer: result.perSecond,
        peerName: peer.name,
        notes: "HTML importer + validateRecipe on the decoded page, as the peers get it",
      },
      {
        bench: "html-import",
        case: `page bytes → Recipe (importRecipe, auto), ${result.read} of ${pages.length} pages`,
        unit: "pages/s",
        ours: useCase.perSecond,
        peer: result.perSecond,
        peerName: peer.name,
        notes: "the whole use case: decodeText, sniffing every importer, import, validation",
      },
    );
  }
  return rows;
}
