import { describe, expect, it } from "vitest";
import { importRecipe } from "./import-recipe.js";

const encode = (html: string) => new TextEncoder().encode(html);

describe("importRecipe on a page without a structured recipe", () => {
  const head =
    `<html lang="fr"><head><title>Crêpes | Chez Nous</title>` +
    `<link rel="canonical" href="https://chez.example/crepes">` +
    `<meta property="og:site_name" content="Chez Nous">` +
    `<meta name="author" content="Anne Martin">` +
    `<meta property="og:image" content="https://chez.example/crepes.jpg"></head>`;
  const body =
    `<body><article><h1>Crêpes</h1><p>Ingrédients</p><p>250 g farine</p><p>4 œufs</p>` +
    `<p>50 cl lait</p><p>Préparation</p><p>Mélanger la farine et les œufs, puis le lait.</p>` +
    `<p>Cuire les crêpes dans une poêle chaude.</p></article></body></html>`;

  it("reads the body's text and takes the page's address, language, site, author and image", () => {
    const result = importRecipe({ bytes: encode(head + body), format: "auto", name: "c.html" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues.map((i) => i.code)).toContain("NO_STRUCTURED_RECIPE");
    expect(result.value.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text))).toEqual([
      "250 g farine",
      "4 œufs",
      "50 cl lait",
    ]);
    expect(result.value.source).toEqual({
      url: "https://chez.example/crepes",
      site: "Chez Nous",
      author: "Anne Martin",
    });
    expect(result.value.language).toBe("fr");
    expect(result.value.images.map((i) => i.url)).toEqual(["https://chez.example/crepes.jpg"]);
  });

  it("keeps the page's canonical address over the one it was fetched from, as structured pages do", () => {
    const result = importRecipe({
      bytes: encode(head + body),
      format: "auto",
      url: "https://chez.example/crepes?from=feed",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.source.url).toBe("https://chez.example/crepes");
    const bare = importRecipe({
      bytes: encode(`<html><head></head>${body}`),
      format: "auto",
      url: "https://chez.example/crepes?from=feed",
    });
    expect(bare.ok && bare.value.source.url).toBe("https://chez.example/crepes?from=feed");
  });
});
