import { openStorage as open, type Storage } from "../storage/open-storage.js";
import type { Config } from "./config.js";

export type { Storage };

export function openStorage(config: Config): Promise<Storage> {
  return open({
    sqlitePath: config.databasePath,
    readOnly: config.databaseReadOnly,
    ...(config.databaseUrl !== undefined && { databaseUrl: config.databaseUrl }),
  });
}
