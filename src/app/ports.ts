import type { Recipe } from "../domain/recipe.js";

/** A recipe as kept: the model plus what the store knows of it. */
export interface StoredRecipe {
  readonly id: string;
  readonly recipe: Recipe;
  readonly contentHash: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface RecipeSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly createdAt: Date;
}

export interface NewRecipe {
  readonly recipe: Recipe;
  readonly summary?: string;
  readonly contentHash: string;
  readonly now: Date;
}

export interface ListRecipesQuery {
  readonly limit: number;
  /** Keyset cursor: the id of the last recipe of the previous page. */
  readonly after?: string;
}

export interface RecipeStore {
  /** Inserts in one transaction; the slug must be free (see `isSlugTaken`). */
  insert(input: NewRecipe): Promise<StoredRecipe>;
  findBySlug(slug: string): Promise<StoredRecipe | undefined>;
  findByContentHash(hash: string): Promise<StoredRecipe | undefined>;
  isSlugTaken(slug: string): Promise<boolean>;
  list(query: ListRecipesQuery): Promise<RecipeSummary[]>;
  count(): Promise<number>;
}

export interface Clock {
  now(): Date;
}
