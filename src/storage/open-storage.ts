import type { Kysely } from "kysely";
import type { RecipeStore } from "../app/ports.js";
import type { Database } from "./database.js";
import { FIRST_MIGRATION, migrateToLatest } from "./migrate.js";
import { openPostgresDatabase } from "./postgres/open-postgres-database.js";
import { postgresDialect } from "./postgres/postgres-dialect.js";
import { createRecipeStore } from "./recipe-store.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { sqliteDialect } from "./sqlite/sqlite-dialect.js";
import type { StorageDialect } from "./storage-dialect.js";

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; without it, the SQLite file at `sqlitePath`. */
  readonly databaseUrl?: string;
  readonly sqlitePath: string;
}

export interface Storage {
  readonly db: Kysely<Database>;
  readonly dialect: StorageDialect;
  readonly store: RecipeStore;
  /** SQLite only: a consistent file copy of the live database (the online backup API). */
  readonly backupFile?: (path: string) => Promise<void>;
  /** True when this open created the schema (its first migration ran now). */
  readonly created: boolean;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url);
}

/** Opens the database the options name, brings its schema up to date, and builds the stores. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const postgres = isPostgresUrl(options.databaseUrl);
  const dialect = postgres ? postgresDialect : sqliteDialect;
  const sqlite = postgres ? undefined : openSqliteDatabase({ path: options.sqlitePath });
  const db = sqlite ? sqlite.db : openPostgresDatabase(options.databaseUrl as string);
  try {
    const applied = await migrateToLatest(db as Kysely<unknown>, dialect.name);
    return {
      db,
      dialect,
      store: createRecipeStore(db, dialect),
      created: applied.includes(FIRST_MIGRATION),
      ...(sqlite && { backupFile: sqlite.backupTo }),
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
