import { writeFileSync } from "node:fs";
import { truncate } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runClaypot } from "../../test/support/run-cli.js";
import {
  EXAMPLE_PATH,
  openTempStorage,
  readExample,
  type TempStorage,
} from "../../test/support/temp-storage.js";

let storage: TempStorage;
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(() => storage.close());

const run = (argv: string[], stdin = "", localHosts: string[] = []) =>
  runClaypot(argv, {
    stdin,
    localHosts,
    store: {
      store: storage.store,
      ...(storage.backupFile && { backupFile: storage.backupFile }),
      close: async () => {},
    },
  });

const file = (name: string, content: string | Uint8Array) => {
  const path = join(storage.dir, name);
  writeFileSync(path, content);
  return path;
};

describe("claypot import", () => {
  it("prints the founding post as one structured recipe and keeps it", async () => {
    const { out, status } = await run(["import", EXAMPLE_PATH.pathname, "--to", "json"]);
    expect(status).toBe(0);
    expect(out).toHaveLength(1);
    const recipe = JSON.parse(out[0]!);
    expect(recipe.title).toBe("Vietnamese Caramelised Pork Mince Stir Fry");
    expect(recipe.ingredientGroups[0].ingredients).toHaveLength(7);
    expect(out[0]!.toLowerCase()).not.toContain("pin it");
    expect(await storage.store.count()).toBe(1);
  });

  it("keeps nothing with --no-save, and a rerun adds nothing", async () => {
    await run(["import", "--no-save", EXAMPLE_PATH.pathname]);
    expect(await storage.store.count()).toBe(0);
    await run(["import", EXAMPLE_PATH.pathname]);
    const again = await run(["import", EXAMPLE_PATH.pathname]);
    expect(again.err.join("\n")).toContain("already kept (same-content)");
    expect(await storage.store.count()).toBe(1);
  });

  it("reads standard input for -", async () => {
    const { out, status } = await run(
      ["import", "-", "--no-save"],
      new TextDecoder().decode(readExample()),
    );
    expect(status).toBe(0);
    expect(JSON.parse(out[0]!).slug).toBe("vietnamese-caramelised-pork-mince-stir-fry");
  });

  it("prints JSON-LD with --to jsonld", async () => {
    const { out } = await run(["import", "--no-save", "--to", "jsonld", EXAMPLE_PATH.pathname]);
    const [recipe, faq] = JSON.parse(out[0]!);
    expect(recipe["@type"]).toBe("Recipe");
    expect(recipe.url).toBe(
      "https://claypot.example/recipes/vietnamese-caramelised-pork-mince-stir-fry",
    );
    expect(faq.mainEntity).toHaveLength(6);
  });

  it("runs every input in order, reports each failure on its line, and exits 1", async () => {
    const empty = file("empty.txt", "");
    const binary = file(
      "photo.jpg",
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
    );
    const prose = file(
      "news.txt",
      "The council met on Tuesday to discuss the new bridge. Nobody agreed on anything, and the meeting ran late.\n",
    );
    const huge = join(storage.dir, "huge.txt");
    writeFileSync(huge, "");
    await truncate(huge, 50 * 1024 * 1024);
    const inputs = [
      empty,
      EXAMPLE_PATH.pathname,
      binary,
      prose,
      huge,
      join(storage.dir, "missing.txt"),
    ];
    const { out, err, status } = await run(["import", ...inputs]);
    expect(status).toBe(1);
    expect(out).toHaveLength(inputs.length);
    const lines = out.map((line) => JSON.parse(line));
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual([
      "INPUT_EMPTY",
      "ok",
      "INPUT_BINARY",
      "NO_RECIPE_FOUND",
      "INPUT_TOO_LARGE",
      "INPUT_NOT_FOUND",
    ]);
    expect(lines[0]).toEqual({
      input: empty,
      error: { code: "INPUT_EMPTY", message: "input is empty" },
    });
    expect(lines[1].title).toBe("Vietnamese Caramelised Pork Mince Stir Fry");
    expect(err.some((e) => e.includes("news.txt"))).toBe(true);
    expect(await storage.store.count()).toBe(1);
  });

  it("refuses an unknown format as a usage error and writes nothing", async () => {
    const { status, err } = await run(["import", "--from", "docx", EXAMPLE_PATH.pathname]);
    expect(status).toBe(2);
    expect(err.join("")).toContain("docx");
    expect(await storage.store.count()).toBe(0);
  });
});

describe("claypot export", () => {
  it("prints every kept recipe, one per line, oldest first", async () => {
    await run(["import", EXAMPLE_PATH.pathname]);
    const other = file(
      "toast.txt",
      "Toast\n\nIngredients\n- 2 slices bread\n- butter\n\nMethod\n1. Toast the bread until golden.\n2. Butter it while hot.\n",
    );
    await run(["import", other]);
    const { out, status } = await run(["export"]);
    expect(status).toBe(0);
    expect(out.map((l) => JSON.parse(l).title)).toEqual([
      "Vietnamese Caramelised Pork Mince Stir Fry",
      "Toast",
    ]);
  });

  it("exports one recipe by slug as JSON-LD and fails on an unknown one", async () => {
    await run(["import", EXAMPLE_PATH.pathname]);
    const { out, status } = await run([
      "export",
      "--to",
      "jsonld",
      "vietnamese-caramelised-pork-mince-stir-fry",
      "nope",
    ]);
    expect(status).toBe(1);
    expect(JSON.parse(out[0]!)[0].datePublished).toBe("2026-01-02T03:04:05.000Z");
    expect(JSON.parse(out[1]!)).toEqual({
      input: "nope",
      error: { code: "RECIPE_NOT_FOUND", message: 'no recipe "nope"' },
    });
  });
});

