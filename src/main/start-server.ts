import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { addExampleRecipe } from "../app/add-example-recipe.js";
import { createHttpApp } from "../http/create-http-app.js";
import type { Config } from "./config.js";
import { createFetcher } from "./create-fetcher.js";
import { readExampleRecipe } from "./example-recipe.js";
import { openStorage } from "./open-storage.js";

const systemClock = { now: () => new Date() };

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
  const app = createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    allowAnonymousImports: config.anonymousImports,
    ...(config.publicUrl !== undefined && { publicUrl: config.publicUrl }),
    logError: (error) => console.error("claypot: unexpected error:", error),
    fetchPage: createFetcher(config),
    clock: systemClock,
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
