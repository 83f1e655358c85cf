import fc from "fast-check";
import { gzipSync, strToU8, type Zippable, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectCollectionContract, fastestCpuMs } from "../../../test/support/importer-contract.js";
import type { ArchiveImporter } from "../importer.js";
import { mealieImporter } from "./import-mealie.js";
import { nextcloudImporter } from "./import-nextcloud.js";
import { paprikaImporter } from "./import-paprika.js";
import { tandoorImporter } from "./import-tandoor.js";

/** Every archive importer (Paprika, Mealie, Tandoor, Nextcloud) on any bytes: random bytes,
 *  archives of its own layout whose fields hold random JSON or hostile strings, those archives
 *  cut short or with bytes overwritten. It never throws; it answers with a coded failure or with
 *  entries, each a recipe the model keeps or a coded failure of its own, and one bad entry does
 *  not spoil a good one beside it. CPU time stays within 50 ms + 500 ms per MB read (the archive
 *  or its entries inflated, whichever is larger; fastest of three runs). Measured here on 2 cores:
 *  40–80 ms per MB, at most 0.13 of the budget; a decompression bomb is read-zip's limits' job. */

const HOSTILE = [
  "",
  "   ",
  "\n\n\t",
  "\u0000",
  "\uFEFF\u200B",
  "\uD800",
  "For the sauce:",
  "1.",
  "Step 2:",
  "PT",
  "PT0M",
  "PT99999999999H",
  "P1Y",
  "-5",
  "0",
  "1e308",
  "NaN",
  "Infinity",
  "½ cup",
  "2-1 cups",
  "10-5 minutes",
  "Serves 0",
  "makes -3",
  "Calories: ",
  ":",
  "https://",
  "https://example.org/x y",
  `https://example.org/${"a".repeat(2_100)}`,
  "javascript:alert(1)",
  "<script>x</script>",
  "../../etc/passwd",
  "食谱",
  "w".repeat(25_000),
  "9".repeat(400),
  "1 cup flour\n".repeat(600),
  "Boil 5 minutes.\n".repeat(600),
];

const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }));

/** Keys the four formats read, so random objects reach their readers. */
const KEYS = [
  ...["name", "title", "text", "note", "food", "unit", "quantity", "amount", "display"],
  ...["originalText", "original_text", "is_header", "no_amount", "instruction", "time"],
  ...["ingredients", "@type", "@id", "@graph", "itemListElement", "HowToSection"],
];

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostile,
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 5 }),
  ),
}));

/** An object with some of `keys`, each holding any value (often a hostile string). */
const shaped = (keys: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length });

const PAPRIKA = [
  ...["name", "ingredients", "directions", "description", "notes", "nutritional_info"],
  ...["servings", "prep_time", "cook_time", "total_time", "difficulty", "rating", "categories"],
  ...["source", "source_url", "image_url", "photo", "photo_data", "photos"],
];
const MEALIE = [
  ...["name", "description", "recipeYield", "recipe_yield", "recipeServings", "prepTime"],
  ...["performTime", "cook_time", "totalTime", "recipeCategory", "tags", "tools", "nutrition"],
  ...["recipeIngredient", "recipe_ingredient", "recipeInstructions", "notes", "orgURL"],
  "rating",
];
const TANDOOR = [
  ...["name", "description", "keywords", "servings", "servings_text", "working_time"],
  ...["waiting_time", "source_url", "steps"],
];
const NEXTCLOUD = [
  ...["@context", "@type", "name", "description", "recipeYield", "recipeIngredient"],
  ...["recipeInstructions", "prepTime", "cookTime", "totalTime", "image", "keywords"],
  ...["recipeCategory", "nutrition", "author", "aggregateRating", "url"],
];

/** A JSON entry: usually an object of the format's keys with a string name, else anything. */
const entryJson = (keys: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(shaped(keys), hostile).map(([o, name]) => ({ ...o, name })) },
    { weight: 1, arbitrary: value },
  );

const json = (v: unknown) => strToU8(JSON.stringify(v));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);

/** Each format's layout as files, zipped at the end so that archives can be merged. */
const paprikaFiles = fc
  .array(fc.tuple(entryJson(PAPRIKA), fc.boolean()), { minLength: 1, maxLength: 4 })
  .map(
    (rs): Zippable =>
      Object.fromEntries(
        rs.map(([r, gz], i) => [
          `${i}.paprikarecipe`,
          gz ? gzipSync(json(r), { level: 0 }) : json(r),
        ]),
      ),
  );
const mealieFiles = fc.array(entryJson(MEALIE), { minLength: 1, maxLength: 4 }).map(
  (rs): Zippable =>
    Object.fromEntries(
      rs.flatMap((r, i) => [
        [`recipes/r${i}/r${i}.json`, json(r)],
        [`recipes/r${i}/images/original.png`, PNG],
      ]),
    ),
);
const tandoorFiles = fc
  .array(entryJson(TANDOOR), { minLength: 1, maxLength: 4 })
  .map(
    (rs): Zippable =>
      Object.fromEntries(
        rs.map((r, i) => [
          `${i}.zip`,
          zipSync({ "recipe.json": json(r), "image.png": PNG }, { level: 0 }),
        ]),
      ),
  );
