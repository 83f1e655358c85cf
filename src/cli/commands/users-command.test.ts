import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runClaypot } from "../../../test/support/run-cli.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { verifyPassword } from "../../lib/password-hash.js";

let storage: TempStorage;
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(() => storage.close());

const run = (argv: string[], stdin = "") =>
  runClaypot(["users", ...argv], {
    stdin,
    store: { store: storage.store, accounts: storage.accounts, close: async () => {} },
  });

describe("claypot users", () => {
  it("adds the first account as admin and prints a one-time link to set its password", async () => {
    const added = await run(["add", "Root@Example.org", "--name", "Root"]);
    expect(added.status).toBe(0);
    expect(added.out).toHaveLength(1);
    expect(added.out[0]).toMatch(/^https:\/\/claypot\.example\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const listed = await run(["list"]);
    expect(listed.out.map((l) => JSON.parse(l))).toEqual([
      { id: expect.any(String), email: "root@example.org", name: "Root", role: "admin" },
    ]);
  });

  it("reads a password from standard input, never from the command line", async () => {
    await run(["add", "root@example.org"]);
    const added = await run(["add", "ann@example.org", "--password-stdin"], "a long password\n");
    expect(added.status).toBe(0);
    expect(added.out).toEqual([]);
    const ann = await storage.accounts.users.findByEmail("ann@example.org");
    expect(ann?.role).toBe("user");
    expect(await verifyPassword("a long password", ann!.passwordHash)).toBe(true);
    const short = await run(["add", "bob@example.org", "--password-stdin"], "short");
    expect(short.status).toBe(1);
    expect(short.err.join("\n")).toContain("PASSWORD_TOO_SHORT");
  });

  it("sets roles, refuses unknown roles and unknown accounts", async () => {
    await run(["add", "root@example.org"]);
    await run(["add", "ann@example.org"]);
    expect((await run(["set-role", "ann@example.org", "admin"])).status).toBe(0);
    expect((await storage.accounts.users.findByEmail("ann@example.org"))?.role).toBe("admin");
    expect((await run(["set-role", "ann@example.org", "king"])).status).toBe(2);
    const missing = await run(["set-role", "zed@example.org", "user"]);
    expect(missing.status).toBe(1);
    expect(missing.err.join("\n")).toContain("USER_NOT_FOUND");
  });

  it("prints a reset link only for an existing account", async () => {
    await run(["add", "root@example.org"]);
    const reset = await run(["reset-password", "ROOT@example.org"]);
    expect(reset.status).toBe(0);
    expect(reset.out[0]).toContain("/reset-password/");
    expect((await run(["reset-password", "zed@example.org"])).status).toBe(1);
  });

  it("refuses an email taken already", async () => {
    await run(["add", "root@example.org"]);
    const again = await run(["add", "ROOT@example.org"]);
    expect(again.status).toBe(1);
    expect(again.err.join("\n")).toContain("EMAIL_TAKEN");
  });
});
