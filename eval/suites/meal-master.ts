import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateRecipe } from "../../src/domain/validate-recipe.js";
import { mealMasterImporter } from "../../src/importers/meal-master/import-meal-master.js";
import type { EvalContext, Metric } from "../metric.js";

/** AnyMeal's Meal-Master fixtures (tiny files, each testing one quirk of the format) through the
 *  Meal-Master importer. `imports`: every file gives at least one recipe with a title and no
 *  importer error. `valid`: recipes that also pass the model's rules; some fixtures hold only a
 *  header, which the model refuses as RECIPE_EMPTY (a recipe needs ingredients or steps). */
export async function mealMaster(context: EvalContext): Promise<Metric[]> {
  const dir = join(context.corpus, "formats", "meal-master", "anymeal-fixtures");
  const files = readdirSync(dir).filter((f) => /\.mmf?$/i.test(f));
  const importMisses: string[] = [];
  const validMisses: string[] = [];
  let imported = 0;
  let recipes = 0;
  let valid = 0;
  for (const file of files) {
    // DOS-era files are Latin-1 more often than UTF-8; the fixtures are ASCII either way.
    const text = readFileSync(join(dir, file), "latin1");
    const all = mealMasterImporter.importRecipes?.({ text, name: file });
    if (!all?.ok || all.value.length === 0) {
      importMisses.push(`${file}: ${all?.issues[0]?.code ?? "no importRecipes"}`);
      continue;
    }
    const drafts = all.value.flatMap((e) => (e.result.ok ? [e.result.value] : []));
    if (drafts.length === all.value.length && drafts.every((d) => d.title.trim() !== "")) {
      imported++;
    } else importMisses.push(`${file}: an entry failed`);
    for (const draft of drafts) {
      recipes++;
      const checked = validateRecipe(draft);
      if (checked.ok) valid++;
      else validMisses.push(`${file}: ${checked.issues.map((i) => i.code).join(", ")}`);
    }
  }
  return [
    {
      id: "meal-master.imports",
      value: files.length === 0 ? 0 : imported / files.length,
      label: `Meal-Master fixtures imported (${imported}/${files.length})`,
      misses: importMisses,
    },
    {
      id: "meal-master.valid",
      value: recipes === 0 ? 0 : valid / recipes,
      label: `Meal-Master recipes valid in the model (${valid}/${recipes})`,
      misses: validMisses,
    },
  ];
}
