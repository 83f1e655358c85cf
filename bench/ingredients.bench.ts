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

type Parse = (line: string) => unknown;

/** Lines per second on one core for each parser. On a shared machine the load changes from one
 *  second to the next, so the parsers take turns: one pass each (the first, unmeasured, warms
 *  the JIT and any lazy tables), then round after round of about a second each until `seconds`
 *  per parser have gone by, every parser keeping its best round. All see the same lines. */
function measureInTurns(lines: readonly string[], seconds: number, parsers: readonly Parse[]) {
  let sink = 0;
  const pass = (parse: Parse) => {
    for (const line of lines) if (parse(line)) sink++;
  };
  for (const parse of parsers) pass(parse);
  const best = parsers.map(() => 0);
  const rounds = Math.max(1, Math.round(seconds));
  for (let round = 0; round < rounds; round++) {
    parsers.forEach((parse, p) => {
      let done = 0;
      const started = performance.now();
      do {
        pass(parse);
        done += lines.length;
      } while (performance.now() - started < 1000);
      best[p] = Math.max(best[p]!, done / ((performance.now() - started) / 1000));
    });
  }
  return sink >= 0 ? best : best.map(() => 0);
}

/** A peer that throws on a line still spent the time. */
function tolerant(parse: Parse): Parse {
  return (line) => {
    try {
      return parse(line);
    } catch {
      return undefined;
    }
  };
}

export async function ingredientsBench(options: { seconds: number }): Promise<BenchRow[]> {
  const lines = readLines();
  const peers: [string, Parse][] = [
    ["@jlucaspains/sharp-recipe-parser 2.1.0", (line) => sharpParse(line, "en")],
    ["parse-ingredient 3.0.0", (line) => parseIngredientPeer(line)],
  ];
  const [ours, ...rates] = measureInTurns(lines, options.seconds, [
    parseIngredientLine,
    ...peers.map(([, parse]) => tolerant(parse)),
  ]);
  return peers.map(([peerName], p) => ({
    bench: "ingredients",
    case: `parse ${lines.length.toLocaleString("en")} real ingredient lines, one core`,
    unit: "lines/s",
    ours: ours!,
    peer: rates[p]!,
    peerName,
    notes: "best 1 s round of each, parsers in turns",
  }));
}
