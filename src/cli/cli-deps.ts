import type { AccountStores } from "../app/account-ports.js";
import type { BlobStore, Clock, Fetcher, RecipeStore } from "../app/ports.js";

export interface OpenedStore {
  readonly store: RecipeStore;
  /** Accounts, for `claypot users`; the databases Claypot opens always have them. */
  readonly accounts?: AccountStores;
  /** SQLite only: a consistent file copy of the live database. */
  readonly backupFile?: (path: string) => Promise<void>;
  /** Where pictures inside imported archives are kept (files beside the database); absent,
   *  they are dropped with a note. */
  readonly blobs?: BlobStore;
  close(): Promise<void>;
}

/** What the command line needs from the composition root; tests pass their own. */
export interface CliDeps {
  /** Opened only by commands that need the database. */
  readonly openStore: () => Promise<OpenedStore>;
  /** Opens another database file read for a restore (a SQLite backup). */
  readonly openSqliteFile: (path: string) => Promise<OpenedStore>;
  readonly serve: () => Promise<void>;
  readonly clock: Clock;
  /** Fetches recipe pages for URL imports, refusing private addresses. */
  readonly fetchPage: Fetcher;
  readonly publicUrl: string;
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard error as is (no added line end), for progress redrawn in place. */
  readonly errRaw: (text: string) => void;
  /** Whether standard error is a terminal: a redrawn bar, or plain lines for logs. */
  readonly errIsTty: boolean;
  /** Where the process's exit status goes (process.exitCode in main, a variable in tests). */
  readonly setExitStatus: (status: number) => void;
}
