import { describe, expect, it } from "vitest";
import { parsePage } from "./parse-page.js";
import { readMarkupLines, readVisibleText } from "./read-visible-text.js";

const lines = (html: string) =>
  readVisibleText(parsePage(html).roots)
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);

describe("readVisibleText", () => {
  it("breaks lines at blocks, not where the markup wraps its text", () => {
    expect(
      lines("<ol><li>\n  Cook the noodles\naccording to the packet.\n</li><li>Drain.</li></ol>"),
    ).toEqual(["Cook the noodles according to the packet.", "Drain."]);
  });

  it("keeps the line ends of preformatted text", () => {
    expect(lines("<p>Mix\nwell.</p><pre>1 egg\n2 cups milk</pre><p>Then\nbake.</p>")).toEqual([
      "Mix well.",
      "1 egg",
      "2 cups milk",
      "Then bake.",
    ]);
  });

  it("reads a drop-down as the option it shows: the selected one, else its first", () => {
    const select = (options: string) => `<p>Serves <select>${options}</select> people</p>`;
    expect(
      lines(select("<option>2</option><option selected>6</option><option>8</option>")),
    ).toEqual(["Serves 6 people"]);
    expect(
      lines(select("<optgroup label='n'><option>4</option><option>5</option></optgroup>")),
    ).toEqual(["Serves 4 people"]);
  });
});

describe("readMarkupLines", () => {
  it("reads a JSON-LD string's line ends as line breaks, beside its tags", () => {
    expect(readMarkupLines("Mix the flour.\nBake <b>hot</b>.<br>Serve.")).toEqual([
      "Mix the flour.",
      "Bake hot.",
      "Serve.",
    ]);
  });
});
