import { Readable } from "node:stream";
import type { OpenedStore } from "../../src/cli/cli-deps.js";
import { type CliDeps, runCli } from "../../src/cli/create-program.js";
import { createSafeFetch } from "../../src/lib/safe-fetch.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { fixedClock } from "./temp-storage.js";

export interface CliRun {
  readonly out: string[];
  readonly err: string[];
  readonly status: number;
}

export interface CliOptions {
  /** The database the commands open; none for commands that need none. */
  readonly store?: OpenedStore;
  readonly stdin?: string | Uint8Array[];
  /** Host names the fetcher may reach on 127.0.0.1 (a test's local server). */
  readonly localHosts?: readonly string[];
}

/** Runs `claypot ARGV` in process with real parts: the given store, a real safe fetcher whose
 *  only resolvable names are `localHosts` (all on 127.0.0.1), and captured output. */
export async function runClaypot(argv: string[], options: CliOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let status = 0;
  const { store, localHosts = [] } = options;
  const stdin = options.stdin ?? "";
  const deps: CliDeps = {
    openStore: async () => {
      if (!store) throw new Error("this test gave the command no database");
      return { ...store, close: async () => {} };
    },
    openSqliteFile: (path) => openStorage({ sqlitePath: path }),
    serve: async () => {},
    clock: fixedClock(),
    fetchPage: createSafeFetch({
      resolve: async (name) => (localHosts.includes(name) ? ["127.0.0.1"] : []),
      allowHosts: localHosts,
    }),
    publicUrl: "https://claypot.example",
    stdin: Readable.from(typeof stdin === "string" ? [Buffer.from(stdin)] : stdin),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errRaw: (t) => err.push(t),
    errIsTty: false,
    setExitStatus: (s) => {
      status = s;
    },
  };
  await runCli(deps, argv);
  return { out, err, status };
}
