import type { ColumnDefinitionBuilder } from "kysely";
import type { DialectName } from "../storage-dialect.js";

/** An integer primary key the database numbers: an identity column on PostgreSQL, SQLite's
 *  AUTOINCREMENT (ids never reused after a delete) on SQLite. Migrations are history: this must
 *  keep making exactly these columns. */
export const generatedId = (dialect: DialectName) => (c: ColumnDefinitionBuilder) =>
  dialect === "postgres"
    ? c.primaryKey().generatedByDefaultAsIdentity()
    : c.primaryKey().autoIncrement();
