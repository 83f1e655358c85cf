import type { Kysely } from "kysely";
import type { AccountStores } from "../app/account-ports.js";
import type { RecipeStore } from "../app/ports.js";
import { createApiTokenStore } from "./api-token-store.js";
import { createBoardStore } from "./board-store.js";
import type { Database } from "./database.js";
import { createLibraryStore } from "./library-store.js";
import { FIRST_MIGRATION, migrateToLatest, pendingMigrations } from "./migrate.js";
import { createPasswordResetStore } from "./password-reset-store.js";
import { createPlanStore } from "./plan-store.js";
import { openPostgresDatabase } from "./postgres/open-postgres-database.js";
import { postgresDialect } from "./postgres/postgres-dialect.js";
import { createRatingStore } from "./rating-store.js";
import { createRecipeStore } from "./recipe-store.js";
import { createSessionStore } from "./session-store.js";
import { createShoppingListStore } from "./shopping-list-store.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { sqliteDialect } from "./sqlite/sqlite-dialect.js";
import type { DialectName, StorageDialect } from "./storage-dialect.js";
import { StorageFailure, StorageIssueCode } from "./storage-failure.js";
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
    shoppingLists: createShoppingListStore(db),
    plans: createPlanStore(db),
  };
}

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; without it, the SQLite file at `sqlitePath`. */
  readonly databaseUrl?: string;
  readonly sqlitePath: string;
  /** Opens the database for reading only: no schema upgrade, and every write is refused with
   *  STORAGE_READ_ONLY (maintenance, a copy on read-only media, a replica). */
  readonly readOnly?: boolean;
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
  /** Opened with `readOnly`: writes are refused. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url);
}

/** Applies what migrations are pending; a read-only open applies none, and refuses a schema
 *  that needs them rather than run an old schema. */
async function upgradeSchema(
  db: Kysely<unknown>,
  dialect: DialectName,
  readOnly: boolean,
): Promise<string[]> {
  const pending = readOnly ? await pendingMigrations(db, dialect) : [];
  try {
    if (pending.length > 0) throw new StorageFailure(StorageIssueCode.ReadOnly);
    return readOnly ? [] : await migrateToLatest(db, dialect);
  } catch (error) {
    if (!(error instanceof StorageFailure) || error.code !== StorageIssueCode.ReadOnly) throw error;
    throw new StorageFailure(
      StorageIssueCode.ReadOnly,
      "The database is read-only, and this version of Claypot must first upgrade its schema: " +
        "start it once where the database can be written.",
      { cause: error },
    );
  }
}

/** Opens the database the options name, brings its schema up to date, and builds the stores. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const postgres = isPostgresUrl(options.databaseUrl);
  const dialect = postgres ? postgresDialect : sqliteDialect;
  const readOnly = options.readOnly ?? false;
  const sqlite = postgres
    ? undefined
    : openSqliteDatabase({ path: options.sqlitePath, readonly: readOnly });
  const db = sqlite
    ? sqlite.db
    : await openPostgresDatabase(options.databaseUrl as string, { readonly: readOnly });
  try {
    const applied = await upgradeSchema(db as Kysely<unknown>, dialect.name, readOnly);
    return {
      db,
      dialect,
      store: createRecipeStore(db, dialect),
      accounts: createAccountStores(db),
      created: applied.includes(FIRST_MIGRATION),
      readOnly,
      ...(sqlite && { backupFile: sqlite.backupTo }),
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
