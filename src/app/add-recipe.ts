import { describeRecipe } from "../domain/describe-recipe.js";
import type { Recipe } from "../domain/recipe.js";
import { contentHash } from "../lib/content-hash.js";
import type { Clock, NewRecipe, RecipeStore, StoredRecipe, Visibility } from "./ports.js";

/** Whose new recipe it is. Absent: the site's own (seed, command line), public. */
export interface RecipeOwnership {
  readonly ownerId?: string;
  readonly visibility?: Visibility;
}

export interface AddRecipeDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
}

export interface AddRecipeOutcome {
  readonly stored: StoredRecipe;
  /** False when the same recipe was already kept: reruns of an import add nothing. */
  readonly created: boolean;
}

/** The slug as given, or with "-2", "-3"… when the store, or the batch being written
 *  (`taken`), already has it. */
export async function freeSlug(
  store: RecipeStore,
  slug: string,
  taken: ReadonlySet<string> = new Set(),
): Promise<string> {
  let candidate = slug;
  for (let n = 2; taken.has(candidate) || (await store.isSlugTaken(candidate)); n++) {
    candidate = `${slug.slice(0, 95)}-${n}`;
  }
  return candidate;
}

/** What the store is handed for a new recipe: under its free slug, with its hash and a summary
 *  for listings. */
export function toNewRecipe(
  recipe: Recipe,
  slug: string,
  hash: string,
  now: Date,
  owner: RecipeOwnership = {},
): NewRecipe {
  const summary = describeRecipe(recipe);
  return {
    recipe: { ...recipe, slug },
    ...(summary !== undefined && { summary }),
    contentHash: hash,
    now,
    ...(owner.ownerId !== undefined && { ownerId: owner.ownerId }),
    ...(owner.visibility !== undefined && { visibility: owner.visibility }),
  };
}

/** Same content, same hash, whatever its slug: how a rerun of an import knows it has it. */
export function hashOf(recipe: Recipe): string {
  const { slug: _slug, ...content } = recipe;
  return contentHash(content);
}

/** Keeps a recipe once per owner: the same content twice returns the recipe that owner already
 *  has (never another owner's, which could be private). */
export async function addRecipe(
  deps: AddRecipeDeps,
  recipe: Recipe,
  /** When it was first kept (a restore keeps the original date); else now. */
  createdAt?: Date,
  owner: RecipeOwnership = {},
): Promise<AddRecipeOutcome> {
  const hash = hashOf(recipe);
  const existing = await deps.store.findByContentHash(hash, owner.ownerId ?? null);
  if (existing) return { stored: existing, created: false };
  const slug = await freeSlug(deps.store, recipe.slug);
  const stored = await deps.store.insert(
    toNewRecipe(recipe, slug, hash, createdAt ?? deps.clock.now(), owner),
  );
  return { stored, created: true };
}
