import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readMicrodata } from "./read-microdata.js";

// Values keep the markup's line breaks (the model's reader cleans them): compare them tidied.
const tidy = (value: unknown): unknown =>
  typeof value === "string"
    ? value.replace(/\s+/g, " ").trim()
    : Array.isArray(value)
      ? value.map(tidy)
      : value;
const items = (body: string) =>
  readMicrodata(parsePage(`<html><body>${body}</body></html>`).roots).map((item) =>
    Object.fromEntries(Object.entries(item).map(([k, v]) => [k, tidy(v)])),
  );

describe("readMicrodata", () => {
  it("reads the older hrecipe class names, an image's address but no link's", () => {
    const [item] = items(
      `<div class="hrecipe"><p class="fn"><img class="photo" src="/mac.jpg"></p><p class="fn">Mac &amp; Cheese</p>` +
        `<span class="yield">4 sandwiches</span><span class="duration">30 min</span>` +
        `<ul><li class="ingredient"><a href="#">2 cups</a> macaroni</li><li class="ingredient">4 slices cheddar</li></ul>` +
        `<ol class="instructions"><li>Boil the macaroni.</li><li>Grill the sandwiches.</li></ol></div>`,
    );
    expect(item).toMatchObject({
      name: "Mac & Cheese",
      image: "/mac.jpg",
      recipeYield: "4 sandwiches",
      totalTime: "30 min",
      recipeIngredient: ["2 cups macaroni", "4 slices cheddar"],
    });
    expect(item?.recipeInstructions).toBe("Boil the macaroni. Grill the sandwiches.");
  });

  it("reads an element that is both a microdata item and an hrecipe as both", () => {
    const found = items(
      `<div class="hrecipe" itemscope itemtype="http://schema.org/Recipe"><h1 itemprop="name">Mantu</h1>` +
        `<ul><li class="ingredient">2 cups onions</li></ul></div>`,
    );
    expect(found.map((f) => f.name ?? f.recipeIngredient)).toEqual(["Mantu", "2 cups onions"]);
  });

  it("reads the steps inside an hrecipe container of the same class, not the container", () => {
    const [item] = items(
      `<div class="hrecipe"><div class="instructions"><p>Mantu is the best-loved dish.</p>` +
        `<ul><li class="ingredient">2 cups onions</li></ul>` +
        `<p class="instructions">Fry the onions.</p><p class="instructions">Steam the dumplings.</p></div></div>`,
    );
    expect(item?.recipeInstructions).toEqual(["Fry the onions.", "Steam the dumplings."]);
  });

  it("leaves out the page's tag links that a theme classes as an ingredient", () => {
    const [item] = items(
      `<div class="hrecipe"><ul><li class="ingredient">2 cups onions</li>` +
        `<li class="ingredient">1 pound <a href="/ingredient/beef/" rel="tag">beef</a></li></ul>` +
        `<p><span class="ingredient">Ingredients: <a href="/ingredient/beef/" rel="tag">Beef</a>, ` +
        `<a href="/ingredient/onion/" rel="tag">Onion</a></span></p></div>`,
    );
    expect(item?.recipeIngredient).toEqual(["2 cups onions", "1 pound beef"]);
    const [linked] = items(
      `<div class="hrecipe"><ul><li class="ingredient">2 cups onions</li>` +
        `<li class="ingredient"><a href="/tag/salt/" rel="tag">Salt</a></li></ul></div>`,
    );
    expect(linked?.recipeIngredient).toEqual(["2 cups onions", "Salt"]);
  });

  it("names an author given as an h-card by its fn part, not the whole card", () => {
    const [item] = items(
      `<div class="hrecipe"><h1 class="fn">Mantu</h1><div class="author vcard">` +
        `<img class="photo" src="/ana.jpg"><h5 class="fn"><a href="/cooks/ana">Ana</a></h5>` +
        `<a class="url" href="/cooks/ana">More recipes by this cook</a></div></div>`,
    );
    expect(item).toMatchObject({ name: "Mantu", author: "Ana" });
  });
});
