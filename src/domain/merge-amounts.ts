import { densityOf } from "./densities.js";
import { formatNumber, type Quantity } from "./quantity.js";
import { scaleAmount } from "./scale-amount.js";
import { unitById } from "./units.js";

/** One amount of a food on a shopping list: a quantity in a unit (or a bare count), words
 *  ("a splash"), or nothing at all ("Garlic", as the founding post lists it). */
export interface ShoppingAmount {
  readonly quantity?: Quantity;
  readonly unit?: string;
}

interface Bucket {
  /** The unit the total is written in: the first one met of its kind. */
  unit?: string;
  /** Kind "volume" or "mass": totals in millilitres or grams; else in `unit` itself. */
  kind: "volume" | "mass" | "count" | "text" | "none";
  min: number;
  max: number;
  ranged: boolean;
  text?: string;
}

function bucketKey(amount: ShoppingAmount): string {
  const { quantity, unit } = amount;
  if (!quantity) return "none";
  if (quantity.kind === "text") return `text:${quantity.text.toLowerCase()}`;
  const known = unit === undefined ? undefined : unitById(unit);
  if (known?.base && (known.kind === "volume" || known.kind === "mass")) return known.kind;
  return `count:${(known?.id ?? unit ?? "").toLowerCase()}`;
}

function bounds(quantity: Quantity, unit: string | undefined): [number, number] {
  const base = (unit !== undefined && unitById(unit)?.base) || 1;
  if (quantity.kind === "exact") return [quantity.value * base, quantity.value * base];
  if (quantity.kind === "range") return [quantity.min * base, quantity.max * base];
  return [0, 0];
}

function toAmount(bucket: Bucket): ShoppingAmount {
  if (bucket.kind === "none") return {};
  if (bucket.kind === "text") return { quantity: { kind: "text", text: bucket.text ?? "" } };
  const base = (bucket.unit !== undefined && unitById(bucket.unit)?.base) || 1;
  const quantity: Quantity = bucket.ranged
    ? { kind: "range", min: bucket.min / base, max: bucket.max / base }
    : { kind: "exact", value: bucket.min / base };
  // Scaling by 1 writes the total in the unit that reads best: 6 tsp → 2 tbsp, 1500 g → 1.5 kg.
  const tidy = scaleAmount(
    { quantity, ...(bucket.unit !== undefined && { unit: bucket.unit }) },
    1,
  );
  return { quantity: tidy.quantity, ...(tidy.unit !== undefined && { unit: tidy.unit }) };
}

/** Adds up amounts of one food: volumes with volumes, masses with masses, and the two together
 *  only when the food's density is known (densities.ts), as grams; counts of the same unit add ("2 eggs"
 *  + "1 egg"); anything else stays beside the rest, in the order first met. */
export function mergeAmounts(amounts: readonly ShoppingAmount[], food: string): ShoppingAmount[] {
  const buckets = new Map<string, Bucket>();
  for (const amount of amounts) {
    const key = bucketKey(amount);
    const kind = key === "volume" || key === "mass" ? key : (key.split(":")[0] as Bucket["kind"]);
    const [min, max] = amount.quantity ? bounds(amount.quantity, amount.unit) : [0, 0];
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.min += min;
      bucket.max += max;
      bucket.ranged ||= amount.quantity?.kind === "range";
      continue;
    }
    buckets.set(key, {
      kind,
      min,
      max,
      ranged: amount.quantity?.kind === "range",
      ...(amount.unit !== undefined && { unit: amount.unit }),
      ...(amount.quantity?.kind === "text" && { text: amount.quantity.text }),
    });
  }
  const volume = buckets.get("volume");
  const mass = buckets.get("mass");
  const density = densityOf(food);
  if (volume && mass && density !== undefined) {
    // Into grams: a shop sells flour and sugar by weight, and grams add up without fractions.
    mass.min += volume.min * density;
    mass.max += volume.max * density;
    mass.ranged ||= volume.ranged;
    buckets.delete("volume");
  }
  return [...buckets.values()].map(toAmount);
}

const plural = (word: string) =>
  word === "leaf" ? "leaves" : /(?:ch|sh|s|x)$/.test(word) ? `${word}es` : `${word}s`;

/** "2 cups", "100 g", "2–3", "a splash", or "" for an amount not stated. Unit names that are
 *  words (cup, clove) take a plural; abbreviations (g, tbsp) do not. */
export function formatAmount(amount: ShoppingAmount): string {
  const { quantity, unit } = amount;
  if (!quantity) return "";
  if (quantity.kind === "text") return quantity.text;
  const known = unit === undefined ? undefined : unitById(unit);
  // Metric as a scale shows it (1.5 kg), the rest as a cook measures it (1½ cups).
  const number = (v: number) => (known?.system === "metric" ? String(v) : formatNumber(v));
  const text =
    quantity.kind === "exact"
      ? number(quantity.value)
      : `${number(quantity.min)}–${number(quantity.max)}`;
  if (unit === undefined) return text;
  const many = quantity.kind === "range" || quantity.value > 1;
  const word = known && known.id === known.name && many ? plural(unit) : unit;
  return `${text} ${word}`;
}

/** "2 cups + 100 g", with "some" for a part that states no amount beside parts that do. */
export function formatAmounts(amounts: readonly ShoppingAmount[]): string {
  const parts = amounts.map(formatAmount).filter((part) => part !== "");
  if (parts.length > 0 && amounts.some((a) => !a.quantity)) parts.push("some");
  return parts.join(" + ");
}
