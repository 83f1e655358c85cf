import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { RecipeStore } from "../../src/app/ports.js";
import type { Database } from "../../src/storage/database.js";
import { migrateToLatest } from "../../src/storage/migrate.js";
import { createRecipeStore } from "../../src/storage/recipe-store.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

export interface TempStorage {
  readonly dir: string;
  readonly path: string;
  readonly db: Kysely<Database>;
  readonly store: RecipeStore;
  close(): Promise<void>;
}

/** A real SQLite file in a fresh temporary folder, migrated; removed by `close`. */
export async function openTempStorage(): Promise<TempStorage> {
  const dir = mkdtempSync(join(tmpdir(), "claypot-test-"));
  const path = join(dir, "claypot.db");
  const db = openSqliteDatabase({ path });
  await migrateToLatest(db as Kysely<unknown>);
  return {
    dir,
    path,
    db,
    store: createRecipeStore(db),
    close: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const EXAMPLE_PATH = new URL("../../examples/caramelised-pork-mince.txt", import.meta.url);
export const readExample = (): Uint8Array => readFileSync(EXAMPLE_PATH);

export const fixedClock = (iso = "2026-01-02T03:04:05.000Z") => ({ now: () => new Date(iso) });
