import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { importRecipe } from "../../src/app/import-recipe.js";
import type { Recipe } from "../../src/domain/recipe.js";
import type { EvalContext, Metric } from "../metric.js";
import {
  type Golden,
  goldenInstructions,
  goldenMinutes,
  goldenText,
  goldenYield,
  ingredientLines,
  instructionItems,
  loadGoldenPages,
  normaliseSpace,
  totalMinutes,
  yieldNumber,
} from "../recipe-scrapers.js";

/** HTML import on the recipe-scrapers corpus: each page beside the JSON its Python library is
 *  expected to give. Strict compares whitespace-normalised strings exactly (lists as whole
 *  lists); lenient also ignores case, entities and NFKC differences. The goldens' conventions
 *  are adapted here, never in the importer: section names are instruction items, total time is
 *  prep + cook when the page states no total, and yields are read as their first number or
 *  as "N servings" / "N <unit>". A key missing from a golden means the field must be absent. */

const strict = normaliseSpace;
// Lenient also drops parentheses and list-marker glyphs: plugins publish "cauliflower (cut into
// florets)" in JSON-LD where the goldens read the same words from the HTML spans without them.
const lenient = (s: string) =>
  strict(
    decodeHTML(s)
      .normalize("NFKC")
      .replace(/\u2044/g, "/")
      .replace(/[()▢]/g, " ")
      .replace(/\s+([,;.])/g, "$1"),
  ).toLowerCase();

const sameList = (a: readonly string[], b: readonly string[], f: (s: string) => string) =>
  a.length === b.length && a.every((x, i) => f(x) === f(b[i]!));

/** The Python library's normal form: "4 servings", "1 serving", "12 cookies". */
function yieldString(recipe: Recipe): string | undefined {
  const n = yieldNumber(recipe);
  if (n === undefined || !recipe.yields) return undefined;
  const unit = recipe.yields.unit;
  if (!unit || /serv|people|person|portion|pers/i.test(unit)) {
    return `${n} serving${n === 1 ? "" : "s"}`;
  }
  return `${n} ${unit}`;
}

interface Case {
  readonly name: string;
  readonly golden: Golden;
  readonly recipe?: Recipe;
}

type Check = (c: Case, f: (s: string) => string) => boolean;

const text = goldenText;
const absentOr =
  (key: string, ours: (r: Recipe) => string | undefined): Check =>
  (c, f) => {
    const want = text(c.golden[key]);
    const got = c.recipe && ours(c.recipe);
    return want === undefined || want === ""
      ? got === undefined
      : got !== undefined && f(got) === f(want);
  };

const CHECKS: Record<string, { label: string; check: Check; target?: boolean }> = {
  title: { label: "title", check: absentOr("title", (r) => r.title), target: true },
  ingredients: {
    label: "ingredients (exact list)",
    target: true,
    check: (c, f) => {
      const want = c.golden.ingredients;
      const got = c.recipe && ingredientLines(c.recipe);
      return Array.isArray(want) && got !== undefined && sameList(got, want as string[], f);
    },
  },
  instructions: {
    label: "instructions (exact list)",
    target: true,
    check: (c, f) => {
      const want = goldenInstructions(c.golden);
      const got = c.recipe && instructionItems(c.recipe);
      return got !== undefined && sameList(got, want, f);
    },
  },
  totalTime: {
    label: "total time (minutes)",
    target: true,
    check: (c) => {
      const want = goldenMinutes(c.golden);
      const got = c.recipe && totalMinutes(c.recipe);
      return want === undefined ? got === undefined || got === 0 : got === want;
    },
  },
  yieldsNumber: {
    label: "yields (first number)",
    target: true,
    check: (c) => {
      const got = c.recipe && yieldNumber(c.recipe);
      return got === goldenYield(c.golden);
    },
  },
  yieldsString: {
    label: "yields (string)",
    check: (c, f) => {
      const want = c.golden.yields;
      const got = c.recipe && yieldString(c.recipe);
      if (want === undefined || want === null) return got === undefined;
      return got !== undefined && f(got) === f(String(want));
    },
  },
  author: { label: "author", check: absentOr("author", (r) => r.source.author) },
  siteName: { label: "site name", check: absentOr("site_name", (r) => r.source.site) },
  canonicalUrl: { label: "canonical URL", check: absentOr("canonical_url", (r) => r.source.url) },
  language: { label: "language", check: absentOr("language", (r) => r.language) },
  image: { label: "image", check: absentOr("image", (r) => r.images[0]?.url) },
};

function loadCases(dir: string): Case[] {
  return loadGoldenPages(dir).map(({ name, htmlPath, golden }) => {
    const result = importRecipe({
      bytes: readFileSync(htmlPath),
      format: "auto",
      name: name.slice(name.indexOf("/") + 1),
    });
    return { name, golden, ...(result.ok && { recipe: result.value }) };
  });
}

export async function htmlImport(context: EvalContext): Promise<Metric[]> {
  const cases = loadCases(join(context.corpus, "recipe-scrapers"));
  const metrics: Metric[] = [];
  const share = (n: number) => n / cases.length;
  const targets = Object.entries(CHECKS).filter(([, c]) => c.target);
  for (const [mode, f] of [
    ["strict", strict],
    ["lenient", lenient],
  ] as const) {
    for (const [key, { label, check }] of Object.entries(CHECKS)) {
      const misses = cases.filter((c) => !check(c, f)).map((c) => c.name);
      metrics.push({
        id: `html.${key}.${mode}`,
        value: share(cases.length - misses.length),
        label: `HTML ${label}, ${mode} (${cases.length} pages)`,
        ...(mode === "strict" && { misses }),
      });
    }
    const allFive = cases.filter((c) => targets.every(([, t]) => t.check(c, f))).length;
    metrics.push({
      id: `html.allFive.${mode}`,
      value: share(allFive),
      label: `HTML all five at once, ${mode}`,
    });
  }
  const imported = cases.filter((c) => c.recipe).length;
  metrics.push({ id: "html.imports", value: share(imported), label: "HTML pages that import" });
  return metrics;
}
