import { z } from "zod";

/** An amount as a cook states it: exact ("2"), a range ("2–3 chilies") or words ("a splash").
 *  Marked pure so a browser bundle that only formats amounts leaves zod out (~450 KB). */
export const QuantitySchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("exact"), value: z.number().nonnegative() }),
    z.object({
      kind: z.literal("range"),
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
    }),
    z.object({ kind: z.literal("text"), text: z.string().min(1) }),
  ]))();
export type Quantity = z.infer<typeof QuantitySchema>;

export const exact = (value: number): Quantity => ({ kind: "exact", value });
export const range = (min: number, max: number): Quantity => ({ kind: "range", min, max });

/** The largest number a quantity allows, or undefined for words. */
export function upperBound(quantity: Quantity): number | undefined {
  if (quantity.kind === "exact") return quantity.value;
  if (quantity.kind === "range") return quantity.max;
  return undefined;
}

const FRACTIONS: ReadonlyArray<readonly [number, string]> = [
  [1 / 8, "⅛"],
  [1 / 4, "¼"],
  [1 / 3, "⅓"],
  [1 / 2, "½"],
  [2 / 3, "⅔"],
  [3 / 4, "¾"],
];

/** Cook-friendly number: 1.5 → "1½", 0.333 → "⅓", 2.25 → "2¼", 1.1 → "1.1". */
export function formatNumber(value: number): string {
  const whole = Math.floor(value);
  const rest = value - whole;
  if (rest < 0.01) return String(whole);
  for (const [fraction, glyph] of FRACTIONS) {
    if (Math.abs(rest - fraction) < 0.01) return whole === 0 ? glyph : `${whole}${glyph}`;
  }
  if (rest > 0.99) return String(whole + 1);
  return String(Math.round(value * 100) / 100);
}

export function formatQuantity(quantity: Quantity): string {
  switch (quantity.kind) {
    case "exact":
      return formatNumber(quantity.value);
    case "range":
      return `${formatNumber(quantity.min)}–${formatNumber(quantity.max)}`;
    case "text":
      return quantity.text;
  }
}
