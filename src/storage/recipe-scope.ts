import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { RecipeScope } from "../app/ports.js";

/** The SQL condition of a listing's scope on the recipes row `alias`: public recipes, plus
 *  those of the owners the scope names; no condition for "all" (or no scope: the CLI). */
export function visibleIn(scope: RecipeScope | undefined, alias: string): RawBuilder<SqlBool> {
  if (scope === undefined || scope.kind === "all") return sql<SqlBool>`1 = 1`;
  const visibility = sql.ref(`${alias}.visibility`);
  const ids = scope.ownerIds.map(Number).filter(Number.isSafeInteger);
  if (ids.length === 0) return sql<SqlBool>`${visibility} = 'public'`;
  return sql<SqlBool>`(${visibility} = 'public' or ${sql.ref(`${alias}.owner_id`)} in (${sql.join(ids)}))`;
}
