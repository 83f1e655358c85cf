import { fail, type Issue, type Result } from "../../lib/result.js";
import type { CollectionEntry } from "../importer.js";
import { ArchiveIssueCode } from "./read-zip.js";

/** Archive entries passed over (unsafe names, bombs, corrupt data), each reported as one failed
 *  entry of the collection so the caller tells of it beside the recipes that were read. */
export const skippedEntries = (skipped: readonly Issue[]): CollectionEntry[] =>
  skipped.map((s) => ({ label: String(s.path[0] ?? "?"), result: { ok: false, issues: [s] } }));

/** JSON text → a value, or an entry-level failure with `code`. */
export function parseJsonEntry(bytes: Uint8Array, code: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)), issues: [] };
  } catch {
    return fail(code, "not JSON");
  }
}

export const noRecipes = (what: string): Result<never> =>
  fail(ArchiveIssueCode.NotArchive, `the archive holds no ${what}`);
