import type { Recipe } from "../domain/recipe.js";
import { issueCarriedBy } from "../lib/result.js";
import {
  type AddRecipeDeps,
  addRecipe,
  freeSlug,
  hashOf,
  type RecipeOwnership,
  toNewRecipe,
} from "./add-recipe.js";
import type { NewRecipe, StoredRecipe } from "./ports.js";

export type AddOutcome =
  | { readonly kind: "created"; readonly stored: StoredRecipe }
  | { readonly kind: "skipped"; readonly reason: "same-content" | "same-source-url" };

/** Keeps a batch of recipes in one transaction, skipping those kept already (same content, or
 *  same source URL) and repeats within the batch; slugs taken in the store or earlier in the
 *  batch get "-2", "-3"… Outcomes come back in input order. */
export async function addRecipes(
  deps: AddRecipeDeps,
  recipes: readonly Recipe[],
  /** When each recipe was first kept (a restore keeps the original dates); else now. */
  createdAt?: readonly Date[],
  /** Whose recipes; absent, the site's (the command line). Duplicates are looked for there only. */
  owner: RecipeOwnership = {},
): Promise<AddOutcome[]> {
  const hashes = recipes.map(hashOf);
  const urls = recipes.map((r) => r.source.url);
  const existing = await deps.store.findExisting({
    owner: owner.ownerId ?? null,
    hashes,
    sourceUrls: urls.filter((u): u is string => u !== undefined),
  });
  const outcomes: (AddOutcome | undefined)[] = [];
  const toInsert: { at: number; entry: NewRecipe }[] = [];
  const slugsInBatch = new Set<string>();
  const now = deps.clock.now();
  for (const [i, recipe] of recipes.entries()) {
    const hash = hashes[i]!;
    const url = urls[i];
    if (existing.hashes.has(hash)) {
      outcomes.push({ kind: "skipped", reason: "same-content" });
      continue;
    }
    if (url !== undefined && existing.sourceUrls.has(url)) {
      outcomes.push({ kind: "skipped", reason: "same-source-url" });
      continue;
    }
    existing.hashes.add(hash);
    if (url !== undefined) existing.sourceUrls.add(url);
    const slug = await freeSlug(deps.store, recipe.slug, slugsInBatch);
    slugsInBatch.add(slug);
    outcomes.push(undefined);
    toInsert.push({ at: i, entry: toNewRecipe(recipe, slug, hash, createdAt?.[i] ?? now, owner) });
  }
  try {
    const stored = await deps.store.insertMany(toInsert.map((t) => t.entry));
    stored.forEach((s, k) => {
      outcomes[toInsert[k]!.at] = { kind: "created", stored: s };
    });
  } catch (error) {
    // A database that refuses writes (a full disk) keeps nothing of the batch: say so.
    if (issueCarriedBy(error)) throw error;
    // Another writer took a slug between our check and the insert: keep them one by one.
    for (const { at } of toInsert) {
      const added = await addRecipe(deps, recipes[at]!, createdAt?.[at], owner);
      outcomes[at] = added.created
        ? { kind: "created", stored: added.stored }
        : { kind: "skipped", reason: "same-content" };
    }
  }
  return outcomes.map((o) => o!);
}
