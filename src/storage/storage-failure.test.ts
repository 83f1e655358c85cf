import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage } from "./open-storage.js";
import { StorageFailure, toStorageFailure } from "./storage-failure.js";

/** Real driver errors, made on real files, and what they become. (A full disk and a read-only
 *  database are made for real in test/e2e/fault-*.test.ts.) */
const dir = mkdtempSync(join(tmpdir(), "claypot-failure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("it did not throw");
};

describe("toStorageFailure", () => {
  it("tells a database another process holds locked as STORAGE_BUSY", () => {
    const path = join(dir, "locked.db");
    const holder = new SQLite(path);
    const other = new SQLite(path, { timeout: 0 });
    try {
      holder.exec("create table t (x); begin immediate; insert into t values (1)");
      const error = thrownBy(() => other.exec("insert into t values (2)"));
      expect(toStorageFailure(error)).toMatchObject({ issue: { code: "STORAGE_BUSY" } });
    } finally {
      holder.close();
      other.close();
    }
  });

  it("tells a file that is no database as STORAGE_CORRUPT", () => {
    const path = join(dir, "notes.db");
    writeFileSync(path, "these are my recipe notes, not a database ".repeat(200));
    const db = new SQLite(path);
    try {
      const error = thrownBy(() => db.prepare("select * from sqlite_master").all());
      expect(toStorageFailure(error)).toMatchObject({ issue: { code: "STORAGE_CORRUPT" } });
    } finally {
      db.close();
    }
  });

  it("leaves our own mistakes (a broken constraint, bad SQL) as they were", async () => {
    const storage = await openStorage({ sqlitePath: join(dir, "own.db") });
    try {
      const twice = sql`insert into users (email, name, password_hash, role, created_at)
        values ('a@example.org', 'A', 'x', 'user', '2026-01-01')`;
      await twice.execute(storage.db);
      const duplicate = await twice.execute(storage.db).catch((error: unknown) => error);
      expect(duplicate).toBeInstanceOf(SQLite.SqliteError);
      expect(duplicate).toMatchObject({ code: "SQLITE_CONSTRAINT_UNIQUE" });
      const typo = await sql`selec 1`.execute(storage.db).catch((error: unknown) => error);
      expect(typo).not.toBeInstanceOf(StorageFailure);
    } finally {
      await storage.close();
    }
  });

  it("says which file it cannot open, and never creates one when opening read-only", async () => {
    const missing = join(dir, "nowhere.db");
    await expect(openStorage({ sqlitePath: missing, readOnly: true })).rejects.toMatchObject({
      issue: {
        code: "STORAGE_UNAVAILABLE",
        message: `Claypot cannot open the database file ${missing} (a read-only start needs an existing database).`,
      },
    });
  });
});
