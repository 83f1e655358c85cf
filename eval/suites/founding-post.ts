import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importRecipe } from "../../src/app/import-recipe.js";
import { listSteps } from "../../src/domain/recipe.js";
import type { EvalContext, Metric } from "../metric.js";

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** Sentences of the post as written, minus UI lines ("pin it") and bullet marks. */
function sentencesOf(post: string): string[] {
  return post
    .split("\n")
    .map((line) => line.replace(/^\s*[-•*]\s*(→\s*)?/, "").trim())
    .filter((line) => line && !/^pin it$/i.test(line))
    .flatMap((line) => line.match(/[^.!?]+[.!?]*/g) ?? [])
    .map(normalise)
    .filter((s) => s.length > 3);
}

/** The founding post through the text importer: is every sentence kept, is the structure the
 *  issue names all there? The post is read from ../shared/seed, as any evaluation input. */
export async function foundingPost(context: EvalContext): Promise<Metric[]> {
  const bytes = readFileSync(join(context.shared, "seed", "caramelised-pork-mince.txt"));
  const result = importRecipe({ bytes, format: "text", name: "seed" });
  if (!result.ok) {
    return [
      {
        id: "seed.imports",
        value: 0,
        label: "founding post imports",
        misses: result.issues.map((i) => i.message),
      },
    ];
  }
  const recipe = result.value;
  const json = normalise(JSON.stringify(recipe));
  const sentences = sentencesOf(new TextDecoder().decode(bytes));
  const lost = sentences.filter((s) => !json.includes(JSON.stringify(s).slice(1, -1)));

  const steps = listSteps(recipe);
  const ingredients = recipe.ingredientGroups.flatMap((g) => g.ingredients);
  const checks: [string, boolean][] = [
    ["title", recipe.title === "Vietnamese Caramelised Pork Mince Stir Fry"],
    ["7 ingredients with notes", ingredients.length === 7 && ingredients.every((i) => i.note)],
    [
      "palm sugar substitute",
      ingredients.some((i) => i.substitutes.some((s) => /brown sugar/i.test(s.food))),
    ],
    ["4 titled steps", steps.length === 4 && steps.every((s) => s.title)],
    [
      "a 3–4 minute timer",
      steps.some((s) => s.timers.some((t) => t.duration.min === 180 && t.duration.max === 240)),
    ],
    ["medium-high heat", steps.some((s) => s.heat === "medium-high")],
    ["caramel cues", steps.some((s) => s.cues.some((c) => /amber/i.test(c)))],
    ["6 FAQ pairs", recipe.faq.length === 6],
    ["2 substitutions", recipe.substitutions.length >= 2],
    ["storage", recipe.storage?.fridgeDays === 3 && Boolean(recipe.storage.reheat)],
    ["4 kinds of spice change", new Set(recipe.spice?.adjustments.map((a) => a.kind)).size >= 4],
    [
      "variations, pairings, conclusion",
      recipe.variations.length > 0 && recipe.pairings.length > 0 && recipe.conclusion.length > 0,
    ],
    ["no UI artefacts", !/pin it/i.test(json)],
  ];
  return [
    {
      id: "seed.sentencesKept",
      value: (sentences.length - lost.length) / sentences.length,
      label: `sentences of the post kept (${sentences.length - lost.length}/${sentences.length})`,
      misses: lost.map((s) => `lost: ${s}`),
    },
    {
      id: "seed.structure",
      value: checks.filter(([, ok]) => ok).length / checks.length,
      label: `structure the issue names (${checks.filter(([, ok]) => ok).length}/${checks.length})`,
      misses: checks.filter(([, ok]) => !ok).map(([name]) => `missing: ${name}`),
    },
  ];
}
