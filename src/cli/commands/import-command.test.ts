import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runClaypot } from "../../../test/support/run-cli.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createFileBlobStore } from "../../storage/blob-store.js";

/** `claypot import` with the formats that hold several recipes: each recipe is its own line of
 *  output and its own saved recipe, and a broken one fails alone. */

let storage: TempStorage;
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(() => storage.close());

const run = (argv: string[]) =>
  runClaypot(argv, { store: { store: storage.store, close: async () => {} } });

const file = (name: string, content: string | Uint8Array) => {
  const path = join(storage.dir, name);
  writeFileSync(path, content);
  return path;
};

const MEAL_MASTER = `MMMMM----- Recipe via Meal-Master (tm) v8.02
      Title: Tea
   Servings: 1
      1 ts tea leaves
  Steep for 3 minutes.
MMMMM
MMMMM----- Recipe via Meal-Master (tm) v8.02
      Title: Toast
      2 sl bread
  Toast it.
MMMMM
`;

const paprika = (name: string, value: unknown) =>
  [`${name}.paprikarecipe`, gzipSync(strToU8(JSON.stringify(value)))] as const;

describe("claypot import (collections)", () => {
  it("prints and saves every recipe of a Meal-Master file, one line each", async () => {
    const { out, err, status } = await run(["import", file("two.mmf", MEAL_MASTER)]);
    expect(status).toBe(0);
    expect(out.map((line) => JSON.parse(line).title)).toEqual(["Tea", "Toast"]);
    expect(err.join("\n")).toMatch(/two\.mmf#1: saved as tea/);
    expect(await storage.store.count()).toBe(2);
  });

  it("saves every recipe of a Paprika archive and reports a broken one on its own line", async () => {
    const archive = zipSync(
      Object.fromEntries([
        paprika("Tea", { name: "Tea", ingredients: "1 tsp tea", directions: "Steep." }),
        paprika("Broken", { ingredients: "no name at all" }),
        paprika("Toast", { name: "Toast", ingredients: "2 slices bread", directions: "Toast." }),
      ]),
    );
    const path = file("mine.paprikarecipes", archive);
    const { out, status } = await run(["import", "--from", "paprika", path]);
    expect(status).toBe(1);
    const lines = out.map((line) => JSON.parse(line));
    expect(lines.map((l) => l.title ?? l.error.code)).toEqual(["Tea", "PAPRIKA_INVALID", "Toast"]);
    expect(lines[1].input).toBe(`${path}#Broken.paprikarecipe`);
    expect(await storage.store.count()).toBe(2);
  });

  it("picks the format by content with --from auto, and a Cooklang file by its name", async () => {
    const dir = join(storage.dir, "mixed");
    mkdirSync(dir);
    writeFileSync(join(dir, "Soft Eggs.cook"), "Boil @eggs{2} for ~{6%minutes}.");
    writeFileSync(
      join(dir, "stew.yaml"),
      "recipe_name: Stew\ningredients:\n  - beans:\n      amounts:\n        - amount: 1\n          unit: cup\nsteps:\n  - step: Simmer.\n",
    );
    writeFileSync(
      join(dir, "pie.jsonld"),
      JSON.stringify({ "@type": "Recipe", name: "Pie", recipeIngredient: ["1 apple"] }),
    );
    const { out, status } = await run(["import", "--no-save", dir]);
    expect(status).toBe(0);
    expect(out.map((line) => JSON.parse(line).title).sort()).toEqual(["Pie", "Soft Eggs", "Stew"]);
  });

  it("refuses a zip bomb without saving anything", async () => {
    const bomb = zipSync({ "a/recipe.json": new Uint8Array(40 * 1024 * 1024) });
    const { out, status } = await run(["import", file("bomb.zip", bomb)]);
    expect(status).toBe(1);
    expect(JSON.parse(out[0] as string).error.code).toBe("ARCHIVE_ENTRY_TOO_LARGE");
    expect(await storage.store.count()).toBe(0);
  });
});

describe("claypot import (pictures inside archives)", () => {
  it("keeps a Paprika photo as an image in the blob store when one is configured", async () => {
    const photo = await sharp({
      create: { width: 40, height: 30, channels: 3, background: "#9c6" },
    })
      .png()
      .toBuffer();
    const archive = zipSync(
      Object.fromEntries([
        paprika("Tea", {
          name: "Tea",
          ingredients: "1 tsp tea",
          directions: "Steep.",
          photo_data: photo.toString("base64"),
        }),
      ]),
    );
    const blobs = createFileBlobStore(join(storage.dir, "blobs"));
    const { status } = await runClaypot(["import", file("tea.paprikarecipes", archive)], {
      store: { store: storage.store, blobs, close: async () => {} },
    });
    expect(status).toBe(0);
    const [image] = (await storage.store.findBySlug("tea"))?.recipe.images ?? [];
    expect(image?.url).toMatch(/^\/media\/[0-9a-f]{64}\.jpg$/);
    expect(await blobs.get(image!.url.slice("/media/".length))).toBeDefined();
  });
});
