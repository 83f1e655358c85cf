import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, in a fresh profile of Playwright's, with the flags this closed network needs. Fails, never skips,
 *  when it is missing: `npm test` installs it first (scripts/test.mjs). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install chromium'`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Signs up through the real form at `base`, as a reader would, and waits for the home page. */
export async function signUpInBrowser(
  page: Page,
  base: string,
  account: { readonly name?: string; readonly email?: string } = {},
): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("Name").fill(account.name ?? "Ann");
  await page.getByLabel("Email").fill(account.email ?? "ann@example.org");
  await page.getByLabel(/Password/).fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL(`${base}/`);
}
