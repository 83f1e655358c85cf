import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { importRecipe } from "../../src/app/import-recipe.js";
import type { Recipe } from "../../src/domain/recipe.js";
import type { EvalContext, Metric } from "../metric.js";

/** HTML import on the recipe-scrapers corpus: each page beside the JSON its Python library is
 *  expected to give. Strict compares whitespace-normalised strings exactly (lists as whole
 *  lists); lenient also ignores case, entities and NFKC differences. The goldens' conventions
 *  are adapted here, never in the importer: section names are instruction items, total time is
 *  prep + cook when the page states no total, and yields are read as their first number or
 *  as "N servings" / "N <unit>". A key missing from a golden means the field must be absent. */

type Golden = Record<string, unknown>;

const strict = (s: string) => s.replace(/[\s\u00a0\ufeff]+/g, " ").trim();
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

function instructionItems(recipe: Recipe): string[] {
  return recipe.stepGroups.flatMap((g) => [
    ...(g.title !== undefined ? [g.title] : []),
    ...g.steps.map((s) => s.text),
  ]);
}

function totalMinutes(recipe: Recipe): number | undefined {
  const { prep, cook, total } = recipe.times;
  const max = (d: { min: number; max?: number | undefined } | undefined) => d?.max ?? d?.min;
  const seconds = max(total) ?? (prep || cook ? (max(prep) ?? 0) + (max(cook) ?? 0) : undefined);
  return seconds === undefined ? undefined : Math.round(seconds / 60);
}

const firstNumber = (s: string) => {
  const m = /\d+(?:[.,]\d+)?/.exec(s);
  return m ? Number(m[0].replace(",", ".")) : undefined;
};

function yieldNumber(recipe: Recipe): number | undefined {
  const q = recipe.yields?.quantity;
  if (!q) return undefined;
  return q.kind === "exact" ? q.value : q.kind === "range" ? q.min : firstNumber(q.text);
}

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

const text = (v: unknown) => (typeof v === "string" ? v : undefined);
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
      const got = c.recipe?.ingredientGroups.flatMap((g) => g.ingredients.map((i) => i.text));
      return Array.isArray(want) && got !== undefined && sameList(got, want as string[], f);
    },
  },
  instructions: {
    label: "instructions (exact list)",
    target: true,
    check: (c, f) => {
      const list = c.golden.instructions_list;
      const want = Array.isArray(list)
        ? (list as string[])
        : (text(c.golden.instructions)
            ?.split("\n")
            .filter((s) => s.trim()) ?? []);
      const got = c.recipe && instructionItems(c.recipe);
      return got !== undefined && sameList(got, want, f);
    },
  },
  totalTime: {
    label: "total time (minutes)",
    target: true,
    check: (c) => {
      const want = c.golden.total_time;
      const got = c.recipe && totalMinutes(c.recipe);
      if (want === undefined || want === null) return got === undefined || got === 0;
      const minutes = typeof want === "number" ? want : firstNumber(String(want));
      return got === minutes;
    },
  },
  yieldsNumber: {
    label: "yields (first number)",
    target: true,
    check: (c) => {
      const want = c.golden.yields;
      const got = c.recipe && yieldNumber(c.recipe);
      if (want === undefined || want === null) return got === undefined;
      return got === firstNumber(String(want));
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
  const cases: Case[] = [];
  for (const host of readdirSync(dir, { withFileTypes: true })) {
    if (!host.isDirectory()) continue;
    for (const file of readdirSync(join(dir, host.name))) {
      if (!file.endsWith(".html")) continue;
      const base = join(dir, host.name, file.slice(0, -5));
      if (!existsSync(`${base}.json`)) continue;
      const golden = JSON.parse(readFileSync(`${base}.json`, "utf8")) as Golden;
      const result = importRecipe({
        bytes: readFileSync(`${base}.html`),
        format: "auto",
        name: file,
      });
      cases.push({
        name: `${host.name}/${file}`,
        golden,
        ...(result.ok && { recipe: result.value }),
      });
    }
  }
  return cases;
}

export async function htmlImport(context: EvalContext): Promise<Metric[]> {
  const dir = join(context.corpus, "recipe-scrapers");
  if (!existsSync(dir)) throw new Error(`html-import: no corpus at ${dir}`);
  const cases = loadCases(dir);
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
