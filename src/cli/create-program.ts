import { Command } from "commander";
import type { CliDeps } from "./cli-deps.js";
import { backupCommand, restoreCommand } from "./commands/backup-command.js";
import { exportCommand } from "./commands/export-command.js";
import { importCommand } from "./commands/import-command.js";
import { ingredientsCommand } from "./commands/ingredients-command.js";
import { searchCommand } from "./commands/search-command.js";
import { usersCommand } from "./commands/users-command.js";
import { ExitStatus, exitStatusOf, storageIssueOf } from "./exit-status.js";

export type { CliDeps, OpenedStore } from "./cli-deps.js";

/** Every command of `claypot`, one file each under commands/. */
const COMMANDS: ReadonlyArray<(deps: CliDeps) => Command> = [
  importCommand,
  exportCommand,
  searchCommand,
  backupCommand,
  restoreCommand,
  ingredientsCommand,
  usersCommand,
];

export function createProgram(deps: CliDeps): Command {
  const program = new Command("claypot")
    .description("Claypot: import, cook, keep and publish recipes")
    .showHelpAfterError()
    .configureOutput({ writeOut: deps.out, writeErr: deps.err })
    .exitOverride();
  program
    .command("serve")
    .description("serve the web app and JSON API (PORT, HOST, DATABASE_PATH configure it)")
    .action(() => deps.serve());
  // addCommand, unlike command(), does not pass on output and exit handling: copy them.
  for (const command of COMMANDS) {
    program.addCommand(command(deps).copyInheritedSettings(program));
  }
  return program;
}

/** Runs the command line; commander's own usage errors become exit status 2. */
export async function runCli(deps: CliDeps, argv: readonly string[]): Promise<void> {
  try {
    await createProgram(deps).parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error && typeof error === "object" && "exitCode" in error && "code" in error) {
      const code = String(error.code);
      const quiet = code === "commander.helpDisplayed" || code === "commander.version";
      deps.setExitStatus(quiet ? ExitStatus.Ok : ExitStatus.Usage);
      return;
    }
    // A full disk or a read-only database: said plainly, with its code, and no stack.
    const refused = storageIssueOf(error);
    if (refused) {
      deps.err(`claypot: ${refused.code}: ${refused.message}`);
      deps.setExitStatus(exitStatusOf([refused.code]));
      return;
    }
    throw error;
  }
}
