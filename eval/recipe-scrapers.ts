import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import type { Recipe } from "../src/domain/recipe.js";

/** The recipe-scrapers corpus as both import suites read it: each page beside the JSON its
 *  Python library is expected to give, and the golden's conventions for times and yields. */

export type Golden = Record<string, unknown>;

export interface GoldenPage {
  /** "host/file.html", for messages. */
  readonly name: string;
  readonly htmlPath: string;
  readonly golden: Golden;
}

export function loadGoldenPages(dir: string): GoldenPage[] {
  if (!existsSync(dir)) throw new Error(`no recipe-scrapers corpus at ${dir}`);
  const pages: GoldenPage[] = [];
  for (const host of readdirSync(dir, { withFileTypes: true })) {
    if (!host.isDirectory()) continue;
    for (const file of readdirSync(join(dir, host.name)).sort()) {
      if (!file.endsWith(".html")) continue;
      const base = join(dir, host.name, file.slice(0, -5));
      if (!existsSync(`${base}.json`)) continue;
      const golden = JSON.parse(readFileSync(`${base}.json`, "utf8")) as Golden;
      pages.push({ name: `${host.name}/${file}`, htmlPath: `${base}.html`, golden });
    }
  }
  return pages;
}

export const normaliseSpace = (s: string) => s.replace(/[\s\u00a0\ufeff]+/g, " ").trim();

/** Case, entities, compatibility forms and punctuation (incl. symbols such as "▢" and "⁄")
 *  ignored: what the text-import targets compare. */
export const normaliseLoosely = (s: string) =>
  normaliseSpace(
    decodeHTML(s)
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, " "),
  );

export const goldenText = (v: unknown) => (typeof v === "string" ? v : undefined);

export function goldenInstructions(golden: Golden): string[] {
  const list = golden.instructions_list;
  if (Array.isArray(list)) return list as string[];
  return (
    goldenText(golden.instructions)
      ?.split("\n")
      .filter((s) => s.trim()) ?? []
  );
}

/** Steps as the goldens list them: a section's name is an item of its own. */
export function instructionItems(recipe: Recipe): string[] {
  return recipe.stepGroups.flatMap((g) => [
    ...(g.title !== undefined ? [g.title] : []),
    ...g.steps.map((s) => s.text),
  ]);
}

export const ingredientLines = (recipe: Recipe) =>
  recipe.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text));

/** Total time in minutes as the goldens count it: the stated total, else prep + cook. */
export function totalMinutes(recipe: Recipe): number | undefined {
  const { prep, cook, total } = recipe.times;
  const max = (d: { min: number; max?: number | undefined } | undefined) => d?.max ?? d?.min;
  const seconds = max(total) ?? (prep || cook ? (max(prep) ?? 0) + (max(cook) ?? 0) : undefined);
  return seconds === undefined ? undefined : Math.round(seconds / 60);
}

export const firstNumber = (s: string) => {
  const m = /\d+(?:[.,]\d+)?/.exec(s);
  return m ? Number(m[0].replace(",", ".")) : undefined;
};

export function yieldNumber(recipe: Recipe): number | undefined {
  const q = recipe.yields?.quantity;
  if (!q) return undefined;
  return q.kind === "exact" ? q.value : q.kind === "range" ? q.min : firstNumber(q.text);
}

/** Whether a recipe's yield is the golden's number. The goldens' library reads "8-10" and
 *  "3 to 4" as the upper bound but "24 - 30" as the lower: a range matches a golden that names
 *  either of its bounds. */
export function yieldMatches(recipe: Recipe | undefined, golden: Golden): boolean {
  const want = goldenYield(golden);
  const q = recipe?.yields?.quantity;
  if (q?.kind === "range" && want !== undefined) return want === q.min || want === q.max;
  return (recipe && yieldNumber(recipe)) === want;
}

/** The golden's total time in minutes, or undefined when it states none. */
export function goldenMinutes(golden: Golden): number | undefined {
  const want = golden.total_time;
  if (want === undefined || want === null) return undefined;
  return typeof want === "number" ? want : firstNumber(String(want));
}

export function goldenYield(golden: Golden): number | undefined {
  const want = golden.yields;
  if (want === undefined || want === null) return undefined;
  return firstNumber(String(want));
}
