import { lookup } from "node:dns/promises";
import type { Fetcher } from "../app/ports.js";
import { createSafeFetch } from "../lib/safe-fetch.js";
import type { Config } from "./config.js";

/** Every address of a name: the safe fetcher checks them all before it connects. */
async function resolveHost(hostname: string): Promise<string[]> {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => a.address);
}

/** The one fetcher of recipe pages, for the server and the command line alike. */
export function createFetcher(config: Config): Fetcher {
  return createSafeFetch({ resolve: resolveHost, allowHosts: config.fetchAllowHosts });
}
