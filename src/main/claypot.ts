import { dirname, join } from "node:path";
import { runCli } from "../cli/create-program.js";
import { createFileBlobStore } from "../storage/blob-store.js";
import { readConfig } from "./config.js";
import { createFetcher } from "./create-fetcher.js";
import { openStorage } from "./open-storage.js";
import { startServer } from "./start-server.js";

/** The composition root: the only module that reads the environment and owns the process. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  await runCli(
    {
      openStore: async () => ({
        ...(await openStorage(config)),
        // Beside the database, as the server keeps them (start-server.ts).
        blobs: createFileBlobStore(join(dirname(config.databasePath), "blobs")),
      }),
      openSqliteFile: (path) => {
        const { databaseUrl: _, ...sqliteConfig } = config;
        return openStorage({ ...sqliteConfig, databasePath: path });
      },
      serve: async () => {
        const server = await startServer(config);
        const database =
          (config.databaseUrl ? "PostgreSQL" : config.databasePath) +
          (config.databaseReadOnly ? ", read-only" : "");
        console.log(`Claypot is serving ${server.url} (database: ${database})`);
        const stop = () => {
          server.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      },
      clock: { now: () => new Date() },
      fetchPage: createFetcher(config),
      publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      stdin: process.stdin,
      out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
      err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
      errRaw: (text) => process.stderr.write(text),
      errIsTty: process.stderr.isTTY === true,
      setExitStatus: (status) => {
        process.exitCode = status;
      },
    },
    process.argv.slice(2),
  );
}

main().catch((error: unknown) => {
  console.error(`claypot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
