import { Command, Option } from "commander";
import { SEARCH_SORTS, type SearchSort } from "../../app/ports.js";
import { searchRecipes } from "../../app/search-recipes.js";
import { formatDuration } from "../../domain/duration.js";
import type { CliDeps } from "../cli-deps.js";
import { exitStatusOf } from "../exit-status.js";
import { errorLine } from "../print-recipe.js";

interface SearchOptions {
  with?: string;
  cuisine?: string;
  category?: string;
  diet?: string;
  tag?: string;
  maxMinutes?: string;
  sort?: SearchSort;
  limit: string;
  after?: string;
  json?: boolean;
}

export function searchCommand(deps: CliDeps): Command {
  return new Command("search")
    .description("find kept recipes by words, by the foods you have, and by facets")
    .argument("[words...]", "words to look for (title, ingredients, tags, steps)")
    .option("--with <foods>", 'foods you have, comma-separated: "pork, chilies, rice"')
    .option("--cuisine <cuisine>", "only this cuisine")
    .option("--category <category>", "only this category")
    .option("--diet <diet>", "only this diet")
    .option("--tag <tag>", "only recipes with this tag")
    .option("--max-minutes <n>", "ready in at most this many minutes")
    .addOption(new Option("--sort <sort>", "order of results").choices(SEARCH_SORTS))
    .option("--limit <n>", "results per page", "20")
    .option("--after <cursor>", "the next page: the cursor a previous search printed")
    .option("--json", "one JSON object per hit")
    .action(async (words: string[], opts: SearchOptions) => {
      const { store, close } = await deps.openStore();
      try {
        const page = await searchRecipes(
          { store },
          {
            ...(words.length > 0 && { text: words.join(" ") }),
            ...(opts.with !== undefined && { foods: opts.with.split(",") }),
            ...(opts.cuisine !== undefined && { cuisine: opts.cuisine }),
            ...(opts.category !== undefined && { category: opts.category }),
            ...(opts.diet !== undefined && { diet: opts.diet }),
            ...(opts.tag !== undefined && { tag: opts.tag }),
            ...(opts.maxMinutes !== undefined && { maxMinutes: Number(opts.maxMinutes) }),
            ...(opts.sort !== undefined && { sort: opts.sort }),
            ...(opts.after !== undefined && { after: opts.after }),
            limit: Number(opts.limit) || 20,
          },
        );
        if (!page.ok) {
          deps.out(errorLine(words.join(" "), page.issues[0]));
          deps.setExitStatus(exitStatusOf(page.issues.map((i) => i.code)));
          return;
        }
        for (const hit of page.value.items) {
          if (opts.json) {
            deps.out(JSON.stringify(hit));
            continue;
          }
          const facts = [
            hit.totalSeconds !== undefined && formatDuration({ min: hit.totalSeconds }),
            hit.coverage !== undefined && `${Math.round(hit.coverage * 100)}% covered`,
          ].filter(Boolean);
          deps.out(`${hit.title}  (${hit.slug})${facts.length ? `  ${facts.join(", ")}` : ""}`);
        }
        if (page.value.next) deps.err(`more: --after ${page.value.next}`);
        if (page.value.items.length === 0) deps.err("no recipe matches");
      } finally {
        await close();
      }
    });
}
