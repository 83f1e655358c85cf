import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Command, Option } from "commander";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportPaprikaArchive,
  exportRecipeText,
} from "../../app/export-recipes.js";
import type { RecipeStore } from "../../app/ports.js";
import { getRecipe, listRecipes } from "../../app/read-recipes.js";
import type { Recipe } from "../../domain/recipe.js";
import type { CliDeps } from "../cli-deps.js";
import { ExitStatus, exitStatusOf } from "../exit-status.js";
import { errorLine, type Output, renderRecipe } from "../print-recipe.js";

async function allSlugs(store: RecipeStore): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | undefined;
  do {
    const page = await listRecipes(
      { store },
      { limit: 200, ...(after !== undefined && { after }) },
    );
    slugs.push(...page.items.map((r) => r.slug));
    after = page.next;
  } while (after !== undefined);
  return slugs.reverse();
}

interface ExportOptions {
  to: ExportFormat;
  out?: string;
}

const isJson = (to: ExportFormat): to is Output => to === "json" || to === "jsonld";

export function exportCommand(deps: CliDeps): Command {
  return new Command("export")
    .description(
      "print kept recipes (all of them when no slug is given): JSON or JSON-LD one per line, " +
        "Cooklang or Markdown as text (a file each with --out DIR), or a Paprika archive (--out FILE)",
    )
    .argument("[slugs...]", "recipes to export")
    .addOption(new Option("--to <format>", "output format").choices(EXPORT_FORMATS).default("json"))
    .option("--out <path>", "a folder for cooklang/markdown files, the file for a paprika archive")
    .action(async (slugs: string[], opts: ExportOptions) => {
      if (opts.to === "paprika" && !opts.out) {
        deps.err("claypot: --to paprika writes an archive; name its file with --out FILE");
        deps.setExitStatus(ExitStatus.Usage);
        return;
      }
      const { store, close } = await deps.openStore();
      const failures: string[] = [];
      const kept: Recipe[] = [];
      try {
        const wanted = slugs.length > 0 ? slugs : await allSlugs(store);
        for (const slug of wanted) {
          const found = await getRecipe({ store }, slug);
          if (!found.ok) {
            failures.push(found.issues[0]?.code ?? "UNKNOWN");
            deps.out(errorLine(slug, found.issues[0]));
            continue;
          }
          const { recipe, createdAt } = found.value;
          if (isJson(opts.to)) {
            const doc = renderRecipe(recipe, opts.to, deps.publicUrl, { created: createdAt });
            deps.out(JSON.stringify(doc));
          } else if (opts.to === "paprika") {
            kept.push(recipe);
          } else {
            const document = exportRecipeText(recipe, opts.to);
            if (opts.out) {
              await mkdir(opts.out, { recursive: true });
              const path = join(opts.out, document.fileName);
              await writeFile(path, document.text);
              deps.err(`claypot: ${slug}: written to ${path}`);
            } else {
              deps.out(document.text);
            }
          }
        }
        if (opts.to === "paprika" && opts.out) {
          await writeFile(opts.out, exportPaprikaArchive(kept));
          deps.err(`claypot: ${kept.length} recipe(s) written to ${opts.out}`);
        }
      } finally {
        await close();
      }
      deps.setExitStatus(exitStatusOf(failures));
    });
}
