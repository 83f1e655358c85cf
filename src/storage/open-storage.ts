import type { Kysely } from "kysely";
import type { AccountStores } from "../app/account-ports.js";
import type { RecipeStore } from "../app/ports.js";
import { createApiTokenStore } from "./api-token-store.js";
import { createBoardStore } from "./board-store.js";
import type { Database } from "./database.js";
import { createLibraryStore } from "./library-store.js";
import { FIRST_MIGRATION, migrateToLatest } from "./migrate.js";
import { createPasswordResetStore } from "./password-reset-store.js";
import { openPostgresDatabase } from "./postgres/open-postgres-database.js";
import { postgresDialect } from "./postgres/postgres-dialect.js";
import { createRatingStore } from "./rating-store.js";
import { createRecipeStore } from "./recipe-store.js";
import { createSessionStore } from "./session-store.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { sqliteDialect } from "./sqlite/sqlite-dialect.js";
import type { StorageDialect } from "./storage-dialect.js";
import { createUserStore } from "./user-store.js";

export function createAccountStores(db: Kysely<Database>): AccountStores {
  return {
    users: createUserStore(db),
    sessions: createSessionStore(db),
    apiTokens: createApiTokenStore(db),
    passwordResets: createPasswordResetStore(db),
    libraries: createLibraryStore(db),
    boards: createBoardStore(db),
    ratings: createRatingStore(db),
  };
}

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; without it, the SQLite file at `sqlitePath`. */
  readonly databaseUrl?: string;
  readonly sqlitePath: string;
}

export interface Storage {
  readonly db: Kysely<Database>;
  readonly dialect: StorageDialect;
  readonly store: RecipeStore;
  readonly accounts: AccountStores;
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
      accounts: createAccountStores(db),
      created: applied.includes(FIRST_MIGRATION),
      ...(sqlite && { backupFile: sqlite.backupTo }),
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
