import { createHttpApp, type HttpDeps } from "../../src/http/create-http-app.js";
import type { TempStorage } from "./temp-storage.js";

/** The HTTP app over a temporary store, as the in-process tests use it: errors fail the test
 *  instead of becoming 500 pages, passwords hash cheaply (scrypt's cost is not under test), and
 *  anonymous imports are on (many tests import as a visitor; account-security tests the default). */
export function createTestApp(
  storage: TempStorage,
  overrides: Partial<HttpDeps> = {},
): ReturnType<typeof createHttpApp> {
  return createHttpApp({
    store: storage.store,
    accounts: storage.accounts,
    logError: (e) => {
      throw e;
    },
    passwordCost: { N: 2 ** 10, r: 8, p: 1 },
    allowAnonymousImports: true,
    ...overrides,
  });
}
