import { stemWord } from "../../src/domain/match-foods.js";
import {
  type ParsedIngredient,
  parseIngredientLine,
} from "../../src/domain/parse-ingredient-line.js";
import type { Quantity } from "../../src/domain/quantity.js";
import { NUMBER_WORDS } from "../../src/domain/tokenize-ingredient-line.js";
import {
  type GoldLine,
  goldUnitId,
  readGoldNumber,
  readStrangetom,
  readTasteset,
  STRANGETOM_SOURCES,
} from "../ingredient-corpus.js";
import type { EvalContext, Metric } from "../metric.js";

type Range = { min: number; max: number } | null | "words";

/** The labels' own normalisation: lowercase words, singular ("leaves" → "leaf"), no punctuation. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) =>
    w.endsWith("ves") && w.length > 4 ? `${w.slice(0, -3)}f` : stemWord(w),
  );
}

function goldQuantity(line: GoldLine): Range {
  const first = line.quantity.split(/\s+(?![^\s]*[⁄/])/)[0] ?? "";
  if (!first) return null;
  const number = readGoldNumber(first);
  if (number) return number;
  const word = NUMBER_WORDS[first.toLowerCase()];
  return word === undefined ? "words" : { min: word, max: word };
}

function predictedQuantity(quantity: Quantity | undefined): Range {
  if (!quantity) return null;
  if (quantity.kind === "exact") return { min: quantity.value, max: quantity.value };
  if (quantity.kind === "range") return { min: quantity.min, max: quantity.max };
  return "words";
}

function sameQuantity(gold: Range, predicted: Range): boolean {
  if (gold === null || gold === "words") return predicted === null || predicted === "words";
  if (predicted === null || predicted === "words") return false;
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.abs(b) + 1e-9;
  return close(predicted.min, gold.min) && close(predicted.max, gold.max);
}

/** The labels list units in sentence order; so does this: the first unit written. */
function predictedUnit(parsed: ParsedIngredient): string | null {
  let best: { unit: string; at: number } | undefined;
  for (const a of parsed.amounts) {
    if (a.unit !== undefined && (best === undefined || (a.unitStart ?? a.start) < best.at))
      best = { unit: a.unit, at: a.unitStart ?? a.start };
  }
  return best ? best.unit.toLowerCase() : null;
}

function tokenF1(gold: string[], predicted: string[]): number {
  if (gold.length === 0 && predicted.length === 0) return 1;
  const left = [...gold];
  let common = 0;
  for (const w of predicted) {
    const at = left.indexOf(w);
    if (at >= 0) {
      common++;
      left.splice(at, 1);
    }
  }
  return common === 0 ? 0 : (2 * common) / (gold.length + predicted.length);
}

interface Tally {
  n: number;
  quantity: number;
  unit: number;
  both: number;
  name: number;
  f1: number;
  full: number;
  single: number;
  singleFull: number;
  misses: string[];
}

function score(lines: readonly GoldLine[]): Tally {
  const t: Tally = {
    n: 0,
    quantity: 0,
    unit: 0,
    both: 0,
    name: 0,
    f1: 0,
    full: 0,
    single: 0,
    singleFull: 0,
    misses: [],
  };
  for (const line of lines) {
    const parsed = parseIngredientLine(line.input);
    if (parsed.kind !== "ingredient") {
      t.n++;
      continue;
    }
    const q = sameQuantity(goldQuantity(line), predictedQuantity(parsed.amounts[0]?.quantity));
    const goldUnit = goldUnitId(line.unit);
    const unit =
      goldUnit === predictedUnit(parsed) ||
      (goldUnit !== null && goldUnit === stemWord(predictedUnit(parsed) ?? ""));
    const goldName = words(line.name);
    const name = goldName.join(" ") === words(parsed.food).join(" ");
    const full = q && unit && name;
    t.n++;
    if (q) t.quantity++;
    if (unit) t.unit++;
    if (q && unit) t.both++;
    if (name) t.name++;
    t.f1 += tokenF1(goldName, words(parsed.food));
    if (full) t.full++;
    if (line.quantity.trim().split(/\s+/).length <= 1) {
      t.single++;
      if (full) t.singleFull++;
    }
    if (!full && t.misses.length < 5)
      t.misses.push(
        `${line.input} → ${JSON.stringify({ q: parsed.amounts[0]?.quantity, u: predictedUnit(parsed), food: parsed.food })} gold ${JSON.stringify([line.quantity, goldUnit, line.name])}`,
      );
  }
  return t;
}

/** The ingredient-line parser on labelled lines, per source. The strangetom figures are on the
 *  fifth of each source the tagger never trained on; TASTEset was never trained on at all. */
export async function ingredients(context: EvalContext): Promise<Metric[]> {
  const sources: [string, GoldLine[]][] = [
    ...STRANGETOM_SOURCES.map((s): [string, GoldLine[]] => [
      s,
      readStrangetom(context.corpus, s).filter((l) => l.heldOut),
    ]),
    ["TASTEset", readTasteset(context.corpus)],
  ];
  const metrics: Metric[] = [];
  for (const [source, lines] of sources) {
    const t = score(lines);
    const id = `ingredients.${source}`;
    const of = (name: string, label: string, value: number, count = t.n): Metric => ({
      id: `${id}.${name}`,
      label: `${source} (${count} held-out lines): ${label}`,
      value: count === 0 ? 0 : value / count,
    });
    metrics.push(
      of("quantity", "first quantity ±1%", t.quantity),
      of("unit", "first unit", t.unit),
      of("quantityUnit", "quantity and unit", t.both),
      of("foodExact", "food exact", t.name),
      of("foodF1", "food token F1", t.f1),
      { ...of("full", "quantity, unit and food", t.full), misses: t.misses },
      of("singleFull", "single-amount lines: quantity, unit and food", t.singleFull, t.single),
    );
  }
  return metrics;
}
