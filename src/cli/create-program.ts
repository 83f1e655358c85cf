import { Command, Option } from "commander";
import { addRecipe } from "../app/add-recipe.js";
import { importRecipe, MAX_IMPORT_BYTES } from "../app/import-recipe.js";
import type { Clock, RecipeStore } from "../app/ports.js";
import { getRecipe, listRecipes } from "../app/read-recipes.js";
import { toJsonLdPayload } from "../app/recipe-json-ld.js";
import type { Recipe } from "../domain/recipe.js";
import { FORMATS } from "../importers/registry.js";
import type { Issue } from "../lib/result.js";
import { ExitStatus, exitStatusOf } from "./exit-status.js";
import { readInput } from "./read-input.js";

export interface OpenedStore {
  readonly store: RecipeStore;
  close(): Promise<void>;
}

export interface CliDeps {
  /** Opened only by commands that need the database. */
  readonly openStore: () => Promise<OpenedStore>;
  readonly serve: () => Promise<void>;
  readonly clock: Clock;
  readonly publicUrl: string;
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where the process's exit status goes (process.exitCode in main, a variable in tests). */
  readonly setExitStatus: (status: number) => void;
}

const OUTPUTS = ["json", "jsonld"] as const;
type Output = (typeof OUTPUTS)[number];

function render(recipe: Recipe, to: Output, publicUrl: string, dates?: { created: Date }) {
  if (to === "json") return recipe;
  const pageUrl = `${publicUrl.replace(/\/+$/, "")}/recipes/${recipe.slug}`;
  return toJsonLdPayload(recipe, { pageUrl, ...(dates && { datePublished: dates.created }) });
}

const errorLine = (input: string, issue: Issue | undefined) =>
  JSON.stringify({
    input,
    error: { code: issue?.code ?? "UNKNOWN", message: issue?.message ?? "failed" },
  });

export function createProgram(deps: CliDeps): Command {
  const program = new Command("claypot")
    .description("Claypot: import, cook, keep and publish recipes")
    .showHelpAfterError()
    .configureOutput({ writeOut: deps.out, writeErr: deps.err })
    .exitOverride();

  program
    .command("serve")
    .description("serve the web app and JSON API (PORT, HOST, DATABASE_PATH configure it)")
    .action(() => deps.serve());

  program
    .command("import")
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
          for (const warning of imported.issues)
            deps.err(`claypot: ${file}: note: ${warning.message}`);
          let recipe = imported.value;
          if (opened) {
            const added = await addRecipe({ store: opened.store, clock: deps.clock }, recipe);
            recipe = added.stored.recipe;
            deps.err(
              `claypot: ${file}: ${added.created ? "saved as" : "already kept as"} ${recipe.slug}`,
            );
          }
          const doc = render(recipe, opts.to, deps.publicUrl);
          deps.out(files.length === 1 ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));
        }
      } finally {
        await opened?.close();
      }
      deps.setExitStatus(exitStatusOf(failures));
    });

  program
    .command("export")
    .description("print kept recipes as JSON, one per line (all of them when no slug is given)")
    .argument("[slugs...]", "recipes to export")
    .addOption(new Option("--to <output>", "output format").choices(OUTPUTS).default("json"))
    .action(async (slugs: string[], opts: { to: Output }) => {
      const { store, close } = await deps.openStore();
      const failures: string[] = [];
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
          deps.out(JSON.stringify(render(recipe, opts.to, deps.publicUrl, { created: createdAt })));
        }
      } finally {
        await close();
      }
      deps.setExitStatus(exitStatusOf(failures));
    });

  return program;
}

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

/** Runs the command line; commander's own usage errors become exit status 2. */
export async function runCli(deps: CliDeps, argv: readonly string[]): Promise<void> {
  try {
    await createProgram(deps).parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error && typeof error === "object" && "exitCode" in error && "code" in error) {
      const code = String(error.code);
      const quiet = code === "commander.helpDisplayed" || code === "commander.version";
      deps.setExitStatus(quiet ? ExitStatus.Ok : ExitStatus.Usage);
      return;
    }
    throw error;
  }
}
