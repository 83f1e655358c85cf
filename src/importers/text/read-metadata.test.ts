import { describe, expect, it } from "vitest";
import { readMetadata } from "./read-metadata.js";
import { splitLines } from "./split-lines.js";

describe("readMetadata", () => {
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

  it("leaves lines that only partly read", () => {
    const { metadata, rest } = readMetadata(
      splitLines("Serves 4 | a crowd of hungry friends who love pasta"),
    );
    expect(metadata).toEqual({ times: {} });
    expect(rest).toHaveLength(1);
  });
});
