import { describe, expect, it } from "vitest";
import { readMetadata } from "./read-metadata.js";
import { splitLines } from "./split-lines.js";

describe("readMetadata", () => {
  it("reads the yield of an ingredients heading and leaves the heading in place", () => {
    const { metadata, rest } = readMetadata(splitLines("Zutaten für 6 Kugeln\n500 g Hackfleisch"));
    expect(metadata.yields?.quantity).toEqual({ kind: "exact", value: 6 });
    expect(rest.map((l) => l.text)).toEqual(["Zutaten für 6 Kugeln", "500 g Hackfleisch"]);
  });

  it("reads yields and times and takes their lines out of the prose", () => {
    const { metadata, rest } = readMetadata(
      splitLines(
        "Serves 4\nPrep time: 10 minutes | Cook time: 30 mins\nTotal Time: 1 hour 10 minutes\nCook the pasta for 10 minutes.",
      ),
    );
    expect(metadata).toEqual({
      yields: { quantity: { kind: "exact", value: 4 }, text: "Serves 4" },
      times: { prep: { min: 600 }, cook: { min: 1800 }, total: { min: 4200 } },
    });
    expect(rest.map((l) => l.text)).toEqual(["Cook the pasta for 10 minutes."]);
  });

  it("leaves lines that only partly read in the prose, still reading what they label", () => {
    const { metadata, rest } = readMetadata(
      splitLines("Serves 4 | a crowd of hungry friends who love pasta"),
    );
    expect(metadata.yields?.quantity).toEqual({ kind: "exact", value: 4 });
    expect(rest).toHaveLength(1);
  });

  const read = (text: string) => readMetadata(splitLines(text)).metadata;

  it("reads times and yields a card prints label by label", () => {
    const metadata = read(
      "PREP TIME\n20\nminutes\nCOOK TIME\n1\nhour\nhr 10\nminutes\nSERVINGS\n12 muffins",
    );
    expect(metadata.times).toEqual({ prep: { min: 1200 }, cook: { min: 4200 } });
    expect(metadata.yields?.quantity).toEqual({ kind: "exact", value: 12 });
  });

  it("reads a yield labelled inside a line of furniture", () => {
    expect(read("Calories 433Servings 4 servingsCourse Drinks").yields?.quantity).toEqual({
      kind: "exact",
      value: 4,
    });
    expect(read("Total Time: 3 hours Yield: 2 loaves 1x").yields?.quantity).toEqual({
      kind: "exact",
      value: 2,
    });
  });

  it("reads a count of people where no label states the yield", () => {
    expect(read("Ingrédients (6 personnes)\n200 g de farine").yields?.quantity).toEqual({
      kind: "exact",
      value: 6,
    });
  });

  it("takes no serving size, no picker and no nutrition per portion for the yield", () => {
    expect(read("Serving size: 1 cookie").yields).toBeUndefined();
    expect(read("1 People\n2 People\n3 People").yields).toBeUndefined();
    expect(read("Nährwerte pro Portion: 376 kcal").yields).toBeUndefined();
  });

  it("takes no chilling or resting time for the total", () => {
    expect(read("Chilling Time: 3 hours\nTotal Time: 4 hours 10 minutes").times).toEqual({
      total: { min: 15000 },
    });
  });

  it("takes a stated 'ready in' only where no card states a time", () => {
    expect(read("This soup is ready in 30 minutes.").times).toEqual({ total: { min: 1800 } });
    expect(
      read("It is ready in 30 minutes, start to finish.\nPrep Time: 10 minutes").times,
    ).toEqual({
      prep: { min: 600 },
    });
  });
});
