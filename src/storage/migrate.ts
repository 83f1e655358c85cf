import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as createRecipes from "./migrations/0001-create-recipes.js";

/** Migrations are listed in code, not read from a folder, so a bundled build carries them. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-create-recipes": createRecipes,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

/** Brings the schema to the newest version; each migration runs in its own transaction. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationError(`migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
