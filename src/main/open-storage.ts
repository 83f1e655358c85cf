import type { Kysely } from "kysely";
import type { RecipeStore } from "../app/ports.js";
import type { Database } from "../storage/database.js";
import { migrateToLatest } from "../storage/migrate.js";
import { createRecipeStore } from "../storage/recipe-store.js";
import { openSqliteDatabase } from "../storage/sqlite/open-sqlite-database.js";

export interface Storage {
  readonly db: Kysely<Database>;
  readonly store: RecipeStore;
  /** True when this start created the database (its first migration ran now). */
  readonly created: boolean;
  close(): Promise<void>;
}

export async function openStorage(databasePath: string): Promise<Storage> {
  const db = openSqliteDatabase({ path: databasePath });
  try {
    const applied = await migrateToLatest(db as Kysely<unknown>);
    return {
      db,
      store: createRecipeStore(db),
      created: applied.includes("0001-create-recipes"),
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
