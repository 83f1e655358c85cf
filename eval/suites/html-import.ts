import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { importRecipe } from "../../src/app/import-recipe.js";
import { parseIngredientLine } from "../../src/domain/parse-ingredient-line.js";
import type { Recipe } from "../../src/domain/recipe.js";
import { squashText } from "../../src/importers/clean-text.js";
import type { EvalContext, Metric } from "../metric.js";
import {
  type Golden,
  goldenInstructions,
  goldenMinutes,
  goldenText,
  ingredientLines,
  loadGoldenPages,
  normaliseSpace,
  totalMinutes,
  yieldMatches,
  yieldNumber,
} from "../recipe-scrapers.js";

/** HTML import on the recipe-scrapers corpus: each page beside the JSON its Python library is
 *  expected to give. Strict compares whitespace-normalised strings exactly (lists as whole
 *  lists); lenient also ignores case, entities and NFKC differences. The goldens' conventions
 *  are adapted here, never in the importer: section names and step names are instruction
 *  items (bare step numbers are not), total time is prep + cook when the page states no total,
 *  yields are read as their first number (a range as either bound) or as "N servings" /
 *  "N <unit>", a title may leave out the site's name the page's title appends, and strict reads
 *  fraction spellings, note parentheses and "▢" alike (see `strict`). A key missing from a
 *  golden means the field must be absent. */

// Where a recipe card plugin shows a line, the goldens' library took it from the JSON-LD on some
// sites and from the HTML spans on others (the corpus README's quirk): one says "¼ cup butter
// (melted)", the other "1/4 cup butter melted". Strict reads the two spellings of a fraction
// ("½", "1⁄2", "1/2") alike and ignores the note's parentheses and the checkbox glyph "▢" that
// screen readers get. Soft hyphens (U+00AD) are invisible and go, like the spaces
// normaliseSpace folds. An amount a database printed as a float ("15.0 dried shiitake",
// "250.0g") is the amount the page prints ("15", "250g"): the goldens keep the JSON-LD's float
// on some sites and the page's integer on others. So is a number spaced from its unit or glued to
// it ("800 g", "800g"): one site's scraper spaces every digit from the letter after it, another
// keeps the page's glued spans, and the JSON-LD of a third says the other. Every other character
// still counts.
const strict = (s: string) =>
  normaliseSpace(
    s
      .replace(/(\d)?\s*([\u00bc-\u00be\u2150-\u215e])/g, (_, d = "", f: string) =>
        `${d} ${f.normalize("NFKC")}`.trimStart(),
      )
      .replace(/\u2044/g, "/")
      .replace(/(^|\s)(\d+)\.0{1,2}(?=[\s\p{L}]|$)/gu, "$1$2")
      .replace(/\u00ad/g, "")
      .replace(/[()▢]/g, " ")
      .replace(/\s+([,;.])/g, "$1")
      .replace(/(\d)\s+(?=\p{L})/gu, "$1"),
  );
const lenient = (s: string) => strict(decodeHTML(s).normalize("NFKC")).toLowerCase();

const sameList = (a: readonly string[], b: readonly string[], f: (s: string) => string) =>
  a.length === b.length && a.every((x, i) => f(x) === f(b[i]!));

/** Steps as the goldens list them: a section's name, and a step's own name ("Preheat", kept by
 *  the model as the step's title when it says more than the text), each an item of its own. */
const stepItems = (recipe: Recipe) =>
  recipe.stepGroups.flatMap((g) => [
    ...(g.title !== undefined ? [g.title] : []),
    ...g.steps.flatMap((s) => (s.title !== undefined ? [s.title, s.text] : [s.text])),
  ]);

// A step's name that is only its number ("1", "Step 2") is listed by the goldens as an item;
// the model numbers steps by position, so such items are left out of the golden list.
const BARE_NUMBER = /^(?:\p{L}{1,12}\s*)?\d{1,3}\s*[.:)]?$/u;
const goldenSteps = (golden: Golden) =>
  withoutPlaceNumbers(
    goldenInstructions(golden).filter((s) => !BARE_NUMBER.test(normaliseSpace(s))),
  );

