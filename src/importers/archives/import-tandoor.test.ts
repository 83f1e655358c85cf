import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validateRecipe } from "../../domain/validate-recipe.js";
import { importTandoor, tandoorImporter } from "./import-tandoor.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
const recipeZip = (recipe: unknown, image = true) =>
  zipSync({
    "recipe.json": strToU8(JSON.stringify(recipe)),
    ...(image && { "image.png": PNG }),
  });

const DAL = {
  name: "Dal",
  description: "Red lentil dal.",
  keywords: [{ name: "indian" }, { name: "lentils" }],
  working_time: 10,
  waiting_time: 25,
  servings: 4,
  servings_text: "bowls",
  source_url: "https://example.org/dal",
  steps: [
    {
      name: "Lentils",
      instruction: "Boil the lentils until soft.",
      time: 20,
      ingredients: [
        {
          food: { name: "red lentils" },
          unit: { name: "g" },
          amount: 200,
          note: "rinsed",
          is_header: false,
        },
        { food: { name: "water" }, unit: { name: "ml" }, amount: 800, note: "", is_header: false },
      ],
    },
    {
      name: "",
      instruction: "Fry the spices and stir in.",
      ingredients: [
        { note: "Tadka", is_header: true },
        { food: { name: "cumin seeds" }, unit: { name: "tsp" }, amount: 1, is_header: false },
        { food: { name: "salt" }, unit: null, amount: 0, no_amount: true, is_header: false },
      ],
    },
  ],
};

describe("tandoorImporter", () => {
  const archive = zipSync({
    "1.zip": recipeZip(DAL),
    "2.zip": recipeZip({ nothing: true }, false),
    "3.zip": zipSync({ "notes.txt": strToU8("no recipe") }),
  });

  it("recognises a zip of zips", () => {
    expect(tandoorImporter.sniff({ bytes: archive })).toBeGreaterThan(0.5);
  });

  it("reads each inner zip, reporting broken ones alone", () => {
    const all = tandoorImporter.importArchive({ bytes: archive });
    if (!all.ok) throw new Error(JSON.stringify(all.issues));
    expect(all.value.map((e) => [e.label, e.result.ok || e.result.issues[0]?.code])).toEqual([
      ["1.zip", true],
      ["2.zip", "TANDOOR_INVALID"],
      ["3.zip", "TANDOOR_INVALID"],
    ]);
    const dal = all.value[0];
    const recipe = dal?.result.ok ? dal.result.value : undefined;
    expect(
      recipe?.ingredientGroups?.map((g) => [g.title, g.ingredients.map((i) => i.text)]),
    ).toEqual([
      ["Lentils", ["200 g red lentils (rinsed)", "800 ml water"]],
      ["Tadka", ["1 tsp cumin seeds", "salt"]],
    ]);
    const [boil, fry] = recipe?.stepGroups?.[0]?.steps ?? [];
    expect(boil).toMatchObject({
      title: "Lentils",
      timers: [{ text: "20 minutes", duration: { min: 1200 } }],
    });
    expect(boil?.ingredientRefs).toEqual([
      { group: 0, index: 0 },
      { group: 0, index: 1 },
    ]);
    expect(fry?.ingredientRefs).toEqual([
      { group: 1, index: 0 },
      { group: 1, index: 1 },
    ]);
    expect(recipe?.times).toEqual({ prep: { min: 600 }, cook: { min: 1500 } });
    expect(recipe?.yields).toMatchObject({ quantity: { kind: "exact", value: 4 }, unit: "bowls" });
    expect(recipe?.keywords).toEqual(["indian", "lentils"]);
    expect(dal?.images?.map((i) => i.mediaType)).toEqual(["image/png"]);
  });

  it("shares one inflation budget between the outer and inner archives", () => {
    const big = zipSync(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [
          `${i}.zip`,
          zipSync({ "recipe.json": new Uint8Array(30_000) }),
        ]),
      ),
    );
    const all = importTandoor(
      { bytes: big },
      {
        maxArchiveBytes: 1_000_000,
        maxEntries: 100,
        maxEntryBytes: 50_000,
        maxTotalBytes: 100_000,
      },
    );
    const failed = all.ok
      ? all.value.filter((e) => !e.result.ok).map((e) => e.result.issues[0]?.code)
      : [];
    expect(failed).toContain("ARCHIVE_TOO_LARGE");
  });

  it("keeps times in whole seconds a number can count (found by fuzzing)", () => {
    const odd = { name: "Odd", working_time: 1e300, waiting_time: 0.5 };
    const steps = [
      { instruction: "Stir.", time: 0.01 },
      { instruction: "Rest.", time: 1e300 },
    ];
    const all = tandoorImporter.importArchive({
      bytes: zipSync({ "1.zip": recipeZip({ ...odd, steps }) }),
    });
    const recipe = all.ok && all.value[0]?.result.ok ? all.value[0].result.value : undefined;
    expect(recipe?.times).toEqual({ cook: { min: 30 } });
    expect(recipe?.stepGroups?.[0]?.steps.map((s) => s.timers)).toEqual([
      [{ text: "0.01 minutes", duration: { min: 1 } }],
      [],
    ]);
    expect(validateRecipe(recipe).ok).toBe(true);
  });
});
