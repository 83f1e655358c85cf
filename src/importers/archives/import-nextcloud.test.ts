import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { nextcloudImporter } from "./import-nextcloud.js";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const recipeJson = (name: string) =>
  strToU8(
    JSON.stringify({
      "@context": "http://schema.org",
      "@type": "Recipe",
      name,
      recipeYield: 2,
      recipeIngredient: ["1 cup oats", "2 cups water"],
      recipeInstructions: ["Simmer 5 minutes."],
      url: "https://example.org/porridge",
    }),
  );

describe("nextcloudImporter", () => {
  const archive = zipSync({
    "Porridge/recipe.json": recipeJson("Porridge"),
    "Porridge/full.jpg": JPEG,
    "Porridge/thumb.jpg": JPEG,
    "Empty/recipe.json": strToU8("{}"),
  });

  it("recognises folders of recipe.json", () => {
    expect(nextcloudImporter.sniff({ bytes: archive })).toBeGreaterThan(0.5);
  });

  it("reads each folder's schema.org recipe and its full-size picture", () => {
    const all = nextcloudImporter.importArchive({ bytes: archive });
    if (!all.ok) throw new Error(JSON.stringify(all.issues));
    const [porridge, empty] = all.value;
    const recipe = porridge?.result.ok ? porridge.result.value : undefined;
    expect(recipe?.title).toBe("Porridge");
    expect(recipe?.ingredientGroups?.[0]?.ingredients.map((i) => i.food)).toEqual([
      "oats",
      "water",
    ]);
    expect(recipe?.stepGroups?.[0]?.steps[0]?.timers?.[0]?.duration).toEqual({ min: 300 });
    expect(porridge?.images?.map((i) => i.name)).toEqual(["Porridge/full.jpg"]);
    expect(empty?.result.issues[0]?.code).toBe("NEXTCLOUD_INVALID");
  });
});
