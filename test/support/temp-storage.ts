import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openStorage, type Storage } from "../../src/storage/open-storage.js";
import type { DialectName } from "../../src/storage/storage-dialect.js";

export interface TempStorage extends Storage {
  /** A scratch folder for the test's files (the SQLite database lives in it too). */
  readonly dir: string;
  /** The SQLite file, or the PostgreSQL URL of this test's own database. */
  readonly location: string;
}

export const DIALECTS: readonly DialectName[] = ["sqlite", "postgres"];

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A real, migrated database of the given kind, fresh for the caller and removed by `close`:
 *  a SQLite file in a temporary folder, or a new database on the run's PostgreSQL server. */
export async function openTempStorage(dialect: DialectName = "sqlite"): Promise<TempStorage> {
  const dir = mkdtempSync(join(tmpdir(), "claypot-test-"));
  const sqlitePath = join(dir, "claypot.db");
  let location = sqlitePath;
  let dropDatabase = async () => {};
  if (dialect === "postgres") {
    const name = `claypot_test_${randomBytes(6).toString("hex")}`;
    await withAdmin((c) => c.query(`create database ${name}`));
    const url = new URL(inject("postgresUrl"));
    url.pathname = `/${name}`;
    location = url.toString();
    dropDatabase = async () => {
      await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
    };
  }
  const storage = await openStorage({
    sqlitePath,
    ...(dialect === "postgres" && { databaseUrl: location }),
  });
  return {
    ...storage,
    dir,
    location,
    close: async () => {
      await storage.close();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const EXAMPLE_PATH = new URL("../../examples/caramelised-pork-mince.txt", import.meta.url);
export const readExample = (): Uint8Array => readFileSync(EXAMPLE_PATH);

export const fixedClock = (iso = "2026-01-02T03:04:05.000Z") => ({ now: () => new Date(iso) });
