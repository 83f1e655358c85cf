import { Command, Option } from "commander";
import { type AddOutcome, addRecipes } from "../../app/add-recipes.js";
import { importRecipeFromUrl } from "../../app/import-from-url.js";
import { MAX_IMPORT_BYTES } from "../../app/import-recipe.js";
import { importRecipes, MAX_ARCHIVE_BYTES } from "../../app/import-recipes.js";
import { keepImportedImages } from "../../app/keep-imported-images.js";
import type { BlobStore } from "../../app/ports.js";
import type { Recipe } from "../../domain/recipe.js";
import { ARCHIVE_IMPORTERS, FORMATS } from "../../importers/registry.js";
import { type Issue, ok, type Result } from "../../lib/result.js";
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

/** Archives (a Paprika or Mealie export with photos) may be far larger than any recipe text. */
const ARCHIVE_NAME = /\.(?:zip|paprikarecipes|paprikarecipe|gz)$/i;
const maxBytesFor = (input: string, from: string) =>
  ARCHIVE_NAME.test(input) || ARCHIVE_IMPORTERS.some((i) => i.id === from)
    ? MAX_ARCHIVE_BYTES
    : MAX_IMPORT_BYTES;

/** One slot per recipe the input holds: a file of several recipes or an archive gives several,
 *  named "input#entry" so each line of output says where its recipe came from. */
async function readRecipes(
  deps: CliDeps,
  input: string,
  from: string,
  blobs: BlobStore | undefined,
): Promise<Slot[]> {
  if (isUrl(input)) return [toSlot(deps, input, await importRecipeFromUrl(deps, input))];
  const bytes = await readInput(input, maxBytesFor(input, from), deps.stdin);
  if (!bytes.ok) return [{ input, failed: bytes.issues[0] }];
  const all = importRecipes({ bytes: bytes.value, format: from, name: input });
  if (!all.ok) return [{ input, failed: all.issues[0] }];
  const images = all.value.reduce((n, entry) => n + entry.images.length, 0);
  if (images > 0 && !blobs) {
    deps.err(
      `claypot: ${input}: note: ${images} picture(s) inside were not kept (no image store, or --no-save)`,
    );
  }
  const slots: Slot[] = [];
  for (const entry of all.value) {
    const name = entry.label ? `${input}#${entry.label}` : input;
    let result = entry.result;
    if (blobs && result.ok && entry.images.length > 0) {
      const kept = await keepImportedImages({ blobs }, result.value, entry.images);
      result = ok(kept.recipe, [...result.issues, ...kept.issues]);
    }
    slots.push(toSlot(deps, name, result));
  }
  return slots;
}

function toSlot(deps: CliDeps, input: string, imported: Result<Recipe>): Slot {
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
      // An archive can hold thousands of recipes: past CHATTY of them, only the summary is told.
      let chatty = inputs.length <= CHATTY;
      let recipesRead = 0;
      let inputsRead = 0;
      const failures: string[] = [];
      const tally = { imported: 0, skipped: 0 };
      const progress = createProgress({
        total: inputs.length,
        isTty: deps.errIsTty,
        write: deps.errRaw,
        now: () => deps.clock.now().getTime(),
      });
      // One input holding one recipe prints indented; anything more, a document a line.
      let pretty: boolean | undefined;
      const print = (doc: unknown) =>
        deps.out(pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));

      let slots: Slot[] = [];
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
        progress.tick(inputsRead);
        slots = [];
      };

      try {
        for (const input of inputs) {
          const read = await readRecipes(deps, input, opts.from, opened?.blobs);
          slots.push(...read);
          inputsRead++;
          recipesRead += read.length;
          if (recipesRead > CHATTY) chatty = false;
          pretty ??= inputs.length === 1 && slots.length === 1;
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
          `claypot: ${inputs.length} inputs` +
            (recipesRead === inputs.length ? "" : ` (${recipesRead} recipes)`) +
            `: imported ${tally.imported}, ` +
            `skipped ${tally.skipped} (already kept), failed ${failures.length}` +
            (reasons.length ? ` (${reasons.join(", ")})` : ""),
        );
      }
      deps.setExitStatus(exitStatusOf(failures));
    });
}
