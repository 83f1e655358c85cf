import { describe, expect, it } from "vitest";
import { parseCooklang } from "./parse-cooklang.js";
import { parseCooklangLine, readCooklangQuantity } from "./parse-cooklang-line.js";

describe("parseCooklangLine", () => {
  it("reads multi-word ingredients with amounts and units", () => {
    expect(parseCooklangLine("Stir in @brown sugar{2%tbsp} slowly")).toEqual([
      { type: "text", value: "Stir in " },
      { type: "ingredient", name: "brown sugar", quantity: 2, units: "tbsp" },
      { type: "text", value: " slowly" },
    ]);
  });

  it("ends a one-word ingredient at punctuation and gives it no amount", () => {
    expect(parseCooklangLine("Season with @pepper; taste")).toEqual([
      { type: "text", value: "Season with " },
      { type: "ingredient", name: "pepper", quantity: "some", units: "" },
      { type: "text", value: "; taste" },
    ]);
  });

  it("marks fixed amounts, optional ingredients and preparation notes", () => {
    expect(parseCooklangLine("@salt{=1%tsp} @?parsley{} @onion{1}(finely chopped)")).toEqual([
      { type: "ingredient", name: "salt", quantity: 1, units: "tsp", fixed: true },
      { type: "text", value: " " },
      { type: "ingredient", name: "parsley", quantity: "some", units: "", optional: true },
      { type: "text", value: " " },
      { type: "ingredient", name: "onion", quantity: 1, units: "", note: "finely chopped" },
    ]);
  });

  it("reads cookware with and without a count, and timers with and without a name", () => {
    expect(
      parseCooklangLine("Use #sheet pans{2} and #whisk, bake ~{25%minutes}, ~cool{1%hour}"),
    ).toEqual([
      { type: "text", value: "Use " },
      { type: "cookware", name: "sheet pans", quantity: 2 },
      { type: "text", value: " and " },
      { type: "cookware", name: "whisk", quantity: 1 },
      { type: "text", value: ", bake " },
      { type: "timer", name: "", quantity: 25, units: "minutes" },
      { type: "text", value: ", " },
      { type: "timer", name: "cool", quantity: 1, units: "hour" },
    ]);
  });

  it("leaves a marker followed by a space as text", () => {
    expect(parseCooklangLine("Email me @ home or call # 3")).toEqual([
      { type: "text", value: "Email me @ home or call # 3" },
    ]);
  });
});

describe("readCooklangQuantity", () => {
  it("turns numbers and fractions into numbers and keeps words", () => {
    expect(readCooklangQuantity(" 3 ")).toBe(3);
    expect(readCooklangQuantity("0.25")).toBe(0.25);
    expect(readCooklangQuantity("3 / 4")).toBe(0.75);
    expect(readCooklangQuantity("02/3")).toBe("02/3");
    expect(readCooklangQuantity("a handful")).toBe("a handful");
  });
});

describe("parseCooklang", () => {
  it("splits steps at blank lines and joins a step's lines with a space", () => {
    const parsed = parseCooklang("Boil @water{1%l}\nuntil bubbling.\n\nAdd @pasta{200%g}.\n");
    expect(parsed.steps).toHaveLength(2);
    expect(parsed.steps[0]).toEqual([
      { type: "text", value: "Boil " },
      { type: "ingredient", name: "water", quantity: 1, units: "l" },
      { type: "text", value: " until bubbling." },
    ]);
  });

  it("drops line and block comments but keeps a run of three dashes", () => {
    const parsed = parseCooklang(
      "Mix -- not too long\nwell [- really -] now\n\n[- a\nb -]\nA --- B",
    );
    expect(parsed.steps).toEqual([
      [{ type: "text", value: "Mix  well  now" }],
      [{ type: "text", value: "A --- B" }],
    ]);
  });

  it("reads sections and notes in place", () => {
    const parsed = parseCooklang(
      "= Dough\nKnead @flour{500%g}.\n\n> Rest it well.\n> Really.\n\n== Filling ==\nChop @apples{3}.",
    );
    expect(parsed.sections.map((s) => s.name)).toEqual([undefined, "Dough", "Filling"]);
    expect(parsed.sections[1]?.blocks.map((b) => b.type)).toEqual(["step", "note"]);
    expect(parsed.sections[1]?.blocks[1]).toEqual({ type: "note", text: "Rest it well. Really." });
    expect(parsed.steps).toHaveLength(2);
  });

  it("reads YAML front matter, including lists", () => {
    const parsed = parseCooklang(
      "---\ntitle: Flatbread\ntags: [bread, quick]\nservings: 4\n---\nBake.",
    );
    expect(parsed.metadata).toEqual({ title: "Flatbread", tags: ["bread", "quick"], servings: 4 });
    expect(parsed.steps).toEqual([[{ type: "text", value: "Bake." }]]);
  });

  it("reads the older '>>' metadata lines anywhere", () => {
    const parsed = parseCooklang(
      ">> source: https://example.org/x\nFry.\n\n>> time required: 20 minutes",
    );
    expect(parsed.metadata).toEqual({
      source: "https://example.org/x",
      "time required": "20 minutes",
    });
    expect(parsed.steps).toHaveLength(1);
  });

  it("falls back to key: value lines when the front matter is not YAML", () => {
    expect(parseCooklang("---\nrest time   :2 hours\n---\n").metadata).toEqual({
      "rest time": "2 hours",
    });
  });

  it("keeps no empty note", () => {
    // Found by fuzzing: a ">" alone gave an empty author's note, which the model refuses.
    expect(parseCooklang("> \n\nBoil.").sections[0]?.blocks).toEqual([
      { type: "step", items: [{ type: "text", value: "Boil." }] },
    ]);
  });

  it("reads unclosed comments, braces and notes in linear time", () => {
    // Found by fuzzing: each unclosed "[-", "{" or "(" was searched to the end of the text.
    const started = performance.now();
    for (const piece of ["[-", "@a{", "@a{}("]) parseCooklang(piece.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(parseCooklang("a [- x -] b [- c").steps).toEqual([
      [{ type: "text", value: "a  b [- c" }],
    ]);
  });
});
