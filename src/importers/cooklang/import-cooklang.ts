import type { RecipeInput } from "../../domain/recipe.js";
import { fail, issue, ok, type Result } from "../../lib/result.js";
import { type Importer, ImportIssueCode, type ImportSource } from "../importer.js";
import { cooklangToRecipe } from "./cooklang-to-recipe.js";
import { parseCooklang } from "./parse-cooklang.js";

/** The file name without folders and extension: Cooklang keeps a recipe's title there. */
function titleFromName(name: string | undefined): string | undefined {
  const base = name
    ?.split(/[\\/]/)
    .at(-1)
    ?.replace(/\.cook$/i, "")
    .trim();
  return base && base !== "-" ? base : undefined;
}

export function importCooklang(source: ImportSource): Result<RecipeInput> {
  const parsed = parseCooklang(source.text);
  if (parsed.steps.length === 0) {
    return fail(ImportIssueCode.NoRecipe, "the Cooklang text has no steps");
  }
  const fromName = titleFromName(source.name);
  const { recipe, issues } = cooklangToRecipe(parsed, fromName ?? "Untitled recipe");
  if (recipe.title === "Untitled recipe" && fromName === undefined) {
    issues.push(issue(ImportIssueCode.TitleGuessed, "no title in the metadata or the file name"));
  }
  return ok(recipe, issues);
}

/** Markers of Cooklang syntax: "@name{…}", "#name{…}", "~{…}" or ">> key:" lines. */
const MARKUP = /(?:^|\s)[@#~][^\s{}@#~]*(?:\s[^\s{}@#~]+)*\{[^}\n]*\}|^>>\s*[^:\n]+:/m;

function sniffCooklang(source: ImportSource): number {
  if (source.name && /\.cook$/i.test(source.name)) return 1;
  const head = source.text.slice(0, 20_000);
  if (head.trimStart().startsWith("<")) return 0;
  return MARKUP.test(head) ? 0.7 : 0;
}

export const cooklangImporter: Importer = {
  id: "cooklang",
  sniff: sniffCooklang,
  importRecipe: importCooklang,
};
