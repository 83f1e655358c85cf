import { Argument, Command, Option } from "commander";
import type { AccountStores, Role } from "../../app/account-ports.js";
import { ROLES } from "../../app/account-ports.js";
import { listUsers, setUserRole } from "../../app/manage-users.js";
import { requestPasswordReset } from "../../app/reset-password.js";
import { signUp } from "../../app/sign-up.js";
import type { Issue } from "../../lib/result.js";
import { newSecretToken } from "../../lib/secret-token.js";
import type { CliDeps } from "../cli-deps.js";
import { exitStatusOf } from "../exit-status.js";

async function readAll(stdin: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** `claypot users …`: accounts for an admin at the server's shell. Passwords never appear on
 *  the command line (where `ps` and shell history would keep them): a new account gets a
 *  one-time link to choose one, or reads it from standard input with --password-stdin. */
export function usersCommand(deps: CliDeps): Command {
  const withAccounts = async (run: (accounts: AccountStores) => Promise<readonly Issue[]>) => {
    const opened = await deps.openStore();
    try {
      if (!opened.accounts) throw new Error("this database has no accounts");
      const issues = await run(opened.accounts);
      for (const i of issues) deps.err(`claypot users: ${i.code}: ${i.message}`);
      deps.setExitStatus(exitStatusOf(issues.map((i) => i.code)));
    } finally {
      await opened.close();
    }
  };
  const linkFor = async (accounts: AccountStores, email: string) => {
    const reset = await requestPasswordReset({ ...accounts, clock: deps.clock }, email);
    if (!reset.ok) return reset.issues;
    const base = deps.publicUrl.replace(/\/$/, "");
    deps.out(`${base}/reset-password/${reset.value.token}`);
    deps.err(`one-time link, valid until ${reset.value.expiresAt.toISOString()}`);
    return [];
  };

  // Subcommands copy their parent's settings when made: give it the program's first.
  const users = new Command("users")
    .description("accounts: add, reset a password, set roles, list")
    .configureOutput({ writeOut: deps.out, writeErr: deps.err })
    .exitOverride();

  users
    .command("add")
    .description("make an account (the first one is an admin) and print a link to set its password")
    .argument("<email>")
    .option("--name <name>", "display name", "")
    .addOption(new Option("--role <role>", "role").choices(ROLES).default("user"))
    .option("--password-stdin", "read the password from standard input instead of printing a link")
    .action((email: string, opts: { name: string; role: Role; passwordStdin?: boolean }) =>
      withAccounts(async (accounts) => {
        const password = opts.passwordStdin ? await readAll(deps.stdin) : newSecretToken();
        const user = await signUp(
          { ...accounts, clock: deps.clock },
          { email, name: opts.name, password, role: opts.role },
        );
        if (!user.ok) return user.issues;
        deps.err(`added ${user.value.email} (${user.value.role})`);
        return opts.passwordStdin ? [] : linkFor(accounts, user.value.email);
      }),
    );

  users
    .command("reset-password")
    .description("print a one-time link (valid an hour) to choose a new password")
    .argument("<email>")
    .action((email: string) => withAccounts((accounts) => linkFor(accounts, email)));

  users
    .command("set-role")
    .description("make an account an admin, or a user again")
    .argument("<email>")
    .addArgument(new Argument("<role>", "user or admin").choices(ROLES))
    .action((email: string, role: Role) =>
      withAccounts(async (accounts) => {
        const done = await setUserRole(accounts, email, role);
        if (!done.ok) return done.issues;
        deps.err(`${done.value.email} is now ${done.value.role}`);
        return [];
      }),
    );

  users
    .command("list")
    .description("every account, one JSON object per line")
    .action(() =>
      withAccounts(async (accounts) => {
        for (const u of await listUsers(accounts)) {
          deps.out(JSON.stringify({ id: u.id, email: u.email, name: u.name, role: u.role }));
        }
        return [];
      }),
    );

  return users;
}
