import { describe, expect, it } from "vitest";
import { parsePage } from "../parse-page.js";
import { readHeadedLists } from "./read-headed-lists.js";

const read = (html: string) => readHeadedLists(parsePage(html).roots[0]!);

describe("readHeadedLists", () => {
  it("leaves out the words a control repeats on every item", () => {
    const item = (text: string) => `<li>${text} <a href="#" class="to-list">shopping list</a></li>`;
    const html = `<div><h3>Ingredients</h3><ul>${["3 chicken breasts, diced", "salt", "2 cups peas"].map(item).join("")}</ul></div>`;
    expect(read(html)).toEqual([
      { title: "Ingredients", lines: ["3 chicken breasts, diced", "salt", "2 cups peas"] },
    ]);
  });

  it("keeps an ending only some items share, or that is a whole item", () => {
    const html = "<div><ul><li>1 cup milk</li><li>2 cups milk</li><li>milk</li></ul></div>";
    expect(read(html)).toEqual([{ lines: ["1 cup milk", "2 cups milk", "milk"] }]);
    const some = "<div><ul><li>1 cup milk</li><li>2 cups milk</li><li>1 egg</li></ul></div>";
    expect(read(some)).toEqual([{ lines: ["1 cup milk", "2 cups milk", "1 egg"] }]);
  });
});
