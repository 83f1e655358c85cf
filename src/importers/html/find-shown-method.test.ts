import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { findShownMethod } from "./find-shown-method.js";

const find = (body: string, method: string) =>
  findShownMethod(parsePage(`<html><body>${body}</body></html>`).roots, method);

describe("findShownMethod", () => {
  it("splits a glued method where the page's paragraphs and line breaks part it", () => {
    const page =
      `<p>Mix the flour and water into a dough.<br><br>Let it rise for an hour.</p>` +
      `<h2>For the sauce</h2><ul><li>2 tomatoes</li><li>1 onion</li></ul>` +
      `<p>Chop the tomatoes and the onion.</p><p>Simmer them for ten minutes.</p>` +
      `<p>Share this recipe</p>`;
    const glued =
      "Mix the flour and water into a dough. Let it rise for an hour.Chop the tomatoes and " +
      "the onion. Simmer them for ten minutes.";
    expect(find(page, glued)).toEqual([
      {
        lines: [
          "Mix the flour and water into a dough.",
          "Let it rise for an hour.",
          "Chop the tomatoes and the onion.",
          "Simmer them for ten minutes.",
        ],
      },
    ]);
  });

  it("gives the headings the method's text names as its sections' titles", () => {
    const page =
      `<h2>Ahead</h2><p>Soak the beans overnight.</p>` +
      `<h2>On the day</h2><p>Boil the beans for an hour.</p><p>Season them well.</p>`;
    const glued =
      "Ahead: Soak the beans overnight. On the day: Boil the beans for an hour.Season them well.";
    expect(find(page, glued)).toEqual([
      { title: "Ahead", lines: ["Soak the beans overnight."] },
      { title: "On the day", lines: ["Boil the beans for an hour.", "Season them well."] },
    ]);
  });

  it("finds nothing when the page does not spell the whole method", () => {
    const page = `<p>Mix the flour and water.</p><p>Bake it.</p>`;
    expect(find(page, "Mix the flour and water.Bake it for an hour.")).toBeUndefined();
  });
});
