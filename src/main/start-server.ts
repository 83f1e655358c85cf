import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { addExampleRecipe } from "../app/add-example-recipe.js";
import { createHttpApp } from "../http/create-http-app.js";
import { createFileBlobStore } from "../storage/blob-store.js";
import { StorageFailure } from "../storage/storage-failure.js";
import type { Config } from "./config.js";
import { createFetcher } from "./create-fetcher.js";
import { readExampleRecipe } from "./example-recipe.js";
import { openStorage } from "./open-storage.js";
import { readWebAssets } from "./web-assets.js";

const systemClock = { now: () => new Date() };

/** This build of the code (the bundle running): pages cached by a browser under an older build's
 *  ETag are rendered anew after an upgrade. */
const buildId = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("base64url")
  .slice(0, 16);

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Opens (and on first start creates and seeds) the database, then serves the app. */
export async function startServer(config: Config): Promise<RunningServer> {
  const storage = await openStorage(config);
  if (storage.created) {
    await addExampleRecipe({ store: storage.store, clock: systemClock }, readExampleRecipe());
  }
  const webAssets = readWebAssets();
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    allowAnonymousImports: config.anonymousImports,
    ...(config.publicUrl !== undefined && { publicUrl: config.publicUrl }),
    logError: (error) =>
      // The database refusing a write (a full disk) is news for the operator, not a bug.
      error instanceof StorageFailure
        ? console.error(`claypot: ${error.code}: ${String(error.cause ?? error.message)}`)
        : console.error("claypot: unexpected error:", error),
    fetchPage: createFetcher(config),
    clock: systemClock,
    buildId,
    // Uploaded images live beside the SQLite file (with PostgreSQL too: the files stay local).
    blobs: createFileBlobStore(join(dirname(config.databasePath), "blobs")),
    ...(webAssets && { webAssets }),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = ["0.0.0.0", "127.0.0.1", "::", "::1"].includes(config.host)
    ? "localhost"
    : config.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
