import { Command, Option } from "commander";
import { type AddOutcome, addRecipes } from "../../app/add-recipes.js";
import { importRecipeFromUrl } from "../../app/import-from-url.js";
import { importRecipe, MAX_IMPORT_BYTES } from "../../app/import-recipe.js";
import type { Recipe } from "../../domain/recipe.js";
import { FORMATS } from "../../importers/registry.js";
import type { Issue, Result } from "../../lib/result.js";
import type { CliDeps } from "../cli-deps.js";
import { exitStatusOf } from "../exit-status.js";
import { listInputs } from "../list-inputs.js";
import { errorLine, OUTPUTS, type Output, renderRecipe } from "../print-recipe.js";
import { createProgress } from "../progress.js";
import { readInput } from "../read-input.js";

/** Recipes kept per transaction: large enough to amortise the commit, small enough that a
 *  crash loses little and a rerun (which skips what is kept) has little to redo. */
const BATCH = 200;
/** Up to this many inputs, each one's fate is told on standard error. */
const CHATTY = 20;

interface ImportOptions {
  from: string;
  to: Output;
  save: boolean;
}

type Slot =
  | { readonly input: string; readonly failed: Issue | undefined }
  | { readonly input: string; readonly recipe: Recipe };

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function readRecipe(deps: CliDeps, input: string, from: string): Promise<Slot> {
  let imported: Result<Recipe>;
  if (isUrl(input)) {
    imported = await importRecipeFromUrl(deps, input);
  } else {
    const bytes = await readInput(input, MAX_IMPORT_BYTES, deps.stdin);
    imported = bytes.ok ? importRecipe({ bytes: bytes.value, format: from, name: input }) : bytes;
  }
  if (!imported.ok) return { input, failed: imported.issues[0] };
  for (const warning of imported.issues) deps.err(`claypot: ${input}: note: ${warning.message}`);
  return { input, recipe: imported.value };
}

export function importCommand(deps: CliDeps): Command {
  return new Command("import")
    .description(
      "import recipes (files, folders of them, or - for standard input) and keep them; " +
        "prints each as JSON, one line per input",
    )
    .argument("<inputs...>", 'files, folders or http(s) addresses; "-" reads standard input')
    .addOption(new Option("--from <format>", "input format").choices(FORMATS).default("auto"))
    .addOption(new Option("--to <output>", "output format").choices(OUTPUTS).default("json"))
    .option("--no-save", "print only; do not keep the recipes in the database")
    .action(async (args: string[], opts: ImportOptions) => {
      const inputs = await listInputs(args);
      if (inputs.length === 0) {
        deps.err(`claypot: no recipe files in ${args.join(", ")}`);
        deps.setExitStatus(exitStatusOf(["INPUT_NOT_FOUND"]));
        return;
      }
      const opened = opts.save ? await deps.openStore() : undefined;
      const chatty = inputs.length <= CHATTY;
      const failures: string[] = [];
      const tally = { imported: 0, skipped: 0 };
      const progress = createProgress({
        total: inputs.length,
        isTty: deps.errIsTty,
        write: deps.errRaw,
        now: () => deps.clock.now().getTime(),
      });
      const print = (doc: unknown) =>
        deps.out(inputs.length === 1 ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));

      let slots: Slot[] = [];
      let done = 0;
      const flush = async () => {
        const recipes = slots.flatMap((s) => ("recipe" in s ? [s.recipe] : []));
        const outcomes: AddOutcome[] = opened
          ? await addRecipes({ store: opened.store, clock: deps.clock }, recipes)
          : [];
        let k = 0;
        for (const slot of slots) {
          if (!("recipe" in slot)) {
            failures.push(slot.failed?.code ?? "UNKNOWN");
            deps.out(errorLine(slot.input, slot.failed));
            deps.err(`claypot: ${slot.input}: ${slot.failed?.message ?? "failed"}`);
            continue;
          }
          const outcome = outcomes[k++];
          let recipe = slot.recipe;
          if (outcome?.kind === "created") {
            recipe = outcome.stored.recipe;
            tally.imported++;
            if (chatty) deps.err(`claypot: ${slot.input}: saved as ${recipe.slug}`);
          } else if (outcome?.kind === "skipped") {
            tally.skipped++;
            if (chatty) deps.err(`claypot: ${slot.input}: already kept (${outcome.reason})`);
          }
          print(renderRecipe(recipe, opts.to, deps.publicUrl));
        }
        done += slots.length;
        progress.tick(done);
        slots = [];
      };

      try {
        for (const input of inputs) {
          slots.push(await readRecipe(deps, input, opts.from));
          if (slots.length >= BATCH) await flush();
        }
        await flush();
      } finally {
        progress.finish();
        await opened?.close();
      }
      if (!chatty) {
        const counts = new Map<string, number>();
        for (const code of failures) counts.set(code, (counts.get(code) ?? 0) + 1);
        const reasons = [...counts].map(([code, n]) => `${code} ×${n}`);
        deps.err(
          `claypot: ${inputs.length} inputs: imported ${tally.imported}, ` +
            `skipped ${tally.skipped} (already kept), failed ${failures.length}` +
            (reasons.length ? ` (${reasons.join(", ")})` : ""),
        );
      }
      deps.setExitStatus(exitStatusOf(failures));
    });
}
