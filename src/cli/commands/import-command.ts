import { Command, Option } from "commander";
import { addRecipe } from "../../app/add-recipe.js";
import { importRecipe, MAX_IMPORT_BYTES } from "../../app/import-recipe.js";
import { FORMATS } from "../../importers/registry.js";
import type { CliDeps } from "../cli-deps.js";
import { exitStatusOf } from "../exit-status.js";
import { errorLine, OUTPUTS, type Output, renderRecipe } from "../print-recipe.js";
import { readInput } from "../read-input.js";

export function importCommand(deps: CliDeps): Command {
  return new Command("import")
    .description("import recipes and keep them; prints each as JSON (one line per input)")
    .argument("<files...>", 'files to import; "-" reads standard input')
    .addOption(new Option("--from <format>", "input format").choices(FORMATS).default("auto"))
    .addOption(new Option("--to <output>", "output format").choices(OUTPUTS).default("json"))
    .option("--no-save", "print only; do not keep the recipes in the database")
    .action(async (files: string[], opts: { from: string; to: Output; save: boolean }) => {
      const opened = opts.save ? await deps.openStore() : undefined;
      const failures: string[] = [];
      try {
        for (const file of files) {
          const bytes = await readInput(file, MAX_IMPORT_BYTES, deps.stdin);
          const imported = bytes.ok
            ? importRecipe({ bytes: bytes.value, format: opts.from, name: file })
            : bytes;
          if (!imported.ok) {
            const [first] = imported.issues;
            failures.push(first?.code ?? "UNKNOWN");
            deps.out(errorLine(file, first));
            deps.err(`claypot: ${file}: ${first?.message ?? "failed"}`);
            continue;
          }
          for (const warning of imported.issues) {
            deps.err(`claypot: ${file}: note: ${warning.message}`);
          }
          let recipe = imported.value;
          if (opened) {
            const added = await addRecipe({ store: opened.store, clock: deps.clock }, recipe);
            recipe = added.stored.recipe;
            const verb = added.created ? "saved as" : "already kept as";
            deps.err(`claypot: ${file}: ${verb} ${recipe.slug}`);
          }
          const doc = renderRecipe(recipe, opts.to, deps.publicUrl);
          deps.out(files.length === 1 ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));
        }
      } finally {
        await opened?.close();
      }
      deps.setExitStatus(exitStatusOf(failures));
    });
}
