import { type Issue, issueCarriedBy } from "../lib/result.js";

/** The one place outcomes become exit statuses. Any input that could not be imported or found
 *  makes the run fail with 1 (the rest still run); 2 is for a command line that makes no sense;
 *  3 is for a database that refused the work (full, read-only, unreachable): what was kept
 *  before stays kept, and the same command can be run again once the database takes it. */
export const ExitStatus = { Ok: 0, Failed: 1, Usage: 2, Storage: 3 } as const;

const USAGE_CODES = new Set(["FORMAT_UNKNOWN"]);

/** storage/storage-failure.ts's codes. */
const STORAGE_CODES = new Set([
  "STORAGE_FULL",
  "STORAGE_READ_ONLY",
  "STORAGE_BUSY",
  "STORAGE_UNAVAILABLE",
  "STORAGE_IO_ERROR",
  "STORAGE_CORRUPT",
]);

export function exitStatusOf(codes: readonly string[]): number {
  if (codes.length === 0) return ExitStatus.Ok;
  if (codes.some((c) => STORAGE_CODES.has(c))) return ExitStatus.Storage;
  return codes.every((c) => USAGE_CODES.has(c)) ? ExitStatus.Usage : ExitStatus.Failed;
}

/** The issue a storage failure carries when it is thrown through a command (read by shape: the
 *  command line may not import storage); undefined for anything else, which is a bug. */
export function storageIssueOf(error: unknown): Issue | undefined {
  const carried = issueCarriedBy(error);
  return carried && STORAGE_CODES.has(carried.code) ? carried : undefined;
}
