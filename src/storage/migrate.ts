import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { createRecipes } from "./migrations/0001-create-recipes.js";
import { createTextSearch } from "./migrations/0002-text-search.js";
import { createAccounts } from "./migrations/0003-accounts.js";
import { createRatings } from "./migrations/0004-ratings.js";
import { createRecipeDrafts } from "./migrations/0005-recipe-drafts.js";
import { createShoppingLists } from "./migrations/0006-shopping-lists.js";
import { createMealPlans } from "./migrations/0007-meal-plans.js";
import { createAuthorTerms } from "./migrations/0008-author-terms.js";
import { createFoodsByRecipeSize } from "./migrations/0009-foods-by-recipe-size.js";
import { createRecipesByHashAndOwner } from "./migrations/0010-recipes-by-hash-and-owner.js";
import { createFoodPostings } from "./migrations/0011-food-postings.js";
import { createTitleWordsIndex } from "./migrations/0012-title-words-index.js";
import type { DialectName } from "./storage-dialect.js";
import { StorageFailure } from "./storage-failure.js";

/** Migrations are listed in code, not read from a folder, so a bundled build carries them; each
 *  is one migration for both databases, with dialect branches only where the SQL differs. */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    "0001-create-recipes": createRecipes(dialect),
    "0002-text-search": createTextSearch(dialect),
    "0003-accounts": createAccounts(dialect),
    "0004-ratings": createRatings(),
    "0005-recipe-drafts": createRecipeDrafts(dialect),
    "0006-shopping-lists": createShoppingLists(dialect),
    "0007-meal-plans": createMealPlans(dialect),
    "0008-author-terms": createAuthorTerms(),
    "0009-foods-by-recipe-size": createFoodsByRecipeSize(dialect),
    "0010-recipes-by-hash-and-owner": createRecipesByHashAndOwner(),
    "0011-food-postings": createFoodPostings(dialect),
    "0012-title-words-index": createTitleWordsIndex(dialect),
  };
}

export const FIRST_MIGRATION = "0001-create-recipes";

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

/** Brings the schema to the newest version; each migration runs in its own transaction. */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: DialectName,
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    // A full disk or a read-only database is told as such, not as a broken migration.
    if (error instanceof StorageFailure) throw error;
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationError(`migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** The migrations not applied yet, found without writing anything (a read-only open). */
export async function pendingMigrations(
  db: Kysely<unknown>,
  dialect: DialectName,
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrations = await new Migrator({ db, provider }).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
