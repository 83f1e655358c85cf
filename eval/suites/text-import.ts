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
  yieldNumber,
} from "../recipe-scrapers.js";

/** Text import on the recipe-scrapers corpus: each page's visible text (never its markup,
 *  JSON-LD or microdata) imported with `--from text` and compared with the page's golden.
 *  Title and ingredients must be equal after normalising case, whitespace, entities and
 *  punctuation; instructions pass at a token F1 of 0.9 over all steps joined; yields (first
 *  number) and total time (minutes) are scored on the pages whose golden states them. */

interface Case {
  readonly name: string;
  readonly golden: Golden;
  readonly recipe?: Recipe;
}

const tokens = (s: string) => normaliseLoosely(s).split(" ").filter(Boolean);

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
      normaliseLoosely(c.recipe.title) === normaliseLoosely(goldenText(c.golden.title) ?? ""),
  },
  ingredients: {
    label: "ingredients (list, item by item)",
    applies: (g) => Array.isArray(g.ingredients),
    passes: (c) => {
      const want = (c.golden.ingredients as string[]).map(normaliseLoosely).filter(Boolean);
      const got = c.recipe ? ingredientLines(c.recipe).map(normaliseLoosely).filter(Boolean) : [];
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
    passes: (c) => c.recipe !== undefined && yieldNumber(c.recipe) === goldenYield(c.golden),
  },
  totalTime: {
    label: "total time (minutes)",
    applies: (g) => goldenMinutes(g) !== undefined,
    passes: (c) => c.recipe !== undefined && totalMinutes(c.recipe) === goldenMinutes(c.golden),
  },
};

export async function textImport(context: EvalContext): Promise<Metric[]> {
  const pages = loadGoldenPages(join(context.corpus, "recipe-scrapers"));
  const texts = await readPageTexts(pages.map((p) => p.htmlPath));
  const cases: Case[] = pages.map(({ name, htmlPath, golden }) => {
    const result = importRecipe({
      bytes: Buffer.from(texts.get(htmlPath) ?? "", "utf8"),
      format: "text",
      name: `${name}.txt`,
    });
    return { name, golden, ...(result.ok && { recipe: result.value }) };
  });
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
