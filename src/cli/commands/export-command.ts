import { Command, Option } from "commander";
import type { RecipeStore } from "../../app/ports.js";
import { getRecipe, listRecipes } from "../../app/read-recipes.js";
import type { CliDeps } from "../cli-deps.js";
import { exitStatusOf } from "../exit-status.js";
import { errorLine, OUTPUTS, type Output, renderRecipe } from "../print-recipe.js";

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

export function exportCommand(deps: CliDeps): Command {
  return new Command("export")
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
          const doc = renderRecipe(recipe, opts.to, deps.publicUrl, { created: createdAt });
          deps.out(JSON.stringify(doc));
        }
      } finally {
        await close();
      }
      deps.setExitStatus(exitStatusOf(failures));
    });
}
