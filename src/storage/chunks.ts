/** Rows per multi-row statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound
 *  parameters even for the widest table. */
export const ROWS_PER_STATEMENT = 1_000;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
