import { describe, expect, it } from "vitest";
import type { RecipeInput } from "../../domain/recipe.js";
import { importHtml } from "./import-html.js";

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
