import { fail, ok, type Result } from "../lib/result.js";
import { densityOf } from "./densities.js";
import type { Quantity } from "./quantity.js";
import { unitById } from "./units.js";

export const ConvertIssueCode = {
  UnitUnknown: "UNIT_UNKNOWN",
  Incompatible: "UNITS_INCOMPATIBLE",
  DensityUnknown: "DENSITY_UNKNOWN",
  NotANumber: "QUANTITY_NOT_A_NUMBER",
} as const;

/** How many `to` units one `from` unit is: volume to volume, mass to mass, and volume ↔ mass
 *  through the density of `food` (densities.ts). */
export function conversionFactor(from: string, to: string, food?: string): Result<number> {
  const a = unitById(from);
  const b = unitById(to);
  if (!a?.base || !b?.base) {
    const which = !a?.base ? from : to;
    return fail(ConvertIssueCode.UnitUnknown, `"${which}" has no fixed size to convert`);
  }
  if (a.kind === b.kind) return ok(a.base / b.base);
  const density = food === undefined ? undefined : densityOf(food);
  if (density === undefined) {
    return fail(
      ConvertIssueCode.DensityUnknown,
      `converting ${a.name} to ${b.name} needs the density of ${food ?? "the food"}`,
    );
  }
  // Volume bases are millilitres, mass bases grams.
  return ok(a.kind === "volume" ? (a.base * density) / b.base : a.base / density / b.base);
}

/** The same amount in another unit: 2 tbsp → 6 tsp, 1 cup flour → 120 g. */
export function convertQuantity(
  quantity: Quantity,
  from: string,
  to: string,
  food?: string,
): Result<Quantity> {
  if (quantity.kind === "text") {
    return fail(ConvertIssueCode.NotANumber, `"${quantity.text}" is not a number to convert`);
  }
  const factor = conversionFactor(from, to, food);
  if (!factor.ok) return factor;
  const f = factor.value;
  return ok(
    quantity.kind === "exact"
      ? { kind: "exact", value: quantity.value * f }
      : { kind: "range", min: quantity.min * f, max: quantity.max * f },
  );
}
