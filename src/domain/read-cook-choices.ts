export const SPICE_LEVELS = ["mild", "medium", "hot"] as const;

/** What a reader chose on the recipe page (or in cook mode, a list, a plan). */
export interface CookChoices {
  readonly servings?: number;
  readonly units?: "metric" | "us";
  readonly swaps?: readonly string[];
  readonly spice?: (typeof SPICE_LEVELS)[number];
}
const MAX_SWAPS = 10;
const SWAP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The reader's choices from an address: ?servings=6&units=metric&swap=a,b&spice=mild.
 *  Whatever cannot be read is left out, never an error: a shared link with a typo still opens. */
export function readCookChoices(query: Readonly<Record<string, string | undefined>>): CookChoices {
  const servings = Number(query.servings?.trim());
  const units = query.units;
  const spice = SPICE_LEVELS.find((level) => level === query.spice);
  const swaps = [
    ...new Set(
      (query.swap ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length <= 100 && SWAP_ID.test(s)),
    ),
  ].slice(0, MAX_SWAPS);
  const servingsOk =
    query.servings !== undefined &&
    /^\d{1,4}(?:\.\d{1,2})?$/.test(query.servings.trim()) &&
    servings >= 1 &&
    servings <= 1000;
  return {
    ...(servingsOk && { servings }),
    ...((units === "metric" || units === "us") && { units }),
    ...(swaps.length > 0 && { swaps }),
    ...(spice !== undefined && { spice }),
  };
}
