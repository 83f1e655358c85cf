import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../database.js";

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

export function openSqliteDatabase(options: SqliteOptions): SqliteDatabase {
  if (options.path !== ":memory:" && !options.readonly) {
    mkdirSync(dirname(options.path), { recursive: true });
  }
  const sqlite = new SQLite(options.path, { readonly: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    backupTo: async (path) => {
      mkdirSync(dirname(path), { recursive: true });
      await sqlite.backup(path);
    },
  };
}
