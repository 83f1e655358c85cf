import SQLite from "better-sqlite3";
import { type Issue, issue } from "../lib/result.js";

/** What the database refused, by stable code, whichever database it is. HTTP (problem.ts) and
 *  the command line (exit-status.ts) map these codes to statuses; people read the messages. */
export const StorageIssueCode = {
  Full: "STORAGE_FULL",
  ReadOnly: "STORAGE_READ_ONLY",
  Busy: "STORAGE_BUSY",
  Unavailable: "STORAGE_UNAVAILABLE",
  IoError: "STORAGE_IO_ERROR",
  Corrupt: "STORAGE_CORRUPT",
} as const;
export type StorageIssueCode = (typeof StorageIssueCode)[keyof typeof StorageIssueCode];

const MESSAGES: Record<StorageIssueCode, string> = {
  STORAGE_FULL:
    "The database's disk is full, so nothing was saved. Free some space " +
    "and try again; what was saved before is safe.",
  STORAGE_READ_ONLY:
    "The database is read-only just now, so nothing was saved; reading works as usual. " +
    "Try again once it takes changes again.",
  STORAGE_BUSY: "The database is busy with other work, so nothing was saved. Try again shortly.",
  STORAGE_UNAVAILABLE: "The database cannot be reached just now. Try again shortly.",
  STORAGE_IO_ERROR:
    "The database's disk failed to read or write, so nothing was saved. Check the disk.",
  STORAGE_CORRUPT: "The database file is damaged. Restore it from a backup (claypot restore).",
};

/** A database failure that is not a bug in Claypot: it carries its issue, and the driver's own
 *  error as its cause (for the log; people see only the issue's message). */
export class StorageFailure extends Error {
  override readonly name = "StorageFailure";
  readonly issue: Issue;

  constructor(code: StorageIssueCode, message: string = MESSAGES[code], options?: ErrorOptions) {
    super(message, options);
    this.issue = issue(code, message);
  }

  get code(): StorageIssueCode {
    return this.issue.code as StorageIssueCode;
  }
}

/** SQLite's primary result codes (extended ones like SQLITE_READONLY_DBMOVED share them). */
const SQLITE_CODES: Record<string, StorageIssueCode> = {
  SQLITE_FULL: StorageIssueCode.Full,
  SQLITE_READONLY: StorageIssueCode.ReadOnly,
  SQLITE_PERM: StorageIssueCode.ReadOnly,
  SQLITE_BUSY: StorageIssueCode.Busy,
  SQLITE_LOCKED: StorageIssueCode.Busy,
  SQLITE_CANTOPEN: StorageIssueCode.Unavailable,
  SQLITE_IOERR: StorageIssueCode.IoError,
  SQLITE_CORRUPT: StorageIssueCode.Corrupt,
  SQLITE_NOTADB: StorageIssueCode.Corrupt,
};

/** PostgreSQL's SQLSTATEs (appendix A of its manual); a class ("08") stands for all its codes. */
const POSTGRES_CODES: Record<string, StorageIssueCode> = {
  "53100": StorageIssueCode.Full, // disk_full
  "25006": StorageIssueCode.ReadOnly, // read_only_sql_transaction
  "53300": StorageIssueCode.Busy, // too_many_connections
  "55P03": StorageIssueCode.Busy, // lock_not_available
  "57P01": StorageIssueCode.Unavailable, // admin_shutdown
  "57P02": StorageIssueCode.Unavailable, // crash_shutdown
  "57P03": StorageIssueCode.Unavailable, // cannot_connect_now
  "08": StorageIssueCode.Unavailable, // connection_exception
  "58030": StorageIssueCode.IoError, // io_error
  XX001: StorageIssueCode.Corrupt, // data_corrupted
  XX002: StorageIssueCode.Corrupt, // index_corrupted
};

/** The socket's own errors while reaching PostgreSQL. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH"]);

/** A PostgreSQL server's error (pg's DatabaseError, read by shape so that pg is loaded only for
 *  a PostgreSQL database): its five-character SQLSTATE. */
function sqlStateOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof severity === "string" && typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)
    ? code
    : undefined;
}

function codeOf(error: unknown): StorageIssueCode | undefined {
  if (error instanceof SQLite.SqliteError) {
    return SQLITE_CODES[/^SQLITE_[A-Z]+/.exec(error.code)?.[0] ?? ""];
  }
  const sqlState = sqlStateOf(error);
  if (sqlState !== undefined)
    return POSTGRES_CODES[sqlState] ?? POSTGRES_CODES[sqlState.slice(0, 2)];
  const errno = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof errno === "string" && NETWORK_CODES.has(errno)) {
    return StorageIssueCode.Unavailable;
  }
  return undefined;
}

/** The one place database drivers' errors become storage failures: a StorageFailure for what a
 *  disk, a permission or the database server refused; anything else (a bug, a constraint we
 *  broke) comes back as it was. */
export function toStorageFailure(error: unknown): unknown {
  if (error instanceof StorageFailure) return error;
  const code = codeOf(error);
  return code === undefined ? error : new StorageFailure(code, MESSAGES[code], { cause: error });
}

/** Whether a write was refused because the database takes none now (full, or read-only). */
export function isWriteRefusal(error: unknown): boolean {
  return (
    error instanceof StorageFailure &&
    (error.code === StorageIssueCode.Full || error.code === StorageIssueCode.ReadOnly)
  );
}
