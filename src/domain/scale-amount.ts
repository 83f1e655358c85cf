import { formatNumber, type Quantity } from "./quantity.js";
import { type Unit, unitById } from "./units.js";

/** Scales an amount and writes it the way a cook would: US measures in fractions (⅓ cup,
 *  1½ tsp) in the unit that reads best (3 tsp → 1 tbsp), metric rounded to what a scale or
 *  jug shows (1500 g → 1.5 kg), counts in halves and quarters, ranges kept, words
 *  ("to taste") untouched. */
export interface ScaledAmount {
  readonly quantity: Quantity;
  readonly unit?: string;
  /** "1½ tbsp", "1.5 kg", "2–3", "to taste". */
  readonly text: string;
}

/** Spoons and cups, smallest first, with the least of each a cook measures with it. */
const US_VOLUME: ReadonlyArray<readonly [string, number]> = [
  ["tsp", 0],
  ["tbsp", 1],
  ["cup", 0.25],
];
const FRACTIONS = [0, 1 / 8, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4, 1];

/** The nearest value a measuring set can hold: whole plus ⅛, ¼, ⅓, ½, ⅔, ¾ (halves from 10). */
export function roundToFraction(value: number): number {
  if (value >= 10) return Math.round(value * 2) / 2;
  const whole = Math.floor(value);
  let best = whole;
  for (const f of FRACTIONS) {
    if (Math.abs(whole + f - value) < Math.abs(best - value)) best = whole + f;
  }
  return best === 0 && value > 0 ? 1 / 8 : best;
}

const isFriendly = (value: number) =>
  value > 0 && Math.abs(roundToFraction(value) - value) <= 0.02 * value;

/** Metric as a scale or jug shows it: 0.5 steps under 10, whole under 100, fives above. */
export function roundMetric(value: number): number {
  if (value < 10) return Math.round(value * 2) / 2 || 0.5;
  if (value < 100) return Math.round(value);
  return Math.round(value / 5) * 5;
}

/** Both ends of a range must read well in the unit chosen. */
function chooseUsVolume(ml: number, mlHigh: number, fallback: Unit): Unit {
  for (let i = US_VOLUME.length - 1; i >= 0; i--) {
    const [id, least] = US_VOLUME[i]!;
    const unit = unitById(id)!;
    const value = ml / unit.base!;
    if (value >= least - 1e-9 && isFriendly(value) && isFriendly(mlHigh / unit.base!)) return unit;
  }
  return fallback.id === "cup" && ml / fallback.base! >= 0.25 ? fallback : unitById("tsp")!;
}

/** The unit an amount of `base` (ml or g) reads best in, in the system of `unit`. */
function chooseUnit(unit: Unit, base: number, baseHigh: number): Unit {
  if (unit.system === "metric") {
    const big = unit.kind === "mass" ? "kg" : "l";
    const small = unit.kind === "mass" ? "g" : "ml";
    if (unit.id !== big && unit.id !== small) return unit;
    return unitById(base >= 1000 ? big : small)!;
  }
  if (unit.kind === "mass" && (unit.id === "oz" || unit.id === "lb")) {
    return unitById(base >= 453.59237 - 1e-6 ? "lb" : "oz")!;
  }
  if (US_VOLUME.some(([id]) => id === unit.id)) return chooseUsVolume(base, baseHigh, unit);
  return unit;
}

function round(value: number, unit: Unit | undefined): number {
  if (unit?.system === "metric")
    return unit.id === "kg" || unit.id === "l" ? Math.round(value * 100) / 100 : roundMetric(value);
  return roundToFraction(value);
}

function write(quantity: Quantity, unit: string | undefined): string {
  const metric = unit !== undefined && unitById(unit)?.system === "metric";
  const number = (v: number) => (metric ? String(v) : formatNumber(v));
  const amount =
    quantity.kind === "text"
      ? quantity.text
      : quantity.kind === "exact"
        ? number(quantity.value)
        : `${number(quantity.min)}–${number(quantity.max)}`;
  return unit === undefined || quantity.kind === "text" ? amount : `${amount} ${unit}`;
}

export function scaleAmount(
  amount: { readonly quantity?: Quantity; readonly unit?: string },
  factor: number,
): ScaledAmount {
  const { quantity, unit } = amount;
  if (!quantity || quantity.kind === "text" || !(factor > 0) || !Number.isFinite(factor)) {
    const q = quantity ?? { kind: "text", text: "" };
    return { quantity: q, ...(unit !== undefined && { unit }), text: write(q, unit) };
  }
  const known = unit === undefined ? undefined : unitById(unit);
  const low = quantity.kind === "exact" ? quantity.value : quantity.min;
  const high = quantity.kind === "exact" ? quantity.value : quantity.max;
  let target = known;
  let inTarget = (v: number) => v * factor;
  if (known?.base) {
    const base = low * factor * known.base;
    target = chooseUnit(known, base, high * factor * known.base);
    const ratio = known.base / target.base!;
    inTarget = (v: number) => v * factor * ratio;
  }
  const min = round(inTarget(low), target);
  const max = round(inTarget(high), target);
  const scaled: Quantity =
    quantity.kind === "exact" || min === max
      ? { kind: "exact", value: min }
      : { kind: "range", min, max };
  const unitId = target?.id ?? unit;
  return {
    quantity: scaled,
    ...(unitId !== undefined && { unit: unitId }),
    text: write(scaled, unitId),
  };
}