describe("claypot search", () => {
  it("finds kept recipes by words and by foods, as lines or JSON", async () => {
    await run(["import", EXAMPLE_PATH.pathname]);
    const byWords = await run(["search", "caramel", "pork"]);
    expect(byWords.out).toEqual([
      "Vietnamese Caramelised Pork Mince Stir Fry  (vietnamese-caramelised-pork-mince-stir-fry)",
    ]);
    const byFoods = await run(["search", "--with", "pork, garlic", "--json"]);
    expect(JSON.parse(byFoods.out[0]!).coverage).toBeCloseTo(2 / 7);
    const none = await run(["search", "lasagne"]);
    expect(none.out).toEqual([]);
    expect(none.err).toContain("no recipe matches");
  });

  it("refuses a bad cursor with exit status 1", async () => {
    const { status, out } = await run(["search", "--after", "nonsense"]);
    expect(status).toBe(1);
    expect(JSON.parse(out[0]!).error.code).toBe("SEARCH_CURSOR_INVALID");
  });
});

describe("claypot import of a folder", () => {
  const post = (n: number) =>
    `Weeknight Dish Number ${n}\n\nIngredients\n- ${n} cups rice\n- ${n + 1} eggs\n\n` +
    `Method\n1. Cook the rice for ${n + 10} minutes.\n2. Fry the eggs until set.\n`;

  it("imports every recipe file under it in batches, skips repeats, and sums up", async () => {
    const { mkdirSync } = await import("node:fs");
    const dir = join(storage.dir, "posts");
    mkdirSync(join(dir, "more"), { recursive: true });
    for (let n = 1; n <= 30; n++)
      writeFileSync(
        join(dir, n % 2 ? "" : "more", `dish-${String(n).padStart(2, "0")}.txt`),
        post(n),
      );
    writeFileSync(join(dir, "copy-of-1.txt"), post(1));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "photo.jpg"), "not read");
    writeFileSync(join(dir, ".hidden.txt"), post(99));

    const first = await run(["import", dir]);
    expect(first.status).toBe(1);
    expect(first.out).toHaveLength(32);
    expect(first.err.at(-1)).toBe(
      "claypot: 32 inputs: imported 30, skipped 1 (already kept), failed 1 (INPUT_EMPTY ×1)",
    );
    expect(await storage.store.count()).toBe(30);

    const rerun = await run(["import", dir]);
    expect(rerun.err.at(-1)).toContain("imported 0, skipped 31");
    expect(await storage.store.count()).toBe(30);
  });

  it("says so when a folder holds no recipe files", async () => {
    const { mkdirSync } = await import("node:fs");
    const dir = join(storage.dir, "nothing");
    mkdirSync(dir);
    const { status, err } = await run(["import", dir]);
    expect(status).toBe(1);
    expect(err[0]).toContain("no recipe files");
  });
});

describe("claypot backup and restore", () => {
  it("round-trips through JSON lines and through a SQLite copy", async () => {
    await run(["import", EXAMPLE_PATH.pathname]);
    for (const [format, name] of [
      ["jsonl", "backup.jsonl"],
      ["sqlite", "backup.db"],
    ] as const) {
      const file = join(storage.dir, name);
      const backup = await run(["backup", "--format", format, file]);
      expect(backup.status, format).toBe(0);
      const target = await openTempStorage();
      const restoreDeps = { store: target.store };
      try {
        const { status, err } = await runClaypot(["restore", file], {
          store: { store: restoreDeps.store, close: async () => {} },
        });
        expect(status, format).toBe(0);
        expect(err.at(-1)).toBe("claypot: restored 1, skipped 0 already kept");
        const kept = await target.store.findBySlug("vietnamese-caramelised-pork-mince-stir-fry");
        expect(kept?.recipe.faq).toHaveLength(6);
      } finally {
        await target.close();
      }
    }
  });

  it("refuses a file that is not a backup", async () => {
    const { status, err } = await run(["restore", EXAMPLE_PATH.pathname]);
    expect(status).toBe(1);
    expect(err.at(-1)).toContain("not a Claypot backup");
  });
});

describe("claypot import of an address", () => {
  const page = `<!doctype html><html><head><title>Lemon Rice | A Blog</title>
    <script type="application/ld+json">${JSON.stringify({
      "@context": "https://schema.org",
      "@type": "Recipe",
      name: "Lemon Rice",
      recipeIngredient: ["1 cup rice", "1 lemon"],
      recipeInstructions: [{ "@type": "HowToStep", text: "Cook the rice for 15 minutes." }],
    })}</script></head><body><h1>Lemon Rice</h1></body></html>`;

  it("fetches the page from an allowed host and keeps it with its address", async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    try {
      const url = `http://recipes.test:${port}/lemon-rice`;
      const ok = await run(["import", url], "", ["recipes.test"]);
      expect(ok.status).toBe(0);
      const recipe = JSON.parse(ok.out[0]!);
      expect(recipe.title).toBe("Lemon Rice");
      expect(recipe.source.url).toBe(url);
      expect(
        (await storage.store.findBySlug("lemon-rice"))?.recipe.ingredientGroups[0]?.ingredients,
      ).toHaveLength(2);

      const refused = await run(["import", `http://127.0.0.1:${port}/lemon-rice`]);
      expect(refused.status).toBe(1);
      expect(JSON.parse(refused.out[0]!).error.code).toBe("ADDRESS_REFUSED");
      expect(hits).toEqual(["/lemon-rice"]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
