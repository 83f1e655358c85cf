import { describe, expect, it } from "vitest";
import type { RecipeInput } from "../../domain/recipe.js";
import { importHtml } from "./import-html.js";
import { readPageSource } from "./read-page-facts.js";

/** Who a page credits: its author and its site's name. */

const page = (head: string, body = "") =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ogSite = (name: string) => `<meta property="og:site_name" content="${name}">`;

const recipe = {
  "@type": "Recipe",
  name: "Plum Crumble",
  recipeIngredient: ["500 g plums", "100 g butter"],
  recipeInstructions: [{ "@type": "HowToStep", text: "Bake the plums under the crumble." }],
};

function read(html: string): RecipeInput {
  const result = importHtml({ text: html });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("site name", () => {
  it("is the WebSite node's name before og:site_name, which may carry a tagline", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [{ "@type": "WebSite", "@id": "/#website", name: "Plum &amp; Pear" }, recipe],
    };
    const r = read(page(ogSite("Plum &amp; Pear - Baking Every Sunday") + ld(graph)));
    expect(r.source?.site).toBe("Plum & Pear");
  });

  it("is og:site_name when the WebSite node has no name", () => {
    const graph = { "@graph": [{ "@type": "WebSite", name: "" }, recipe] };
    expect(read(page(ogSite("Plum and Pear") + ld(graph))).source?.site).toBe("Plum and Pear");
  });
});

describe("author", () => {
  it("is not a web address: the page's meta author names who the address points at", () => {
    const body = `<div itemscope itemtype="https://schema.org/Recipe">
      <h1 itemprop="name">Plum Crumble</h1>
      <a itemprop="author" href="https://plums.example/writers/ana-cook">Ana Cook</a>
      <ul><li itemprop="recipeIngredient">500 g plums</li></ul>
      <p itemprop="recipeInstructions">Bake the plums under the crumble.</p></div>`;
    const r = read(page(`<meta name="author" content="Ana Cook">`, body));
    expect(r.source?.author).toBe("Ana Cook");
  });

  it("is not an account: twitter:creator and a Facebook article:author name none", () => {
    const head =
      `<meta name="twitter:creator" content="@plumsdaily">` +
      `<meta property="article:author" content="https://www.facebook.com/plumsdaily">`;
    expect(read(page(head + ld(recipe))).source?.author).toBeUndefined();
  });
});

describe("author from the head", () => {
  it("reads article:author spelt with the og: prefix", () => {
    const head = `<meta property="og:article:author" content="Ana Cook">`;
    expect(read(page(head + ld(recipe))).source?.author).toBe("Ana Cook");
  });
});

describe("readPageSource", () => {
  it("keeps the author of a structured recipe that lists no lines", () => {
    const empty = { "@type": "Recipe", name: "Plum Crumble", author: { name: "Ana Cook" } };
    const html = page(ld({ ...empty, recipeIngredient: [], recipeInstructions: [] }), "<p>…</p>");
    expect(readPageSource({ text: html }).source?.author).toBe("Ana Cook");
  });
});

describe("main picture", () => {
  const og = (url: string) => `<meta property="og:image" content="${url}">`;
  const pictured = { ...recipe, image: ["https://p.example/crumble-225x225.jpg"] };

  it("is the page's og:image, before the Recipe's own list", () => {
    const images = read(page(og("https://p.example/crumble.jpg") + ld(pictured))).images ?? [];
    expect(images.map((i) => i.url)).toEqual([
      "https://p.example/crumble.jpg",
      "https://p.example/crumble-225x225.jpg",
    ]);
  });

  it("is the Recipe's own on a page whose og:image is the site's logo or serves several recipes", () => {
    const logo = read(page(og("https://p.example/site-logo.png") + ld(pictured))).images ?? [];
    expect(logo.map((i) => i.url)).toEqual(["https://p.example/crumble-225x225.jpg"]);
    const other = { ...recipe, name: "Pear Tart", recipeIngredient: ["1 pear"] };
    const two = read(page(og("https://p.example/roundup.jpg") + ld([pictured, other]))).images;
    expect((two ?? []).map((i) => i.url)).toEqual(["https://p.example/crumble-225x225.jpg"]);
    // The same recipe given twice is one recipe: the page's picture is its own.
    const twice = read(page(og("https://p.example/crumble.jpg") + ld([pictured, pictured]))).images;
    expect((twice ?? [])[0]?.url).toBe("https://p.example/crumble.jpg");
  });
});
