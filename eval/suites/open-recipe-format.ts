import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importRecipe } from "../../src/app/import-recipe.js";
import type { EvalContext, Metric } from "../metric.js";

/** The Open Recipe Format project's sample files through the whole import (`--from auto` must
 *  pick ORF): each must give a valid recipe with its ingredients and steps. */
export async function openRecipeFormat(context: EvalContext): Promise<Metric[]> {
  const dir = join(context.corpus, "formats", "open-recipe-format");
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f));
  const misses: string[] = [];
  let imported = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const result = importRecipe({ bytes, format: "auto", name: file });
    const ingredients = result.ok
      ? result.value.ingredientGroups.flatMap((g) => g.ingredients).length
      : 0;
    const steps = result.ok ? result.value.stepGroups.flatMap((g) => g.steps).length : 0;
    if (result.ok && ingredients > 0 && steps > 0) imported++;
    else misses.push(`${file}: ${result.ok ? "no ingredients or steps" : result.issues[0]?.code}`);
  }
  return [
    {
      id: "orf.imports",
      value: files.length === 0 ? 0 : imported / files.length,
      label: `Open Recipe Format samples imported (${imported}/${files.length})`,
      misses,
    },
  ];
}