const nextcloudFiles = fc.array(entryJson(NEXTCLOUD), { minLength: 1, maxLength: 4 }).map(
  (rs): Zippable =>
    Object.fromEntries(
      rs.flatMap((r, i) => [
        [`R${i}/recipe.json`, json({ "@type": "Recipe", ...(r as object) })],
        [`R${i}/full.jpg`, PNG],
      ]),
    ),
);

/** Several archives' files in one, each under its own folder. */
const merge = (parts: readonly Zippable[]): Zippable =>
  Object.fromEntries(
    parts.flatMap((files, k) => Object.entries(files).map(([n, b]) => [`p${k}/${n}`, b])),
  );

/** A valid archive, or one cut short, or with a few bytes overwritten, or random bytes. */
const damage = (files: fc.Arbitrary<Zippable>) => {
  const archive = files.map((f) => zipSync(f));
  return fc.oneof(
    { weight: 4, arbitrary: archive },
    fc.uint8Array({ maxLength: 1_000 }),
    fc.tuple(archive, fc.nat()).map(([a, cut]) => a.subarray(0, cut % (a.length + 1))),
    fc
      .tuple(archive, fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 }))
      .map(([a, flips]) => {
        const copy = a.slice();
        for (const [at, byte] of flips) copy[at % copy.length] = byte;
        return copy;
      }),
  );
};

const GOOD = {
  name: "Good Soup",
  "@type": "Recipe",
  ingredients: "1 cup water",
  directions: "Boil.",
  recipeIngredient: ["1 cup water"],
  recipeInstructions: ["Boil."],
  steps: [{ instruction: "Boil.", ingredients: [{ food: { name: "water" }, amount: 1 }] }],
};
const MEALIE_GOOD = {
  ...GOOD,
  recipeIngredient: [{ note: "1 cup water" }],
  recipeInstructions: [{ text: "Boil." }],
};

const IMPORTERS: [string, ArchiveImporter, fc.Arbitrary<Zippable>, Zippable][] = [
  ["paprika", paprikaImporter, paprikaFiles, { "good.paprikarecipe": gzipSync(json(GOOD)) }],
  ["mealie", mealieImporter, mealieFiles, { "recipes/good/good.json": json(MEALIE_GOOD) }],
  [
    "tandoor",
    tandoorImporter,
    tandoorFiles,
    { "good.zip": zipSync({ "recipe.json": json(GOOD) }) },
  ],
  ["nextcloud", nextcloudImporter, nextcloudFiles, { "good/recipe.json": json(GOOD) }],
];

/** Lists an author writes may hold more than the model keeps: the recipe is then refused as too
 *  large, honestly, as is one with nothing to cook. Any other shortfall is the importer's. */
const AUTHOR_LISTS = new Set(["ingredientGroups", "ingredients", "stepGroups", "steps"]);

function expectContract(importer: ArchiveImporter, bytes: Uint8Array) {
  const sure = importer.sniff({ bytes });
  expect(sure >= 0 && sure <= 1).toBe(true);
  expectCollectionContract(importer.importArchive({ bytes, name: "x" }), AUTHOR_LISTS);
}

/** What the importer reads: the archive, or its entries once inflated when they are larger. */
const budgetMs = (bytes: Uint8Array, content: number) =>
  50 + (500 * Math.max(bytes.length, content)) / 1_000_000;

describe.each(IMPORTERS)("%s archives, any bytes", (_, importer, files, good) => {
  it("give recipes the model keeps, or coded failures, and never throw", () => {
    fc.assert(
      fc.property(damage(files), (bytes) => expectContract(importer, bytes)),
      { numRuns: 150 },
    );
  });

  it("read a good entry however bad the entries beside it", () => {
    fc.assert(
      fc.property(files, (bad) => {
        const all = importer.importArchive({ bytes: zipSync({ ...bad, ...good }), name: "x" });
        const titles = all.ok
          ? all.value.flatMap((e) => (e.result.ok ? [e.result.value.title] : []))
          : [];
        expect(titles).toContain("Good Soup");
      }),
      { numRuns: 50 },
    );
  });

  it("stay within 50 ms + 500 ms per MB read", () => {
    const large = fc
      .integer({ min: 10, max: 40 })
      .chain((n) => fc.array(files, { minLength: n, maxLength: n }))
      .map((parts) => {
        const files = merge(parts);
        const content = Object.values(files).reduce((n, b) => n + (b as Uint8Array).length, 0);
        return { bytes: zipSync(files), content };
      });
    importer.importArchive({ bytes: zipSync(good) });
    fc.assert(
      fc.property(
        fc.oneof(
          damage(files).map((bytes) => ({ bytes, content: 0 })),
          large,
        ),
        ({ bytes, content }) => {
          const ms = fastestCpuMs(() => importer.importArchive({ bytes }));
          expect(ms).toBeLessThanOrEqual(budgetMs(bytes, content));
        },
      ),
      { numRuns: 12 },
    );
  });
});
