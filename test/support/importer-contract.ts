import { expect } from "vitest";
import { validateRecipe } from "../../src/domain/validate-recipe.js";
import type { Issue } from "../../src/lib/result.js";

/** CPU time in ms of the fastest of `runs` runs: a time bound on this code's work, not on what
 *  the other test workers do with the machine's two cores meanwhile. */
export function fastestCpuMs(run: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** What an importer promises on any input: every issue has a stable code, and a recipe it gives
 *  is one the model keeps, unless a list the author wrote is longer than the model keeps (then
 *  it is refused as too large, honestly): `authorLists` names those lists' fields. */
export function expectRecipeContract(result: Outcome<unknown>, authorLists: ReadonlySet<string>) {
  for (const issue of result.issues) expect(issue.code).toMatch(/^[A-Z_]+$/);
  if (!result.ok) return;
  const valid = validateRecipe(result.value);
  const problems = valid.ok
    ? []
    : valid.issues.filter(
        (i) =>
          i.code !== "RECIPE_EMPTY" &&
          !(i.code === "RECIPE_TOO_LARGE" && authorLists.has(String(i.path.at(-1)))),
      );
  expect(problems).toEqual([]);
}

/** The same for an importer of collections (a file of several recipes): each entry alone. */
export function expectCollectionContract(
  all: Outcome<readonly { readonly result: Outcome<unknown> }[]> | undefined,
  authorLists: ReadonlySet<string>,
) {
  if (!all) throw new Error("this importer reads collections: importRecipes is missing");
  for (const issue of all.issues) expect(issue.code).toMatch(/^[A-Z_]+$/);
  if (!all.ok) return;
  for (const entry of all.value) expectRecipeContract(entry.result, authorLists);
}
