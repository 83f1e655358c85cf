import type { TestProject } from "vitest/node";
import { type PostgresServer, startPostgres } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

/** One PostgreSQL server for the whole run; each test file makes its own database on it. */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.CLAYPOT_TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  server = await startPostgres();
  project.provide("postgresUrl", server.url);
}

export function teardown(): void {
  server?.stop();
}
