import { describe, expect, it } from "vitest";
import type { RecipeInput } from "../../domain/recipe.js";
import { parsePage } from "../parse-page.js";
import { findShownStepTexts, isHeaderMethod } from "./find-shown-step-texts.js";
import { importHtml } from "./import-html.js";

const find = (body: string, headers: string[]) =>
  findShownStepTexts(parsePage(`<html><body>${body}</body></html>`).roots, headers);

const step = (header: string, text: string) =>
  `<div class="step"><span>1</span><div><p><strong>${header}</strong></p>` +
  `<div class="text"><p>${text}</p></div></div></div>`;

describe("findShownStepTexts", () => {
  it("reads the text the page shows after each header, in its parent", () => {
    const page =
      `<ul><li><a href="#a">Boil the pasta</a></li><li><a href="#b">Serve</a></li></ul>` +
      step("Boil the pasta", "Cook it in salted water for 10 minutes. Drain.") +
      step("Serve", "Toss with the sauce.") +
      `<h3>Kids can help</h3><p>Stir the sauce.</p>`;
    expect(find(page, ["Boil the pasta", "Serve"])).toEqual([
      "Cook it in salted water for 10 minutes. Drain.",
      "Toss with the sauce.",
    ]);
  });

  it("stops a header's text at the next header or heading among its siblings", () => {
    const page =
      `<h3>Make the dough</h3><p>Mix flour and water.</p><p>Knead it.</p>` +
      `<h3>Bake</h3><p>Bake for 20 minutes.</p><h2>Notes</h2><p>Keeps a day.</p>`;
    expect(find(page, ["Make the dough", "Bake"])).toEqual([
      "Mix flour and water. Knead it.",
      "Bake for 20 minutes.",
    ]);
  });

  it("takes no time, caption or note beside a short step for its text", () => {
    const row = (step: string, beside: string) =>
      `<li><span>${step}</span><span>${beside}</span></li>`;
    const steps = ["Mix flour and sugar", "Bake the cake"];
    expect(find(`<ol>${row(steps[0]!, "10 min")}${row(steps[1]!, "40 min")}</ol>`, steps)).toBe(
      undefined,
    );
    const captioned = steps.map(
      (t) => `<li>${t}<figure><figcaption>Photo: Jane Doe</figcaption></figure></li>`,
    );
    expect(find(`<ol>${captioned.join("")}</ol>`, steps)).toBeUndefined();
  });

  it("takes no header from an element that holds other text beside it", () => {
    const page =
      `<div><div>Cook the noodles<p>Boil water and cook them.</p></div>` +
      `<div>Make the sauce<p>Whisk soy and sugar.</p></div></div>`;
    expect(find(page, ["Cook the noodles", "Make the sauce"])).toBeUndefined();
  });

  it("finds nothing when a header has no text under it", () => {
    expect(
      find(`<ol><li>Shake with ice</li><li>Strain</li></ol>`, ["Shake with ice", "Strain"]),
    ).toBeUndefined();
  });
});

describe("isHeaderMethod", () => {
  const method = (...texts: string[]): RecipeInput =>
    ({ stepGroups: [{ steps: texts.map((text) => ({ text })) }] }) as unknown as RecipeInput;
  it("is every step a few words without a sentence's end", () => {
    expect(isHeaderMethod(method("Cook the rice noodles", "Serve"))).toBe(true);
    expect(isHeaderMethod(method("Cook the rice noodles.", "Serve"))).toBe(false);
    expect(isHeaderMethod(method("Serve"))).toBe(false);
  });
});

describe("importHtml with header steps", () => {
  it("takes each step's text from under its header on the page, the header as its title", () => {
    const recipe = {
      "@context": "https://schema.org",
      "@type": "Recipe",
      name: "Pasta",
      recipeIngredient: ["200 g pasta", "1 jar sauce"],
      recipeInstructions: [
        { "@type": "HowToStep", name: "Step 1", text: "Boil the pasta" },
        { "@type": "HowToStep", name: "Step 2", text: "Serve" },
      ],
    };
    const html =
      `<html><head><script type="application/ld+json">${JSON.stringify(recipe)}</script></head>` +
      `<body>${step("Boil the pasta", "Cook it in salted water for 10 minutes.")}` +
      `${step("Serve", "Toss with the sauce.")}</body></html>`;
    const result = importHtml({ text: html });
    expect(result.ok && result.value.stepGroups?.flatMap((g) => g.steps)).toMatchObject([
      { title: "Boil the pasta", text: "Cook it in salted water for 10 minutes." },
      { title: "Serve", text: "Toss with the sauce." },
    ]);
  });
});
