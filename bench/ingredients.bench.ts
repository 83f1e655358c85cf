import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseIngredient as sharpParse } from "@jlucaspains/sharp-recipe-parser";
import { parseIngredient as parseIngredientPeer } from "parse-ingredient";
import { parseIngredientLine } from "../src/domain/parse-ingredient-line.js";
import type { BenchRow } from "./bench-row.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The unlabelled bbc and cookstr sentences of the shared corpus: real lines, never trained on. */
function readLines(): string[] {
  const dir = join(root, "..", "shared", "corpus", "ingredients", "strangetom");
  return ["unlabelled-bbc.txt", "unlabelled-cookstr.txt"].flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => line.trim()),
  );
}

/** Lines per second on one core: whole passes over the lines until `seconds` have gone by. */
function measure(lines: readonly string[], seconds: number, parse: (line: string) => unknown) {
  let sink = 0;
  const pass = () => {
    for (const line of lines) if (parse(line)) sink++;
  };
  pass(); // warm the JIT and any lazy tables
  let done = 0;
  const started = performance.now();
  do {
    pass();
    done += lines.length;
  } while (performance.now() - started < seconds * 1000);
  const rate = done / ((performance.now() - started) / 1000);
  return sink >= 0 ? rate : 0;
}

export async function ingredientsBench(options: { seconds: number }): Promise<BenchRow[]> {
  const lines = readLines();
  const ours = measure(lines, options.seconds, parseIngredientLine);
  const peers: [string, (line: string) => unknown][] = [
    ["@jlucaspains/sharp-recipe-parser 2.1.0", (line) => sharpParse(line, "en")],
    ["parse-ingredient 3.0.0", (line) => parseIngredientPeer(line)],
  ];
  return peers.map(([peerName, parse]) => ({
    bench: "ingredients",
    case: `parse ${lines.length.toLocaleString("en")} real ingredient lines, one core`,
    unit: "lines/s",
    ours,
    peer: measure(lines, options.seconds, (line) => {
      try {
        return parse(line);
      } catch {
        return undefined; // a peer that throws on a line still spent the time
      }
    }),
    peerName,
  }));
}
