import { describe, expect, it } from "vitest";
import { fail, ok } from "../lib/result.js";
import { importRecipeFromUrl } from "./import-from-url.js";

const PAGE = `<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Dal","recipeIngredient":["200 g lentils"]}</script></head><body></body></html>`;

describe("importRecipeFromUrl", () => {
  it("reads the fetched page with its final URL as the source", async () => {
    const fetchPage = async (_url: string) =>
      ok({
        url: "https://food.example/dal",
        contentType: "text/html",
        bytes: new TextEncoder().encode(PAGE),
      });
    const result = await importRecipeFromUrl({ fetchPage }, "https://food.example/r/1");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.title).toBe("Dal");
    expect(result.value.source.url).toBe("https://food.example/dal");
  });

  it("passes the fetcher's refusal through", async () => {
    const fetchPage = async () => fail("ADDRESS_REFUSED", "private");
    const result = await importRecipeFromUrl({ fetchPage }, "http://10.0.0.1/");
    expect(result.issues.map((i) => i.code)).toEqual(["ADDRESS_REFUSED"]);
  });

  it("reads a page without structured data through the text importer", async () => {
    const html =
      "<html><body><article><h1>Toast</h1><h2>Ingredients</h2><ul><li>2 slices bread</li><li>1 tbsp butter</li></ul><h2>Method</h2><p>Toast the bread.</p></article></body></html>";
    const fetchPage = async () =>
      ok({
        url: "https://food.example/toast",
        contentType: "text/html",
        bytes: new TextEncoder().encode(html),
      });
    const result = await importRecipeFromUrl({ fetchPage }, "https://food.example/toast");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.title).toBe("Toast");
    expect(result.value.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "2 slices bread",
      "1 tbsp butter",
    ]);
    expect(result.issues.map((i) => i.code)).toContain("NO_STRUCTURED_RECIPE");
  });
});
