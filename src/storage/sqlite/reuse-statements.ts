import type SQLite from "better-sqlite3";
import type { SqliteDatabase as KyselySqliteDatabase } from "kysely";

const KEPT = 256;

/** The connection as Kysely's dialect sees it, with prepared statements kept by their SQL:
 *  Kysely prepares anew on every query, and preparing cost more than running a page's lookups.
 *  Safe because Kysely runs one query at a time on the connection and never streams here. */
export function reuseStatements(sqlite: SQLite.Database): KyselySqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = kept.get(sql);
      if (statement) {
        // Least recently used goes first: re-insert what is used.
        kept.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      }
      kept.set(sql, statement);
      return statement;
    },
  };
}
