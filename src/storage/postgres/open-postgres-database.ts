import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "../database.js";
import { translateStorageErrors } from "../translate-storage-errors.js";

export interface PostgresOptions {
  readonly maxConnections?: number;
  /** Every transaction read-only, as the server itself enforces it (maintenance, a replica). */
  readonly readonly?: boolean;
}

/** A pool of connections; several app servers may share one database. The driver is loaded
 *  here, when a PostgreSQL database is asked for: a SQLite server starts without it. */
export async function openPostgresDatabase(
  url: string,
  options: PostgresOptions = {},
): Promise<Kysely<Database>> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.readonly && { options: "-c default_transaction_read_only=on" }),
  });
  // An idle connection the server ended (a restart, a forced drop) is dropped, and made anew
  // when next needed; pg reports it on the pool, where unheard it would end the process.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: translateStorageErrors(new PostgresDialect({ pool })) });
}
