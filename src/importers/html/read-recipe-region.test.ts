import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importHtml } from "./import-html.js";
import { readRecipeRegionText } from "./read-recipe-region.js";

describe("readRecipeRegionText", () => {
  it("keeps the article's visible text and drops chrome, scripts, forms and comments", () => {
    const text = readRecipeRegionText(
      `<html><body><nav>Home | Recipes</nav><header>My Blog</header><article><h1>Pancakes</h1>
       <!-- a comment --><script>var x = 1;</script><style>p{}</style>
       <h2>Ingredients</h2><ul><li>2 eggs</li><li>1 cup&nbsp;milk</li></ul>
       <h2>Method</h2><p>Whisk.</p><form>Subscribe</form><aside>Ads</aside></article>
       <footer>© me</footer></body></html>`,
    );
    expect(text.split("\n")).toEqual([
      "Pancakes",
      "Ingredients",
      "2 eggs",
      "1 cup milk",
      "Method",
      "Whisk.",
    ]);
  });
});

describe("readRecipeRegionText share links", () => {
  it("leaves out links that share the page, whatever they say", () => {
    const text = readRecipeRegionText(
      `<html><body><article><h1>Shortbread</h1><p>Cut into squares and chill.</p>` +
        `<a href="https://www.facebook.com/share.php?u=x">Facebook</a>` +
        `<a href="https://twitter.com/intent/tweet?text=x">Twitter</a>` +
        `<a href="https://example.com/more">More cakes</a></article></body></html>`,
    );
    expect(text.split("\n")).toEqual(["Shortbread", "Cut into squares and chill.", "More cakes"]);
  });
});

/** Bad input never throws and stays within time. */
describe("hostile pages", () => {
  const arbitraryMarkup = fc
    .array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          "<div>",
          "</div>",
          '<script type="application/ld+json">',
          "</script>",
          '<li itemprop="recipeIngredient">',
          '<div itemscope itemtype="https://schema.org/Recipe">',
          '{"@type":"Recipe",',
          "]",
          "&amp;",
          "<!--",
          "<![CDATA[",
        ),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(""));

  it("malformed HTML and invalid JSON-LD never throw", () => {
    fc.assert(
      fc.property(arbitraryMarkup, (html) => {
        const result = importHtml({ text: html });
        expect(typeof result.ok).toBe("boolean");
        expect(typeof readRecipeRegionText(html)).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("JSON-LD of any shape never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const data =
          typeof value === "object" && value !== null
            ? {
                "@type": "Recipe",
                name: "x",
                recipeIngredient: value,
                recipeInstructions: value,
                recipeYield: value,
                author: value,
                image: value,
                nutrition: value,
              }
            : value;
        const html = `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
        expect(typeof importHtml({ text: html }).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("reads a 10 MB page, and 100,000 nested elements up to the depth limit, within seconds", () => {
    const filler = "<p>Lorem ipsum dolor sit amet &amp; more.</p>".repeat(240_000);
    const big = `<html><body><script type="application/ld+json">{"@type":"Recipe","name":"Big","recipeIngredient":["1 egg"]}</script>${filler}</body></html>`;
    expect(big.length).toBeGreaterThan(10_000_000);
    let started = performance.now();
    expect(importHtml({ text: big }).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
    const deep = `<html><body>${"<div>".repeat(100_000)}<p>2 eggs</p>${"</div>".repeat(100_000)}</body></html>`;
    started = performance.now();
    expect(importHtml({ text: deep }).ok).toBe(false);
    expect(readRecipeRegionText(deep)).toBe("");
    const shallow = `<html><body>${"<div>".repeat(400)}<p>2 eggs</p>${"</div>".repeat(400)}</body></html>`;
    expect(readRecipeRegionText(shallow)).toBe("2 eggs");
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
