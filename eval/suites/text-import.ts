import { join } from "node:path";
import { importRecipe } from "../../src/app/import-recipe.js";
import type { Recipe } from "../../src/domain/recipe.js";
import type { EvalContext, Metric } from "../metric.js";
import { readPageTexts } from "../page-text.js";
import {
  type Golden,
  goldenInstructions,
  goldenMinutes,
  goldenText,
  goldenYield,
  ingredientLines,
  instructionItems,
  loadGoldenPages,
  normaliseLoosely,
  totalMinutes,
  yieldMatches,
} from "../recipe-scrapers.js";

/** Text import on the recipe-scrapers corpus: each page's visible text (never its markup,
 *  JSON-LD or microdata) imported with `--from text` and compared with the page's golden.
 *  Title and ingredients must be equal after normalising case, whitespace, entities and
 *  punctuation; instructions pass at a token F1 of 0.9 over all steps joined; yields (first
 *  number; a range as either bound, as the HTML suite reads the goldens) and total time
 *  (minutes) are scored on the pages whose golden states them. */

interface Case {
  readonly name: string;
  readonly htmlPath: string;
  readonly golden: Golden;
  readonly recipe?: Recipe;
}

/** The issue's normalisation, completed where NFKC alone falls short of it: an invisible soft
 *  hyphen or zero-width mark (`&shy;`, `&zwj;`) is no character a reader sees, and "2⅓" and
 *  "2 ⅓" differ only by whitespace (NFKC would make the first "21⁄3", i.e. twenty-one thirds). */
export const normalise = (s: string) =>
  normaliseLoosely(s.replace(/\p{Cf}/gu, "").replace(/(\d)(?=[¼-¾⅐-⅞])/gu, "$1 "));

const tokens = (s: string) => normalise(s).split(" ").filter(Boolean);

export function tokenF1(got: string, want: string): number {
  const a = tokens(got);
  const b = tokens(want);
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

interface Field {
  readonly label: string;
  /** Whether the golden states the field; pages without it are not scored. */
  readonly applies: (golden: Golden) => boolean;
  readonly passes: (c: Case) => boolean;
}

const FIELDS: Record<string, Field> = {
  title: {
    label: "title",
    applies: (g) => goldenText(g.title) !== undefined,
    passes: (c) =>
      c.recipe !== undefined &&
      normalise(c.recipe.title) === normalise(goldenText(c.golden.title) ?? ""),
  },
  ingredients: {
    label: "ingredients (list, item by item)",
    applies: (g) => Array.isArray(g.ingredients),
    passes: (c) => {
      const want = (c.golden.ingredients as string[]).map(normalise).filter(Boolean);
      const got = c.recipe ? ingredientLines(c.recipe).map(normalise).filter(Boolean) : [];
      return got.length === want.length && got.every((x, i) => x === want[i]);
    },
  },
  instructions: {
    label: "instructions (token F1 >= 0.9)",
    applies: (g) => goldenInstructions(g).length > 0,
    passes: (c) =>
      c.recipe !== undefined &&
      tokenF1(instructionItems(c.recipe).join(" "), goldenInstructions(c.golden).join(" ")) >= 0.9,
  },
  yields: {
    label: "yields (first number)",
    applies: (g) => goldenYield(g) !== undefined,
    passes: (c) => c.recipe !== undefined && yieldMatches(c.recipe, c.golden),
  },
  totalTime: {
    label: "total time (minutes)",
    applies: (g) => goldenMinutes(g) !== undefined,
    passes: (c) => c.recipe !== undefined && totalMinutes(c.recipe) === goldenMinutes(c.golden),
  },
};

/** Why a page's ingredient list missed, by category: the golden's lines are not all in the page's
 *  text (no importer can match it), nothing was imported, or lines were added, dropped or both. */
function ingredientMiss(c: Case, text: string): string {
  const want = (c.golden.ingredients as string[]).map(normalise).filter(Boolean);
  const got = c.recipe ? ingredientLines(c.recipe).map(normalise).filter(Boolean) : [];
  const page = ` ${normalise(text)} `;
  const absent = want.filter((w) => !page.includes(` ${w} `));
  const extra = got.filter((g) => !want.includes(g));
  const missing = want.filter((w) => !got.includes(w));
  const category = !c.recipe
    ? "no-import"
    : absent.length > 0
      ? "not-in-text"
      : extra.length > 0 && missing.length > 0
        ? "changed"
        : extra.length > 0
          ? "extra"
          : missing.length > 0
            ? "dropped"
            : "order-or-count";
  const shown = [
    ...absent.slice(0, 3).map((l) => `      absent  ${l}`),
    ...extra.slice(0, 5).map((l) => `      + ${l}`),
    ...missing.slice(0, 5).map((l) => `      - ${l}`),
  ];
  return [`[${category}] ${c.name}: got ${got.length}, want ${want.length}`, ...shown].join("\n");
}

/** CLAYPOT_EVAL_DIAG=ingredients prints every ingredient miss with its category and lines. */
function printDiagnostics(cases: readonly Case[], texts: ReadonlyMap<string, string>): void {
  if (process.env.CLAYPOT_EVAL_DIAG !== "ingredients") return;
  const misses = cases
    .filter((c) => FIELDS.ingredients!.applies(c.golden))
    .filter((c) => !FIELDS.ingredients!.passes(c));
  const lines = misses.map((c) => ingredientMiss(c, texts.get(c.htmlPath) ?? ""));
  const counts = new Map<string, number>();
  for (const line of lines) {
    const category = /^\[([^\]]+)\]/.exec(line)?.[1] ?? "?";
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  process.stderr.write(`${lines.join("\n")}\n`);
  process.stderr.write(
    `ingredient misses by category: ${[...counts].map(([k, n]) => `${k} ${n}`).join(", ")}\n`,
  );
}

export async function textImport(context: EvalContext): Promise<Metric[]> {
  const pages = loadGoldenPages(join(context.corpus, "recipe-scrapers"));
  const texts = await readPageTexts(pages.map((p) => p.htmlPath));
  const cases: Case[] = pages.map(({ name, htmlPath, golden }) => {
    const result = importRecipe({
      bytes: Buffer.from(texts.get(htmlPath) ?? "", "utf8"),
      format: "text",
      name: `${name}.txt`,
    });
    return { name, htmlPath, golden, ...(result.ok && { recipe: result.value }) };
  });
  printDiagnostics(cases, texts);
  const metrics: Metric[] = Object.entries(FIELDS).map(([key, field]) => {
    const scored = cases.filter((c) => field.applies(c.golden));
    const misses = scored.filter((c) => !field.passes(c)).map((c) => c.name);
    return {
      id: `text.${key}`,
      value: scored.length === 0 ? 0 : (scored.length - misses.length) / scored.length,
      label: `Text ${field.label} (${scored.length} pages)`,
      misses,
    };
  });
  const imported = cases.filter((c) => c.recipe).length;
  metrics.push({
    id: "text.imports",
    value: imported / cases.length,
    label: `Text pages that import (${cases.length} pages)`,
  });
  return metrics;
}
