import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse as parseYaml } from "yaml";
import { importRecipe } from "../../src/app/import-recipe.js";
import { parseCooklang } from "../../src/importers/cooklang/parse-cooklang.js";
import type { EvalContext, Metric } from "../metric.js";

interface CanonicalCase {
  source: string;
  result: { steps: Array<Array<Record<string, unknown>>>; metadata: Record<string, unknown> };
}

/** The spec gives cookware `units: ""` in some cases and no units in others; cookware has no
 *  units in Cooklang, so the key is dropped from the expectation before comparing. */
function normaliseExpected(result: CanonicalCase["result"]): CanonicalCase["result"] {
  const steps = result.steps.map((step) =>
    step.map((item) => {
      if (item.type !== "cookware") return item;
      const { units: _units, ...rest } = item;
      return rest;
    }),
  );
  return { steps, metadata: result.metadata ?? {} };
}

/** The parser's own extras (fixed, optional, note) are not in the canonical shape. */
function canonicalOf(source: string): CanonicalCase["result"] {
  const parsed = parseCooklang(source);
  return {
    steps: parsed.steps.map((step) => step.map((item) => ({ ...item }))),
    metadata: parsed.metadata,
  };
}

/** The Cooklang spec's canonical cases through `parseCooklang`, and the spec's example recipes
 *  through the whole import (`--from auto` must pick Cooklang by the file name). */
export async function cooklang(context: EvalContext): Promise<Metric[]> {
  const dir = join(context.corpus, "cooklang");
  const spec = parseYaml(readFileSync(join(dir, "canonical.yaml"), "utf8")) as {
    tests: Record<string, CanonicalCase>;
  };
  const cases = Object.entries(spec.tests);
  const misses: string[] = [];
  let passed = 0;
  for (const [name, test] of cases) {
    const got = canonicalOf(test.source);
    const want = normaliseExpected(test.result);
    if (isDeepStrictEqual(got, want)) passed++;
    else misses.push(`${name}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  }

  const examples = readdirSync(join(dir, "examples")).filter((f) => f.endsWith(".cook"));
  const exampleMisses: string[] = [];
  let imported = 0;
  for (const file of examples) {
    const bytes = readFileSync(join(dir, "examples", file));
    const result = importRecipe({ bytes, format: "auto", name: file });
    const steps = result.ok ? result.value.stepGroups.flatMap((g) => g.steps).length : 0;
    const ingredients = result.ok
      ? result.value.ingredientGroups.flatMap((g) => g.ingredients).length
      : 0;
    if (result.ok && steps > 0 && ingredients > 0) imported++;
    else
      exampleMisses.push(
        `${file}: ${result.ok ? "no steps or ingredients" : result.issues[0]?.code}`,
      );
  }
  return [
    {
      id: "cooklang.canonical",
      value: passed / cases.length,
      label: `Cooklang canonical cases (${passed}/${cases.length})`,
      misses,
    },
    {
      id: "cooklang.examples",
      value: examples.length === 0 ? 0 : imported / examples.length,
      label: `Cooklang spec examples imported (${imported}/${examples.length})`,
      misses: exampleMisses,
    },
  ];
}
