import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../database.js";

/** A pool of connections; several app servers may share one database. */
export function openPostgresDatabase(url: string, maxConnections = 10): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
