import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runClaypot } from "../../../test/support/run-cli.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";

let storage: TempStorage;
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(() => storage.close());

const run = (argv: string[]) =>
  runClaypot(argv, { store: { store: storage.store, close: async () => {} } });

async function keep(text: string, name: string) {
  const path = join(storage.dir, name);
  (await import("node:fs")).writeFileSync(path, text);
  const result = await run(["import", path]);
  expect(result.status).toBe(0);
}

describe("claypot export --to", () => {
  beforeEach(async () => {
    await keep("---\ntitle: Tea\n---\nSteep @tea{1%tsp} for ~{3%minutes}.", "tea.cook");
    await keep("---\ntitle: Toast\n---\nToast the @bread{2%slices}.", "toast.cook");
  });

  it("prints one recipe as Cooklang and Markdown", async () => {
    const cook = await run(["export", "--to", "cooklang", "tea"]);
    expect(cook.out.join("\n")).toContain("Steep @tea{1%tsp} for ~{3%minutes}.");
    const md = await run(["export", "--to", "markdown", "tea"]);
    expect(md.out.join("\n")).toContain("# Tea\n");
  });

  it("writes a file per recipe with --out DIR", async () => {
    const dir = join(storage.dir, "out");
    const { status } = await run(["export", "--to", "cooklang", "--out", dir]);
    expect(status).toBe(0);
    expect(readFileSync(join(dir, "toast.cook"), "utf8")).toContain("@bread{2%slices}");
  });

  it("writes the whole collection as one Paprika archive that imports back", async () => {
    const path = join(storage.dir, "all.paprikarecipes");
    expect((await run(["export", "--to", "paprika", "--out", path])).status).toBe(0);
    const back = await run(["import", "--no-save", path]);
    expect(back.out.map((line) => JSON.parse(line).title).sort()).toEqual(["Tea", "Toast"]);
  });

  it("asks for --out before writing an archive", async () => {
    const { status, err } = await run(["export", "--to", "paprika"]);
    expect(status).toBe(2);
    expect(err.join("\n")).toContain("--out FILE");
  });
});
