import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../database.js";
import { StorageFailure, StorageIssueCode, toStorageFailure } from "../storage-failure.js";
import { translateStorageErrors } from "../translate-storage-errors.js";
import { reuseStatements } from "./reuse-statements.js";

/** The page cache while serving, in KiB (see below); bulk writes take more for a while. */
export const SERVING_CACHE_KIB = 4000;

export interface SqliteOptions {
  /** A file path, or ":memory:" for a database that lives as long as the process. */
  readonly path: string;
  readonly readonly?: boolean;
}

/** One connection with WAL (readers never wait for the writer) and a busy timeout so a second
 *  process (the CLI beside the server) waits for a lock instead of failing at once. */
export interface SqliteDatabase {
  readonly db: Kysely<Database>;
  /** A consistent copy of the live database at `path`, by SQLite's online backup API. */
  backupTo(path: string): Promise<void>;
}

function openFile(options: SqliteOptions): SQLite.Database {
  const readonly = options.readonly ?? false;
  try {
    const sqlite = new SQLite(options.path, { readonly, fileMustExist: readonly });
    if (!readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    // 4 MB of pages rather than better-sqlite3's 16 MB: the kernel's page cache holds the file
    // anyway, and a server over 100,000 recipes idles in 12 MB less (npm run bench -- memory).
    sqlite.pragma(`cache_size = -${SERVING_CACHE_KIB}`);
    return sqlite;
  } catch (error) {
    const failure = toStorageFailure(error);
    if (!(failure instanceof StorageFailure) || failure.code !== StorageIssueCode.Unavailable) {
      throw failure;
    }
    const why = readonly ? "a read-only start needs an existing database" : "check the path";
    throw new StorageFailure(
      StorageIssueCode.Unavailable,
      `Claypot cannot open the database file ${options.path} (${why}).`,
      { cause: error },
    );
  }
}

export function openSqliteDatabase(options: SqliteOptions): SqliteDatabase {
  if (options.path !== ":memory:" && !options.readonly) {
    mkdirSync(dirname(options.path), { recursive: true });
  }
  const sqlite = openFile(options);
  return {
    db: new Kysely<Database>({
      dialect: translateStorageErrors(new SqliteDialect({ database: reuseStatements(sqlite) }), {
        inTransaction: () => sqlite.inTransaction,
      }),
    }),
    backupTo: async (path) => {
      mkdirSync(dirname(path), { recursive: true });
      await sqlite.backup(path);
    },
  };
}
