import { createReadStream, createWriteStream } from "node:fs";
import { open, rename } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Command, Option } from "commander";
import { backupLines, restoreBackup } from "../../app/backup-recipes.js";
import type { CliDeps } from "../cli-deps.js";
import { ExitStatus, exitStatusOf } from "../exit-status.js";

const SQLITE_MAGIC = "SQLite format 3\0";

async function isSqliteFile(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    return bytesRead === 16 && buffer.toString("latin1") === SQLITE_MAGIC;
  } finally {
    await handle.close();
  }
}

/** Writes to FILE.partial and renames at the end: a backup file is whole or absent. */
async function writeLines(path: string, lines: AsyncIterable<string>): Promise<number> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let count = -1;
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
    count++;
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  await rename(partial, path);
  return count;
}

export function backupCommand(deps: CliDeps): Command {
  return new Command("backup")
    .description("copy every kept recipe to FILE, while the app keeps running")
    .argument("<file>", "where to write the backup")
    .addOption(
      new Option(
        "--format <format>",
        "jsonl: portable JSON lines (either database); sqlite: a copy of the SQLite file",
      )
        .choices(["jsonl", "sqlite"])
        .default("jsonl"),
    )
    .action(async (file: string, opts: { format: "jsonl" | "sqlite" }) => {
      const opened = await deps.openStore();
      try {
        if (opts.format === "sqlite") {
          if (!opened.backupFile) {
            deps.err(
              "claypot: --format sqlite needs the SQLite database; use jsonl with PostgreSQL",
            );
            deps.setExitStatus(ExitStatus.Usage);
            return;
          }
          await opened.backupFile(file);
          deps.err(`claypot: copied the database to ${file}`);
          return;
        }
        const count = await writeLines(
          file,
          backupLines({ store: opened.store, now: deps.clock.now() }),
        );
        deps.err(`claypot: wrote ${count} recipes to ${file}`);
      } finally {
        await opened.close();
      }
    });
}

export function restoreCommand(deps: CliDeps): Command {
  return new Command("restore")
    .description(
      "read a backup (JSON lines or a SQLite copy) into the database; kept recipes are skipped",
    )
    .argument("<file>", "a file written by claypot backup")
    .action(async (file: string) => {
      let sqlite: boolean;
      try {
        sqlite = await isSqliteFile(file);
      } catch {
        deps.err(`claypot: cannot read ${file}`);
        deps.setExitStatus(exitStatusOf(["INPUT_NOT_FOUND"]));
        return;
      }
      const source = sqlite ? await deps.openSqliteFile(file) : undefined;
      const target = await deps.openStore();
      try {
        const lines = source
          ? backupLines({ store: source.store, now: deps.clock.now() })
          : createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
        const result = await restoreBackup({ store: target.store, clock: deps.clock }, lines);
        if (!result.ok) {
          deps.err(`claypot: ${file}: ${result.issues[0]?.message}`);
          deps.setExitStatus(exitStatusOf(result.issues.map((i) => i.code)));
          return;
        }
        deps.err(
          `claypot: restored ${result.value.restored}, skipped ${result.value.skipped} already kept`,
        );
      } finally {
        await target.close();
        await source?.close();
      }
    });
}