// "1. Mix", "2. Bake": steps that open with their own place in sequence. The model numbers steps
// by place and drops such typed numbers (read-schema-instructions); the goldens keep them. The
// same reading is applied to the golden list: a number out of sequence leaves every item as is.
// A bare number ("1 Prak de tofu", printed in an element of its own before each step) counts
// only when every item (three or more) opens with its own before a capital and no unit ("2 EL
// Butter" is an amount), as the model reads it.
const PLACE_NUMBER = /^(\d{1,3})\s*[.):]\s+/;
const BARE_PLACE_NUMBER = /^(\d{1,3})\s+(?=\p{Lu})/u;
function countNumbered(items: readonly string[], pattern: RegExp): number {
  let numbered = 0;
  while (Number(pattern.exec(items[numbered] ?? "")?.[1]) === numbered + 1) numbered++;
  return numbered;
}
function withoutPlaceNumbers(items: readonly string[]): string[] {
  let pattern = PLACE_NUMBER;
  let numbered = countNumbered(items, PLACE_NUMBER);
  if (numbered < 2) {
    pattern = BARE_PLACE_NUMBER;
    numbered = countNumbered(items, BARE_PLACE_NUMBER);
    const measured = items.some((s) => {
      const line = parseIngredientLine(s.slice(0, 40));
      return line.kind !== "header" && line.unit !== undefined;
    });
    if (numbered < 3 || numbered < items.length || measured) return [...items];
  }
  return items.map((s, i) => (i < numbered ? s.replace(pattern, "") : s));
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

/** The golden's title without the site's name that the page's title appends ("Zuurvlees maken -
 *  Culy"): its library copies the page's title, the model keeps only the dish's name. */
function withoutSiteName(golden: Golden): string {
  const title = text(golden.title) ?? "";
  const site = [
    text(golden.site_name),
    text(golden.host)
      ?.replace(/^www\./, "")
      .split(".")[0],
  ]
    .map((s) => squashText(s ?? ""))
    .filter((s) => s.length >= 3);
  const segments = title.split(/\s+[|–—-]\s+/);
  const at = segments.findIndex((seg, i) => i > 0 && site.includes(squashText(seg)));
  return at === -1 ? title : segments.slice(0, at).join(" - ");
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
  title: {
    label: "title",
    target: true,
    check: (c, f) =>
      absentOr("title", (r) => r.title)(c, f) ||
      (c.recipe !== undefined && f(c.recipe.title) === f(withoutSiteName(c.golden))),
  },
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
      const want = goldenSteps(c.golden);
      const got = c.recipe && stepItems(c.recipe);
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
    check: (c) => yieldMatches(c.recipe, c.golden),
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

/** What each field's check compares, for the diagnostic below. */
const SHOWN: Record<string, (c: Case) => { want: unknown; got: unknown }> = {
  title: (c) => ({ want: c.golden.title, got: c.recipe?.title }),
  ingredients: (c) => ({ want: c.golden.ingredients, got: c.recipe && ingredientLines(c.recipe) }),
  instructions: (c) => ({ want: goldenSteps(c.golden), got: c.recipe && stepItems(c.recipe) }),
  totalTime: (c) => ({ want: goldenMinutes(c.golden), got: c.recipe && totalMinutes(c.recipe) }),
  yieldsNumber: (c) => ({ want: c.golden.yields, got: c.recipe?.yields }),
  yieldsString: (c) => ({ want: c.golden.yields, got: c.recipe && yieldString(c.recipe) }),
};

/** `EVAL_HTML_DIFF=ingredients,instructions` (or `all`): each strictly failing page of those
 *  fields on stderr, expected beside got, lists from their first difference. Off by default. */
function printDiffs(cases: readonly Case[], keys: string | undefined): void {
  if (!keys) return;
  const fields = keys === "all" ? Object.keys(SHOWN) : keys.split(",");
  for (const key of fields) {
    const check = CHECKS[key]?.check;
    const show = SHOWN[key];
    if (!check || !show) continue;
    for (const c of cases.filter((each) => !check(each, strict))) {
      const { want, got } = show(c);
      console.error(`\n### ${key} ${c.name}`);
      if (Array.isArray(want) && Array.isArray(got)) {
        let at = 0;
        while (at < want.length && at < got.length && strict(want[at]) === strict(got[at])) at++;
        console.error(`  lengths want ${want.length} got ${got.length}; first difference at ${at}`);
        for (let i = at; i < Math.max(want.length, got.length) && i < at + 4; i++) {
          console.error(`  - ${JSON.stringify(want[i])}\n  + ${JSON.stringify(got[i])}`);
        }
      } else {
        console.error(`  - ${JSON.stringify(want)}\n  + ${JSON.stringify(got)}`);
      }
    }
  }
}

export async function htmlImport(context: EvalContext): Promise<Metric[]> {
  const cases = loadCases(join(context.corpus, "recipe-scrapers"));
  // A diagnostic for whoever works on the importer; the eval's figures do not depend on it.
  printDiffs(cases, process.env.EVAL_HTML_DIFF);
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
