import { createReadStream, createWriteStream } from "node:fs";
import { open, rename } from "node:fs/promises";
import { Command, Option } from "commander";
import { accountByEmail } from "../../app/backup-access.js";
import type { KindCounts, RestoreSummary } from "../../app/backup-format.js";
import { splitBackupLines } from "../../app/backup-lines.js";
import { type RestoreInto, restoreBackup } from "../../app/backup-restore.js";
import { type BackupOf, newTally, writeBackup } from "../../app/backup-write.js";
import type { CliDeps, OpenedStore } from "../cli-deps.js";
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
async function writeLines(path: string, lines: AsyncIterable<string>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  await rename(partial, path);
}

const NAMES: Record<keyof KindCounts, string> = {
  user: "users",
  image: "images",
  recipe: "recipes",
  board: "boards",
  list: "shopping lists",
  plan: "planned meals",
};
const OTHERS = ["user", "image", "board", "list", "plan"] as const;

/** "2 users, 14 images" of the counts that are not zero. */
const listCounts = (counts: KindCounts, kinds: readonly (keyof KindCounts)[]) =>
  kinds
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${NAMES[k]}`)
    .join(", ");

/** Whose backup: the site's, or the account `--account EMAIL` names. */
async function backupOf(opened: OpenedStore, email: string | undefined) {
  if (email === undefined) return { ok: true as const, of: { kind: "site" } as BackupOf };
  if (!opened.accounts) return { ok: false as const, issue: "this database keeps no accounts" };
  const found = await accountByEmail(opened.accounts, email);
  if (!found.ok) return { ok: false as const, issue: found.issues[0]?.message ?? "no account" };
  return { ok: true as const, of: { kind: "account", userId: found.value.user.id } as BackupOf };
}

export function backupCommand(deps: CliDeps): Command {
  return new Command("backup")
    .description(
      "copy everything kept (users, recipes, images, boards, lists, plans) to FILE, while the app keeps running",
    )
    .argument("<file>", "where to write the backup")
    .addOption(
      new Option(
        "--format <format>",
        "jsonl: portable JSON lines (either database); sqlite: a copy of the SQLite file",
      )
        .choices(["jsonl", "sqlite"])
        .default("jsonl"),
    )
    .option("--account <email>", "only this account's own things, as its page downloads them")
    .action(async (file: string, opts: { format: "jsonl" | "sqlite"; account?: string }) => {
      const opened = await deps.openStore();
      try {
        if (opts.format === "sqlite") {
          if (!opened.backupFile || opts.account !== undefined) {
            deps.err(
              "claypot: --format sqlite copies the whole SQLite database; use jsonl with PostgreSQL or --account",
            );
            deps.setExitStatus(ExitStatus.Usage);
            return;
          }
          await opened.backupFile(file);
          deps.err(`claypot: copied the database to ${file} (images stay in the blobs folder)`);
          return;
        }
        const whose = await backupOf(opened, opts.account);
        if (!whose.ok) {
          deps.err(`claypot: ${whose.issue}`);
          deps.setExitStatus(exitStatusOf(["USER_NOT_FOUND"]));
          return;
        }
        const tally = newTally();
        await writeLines(file, writeBackup(opened, whose.of, deps.clock.now(), tally));
        const others = listCounts(tally.counts, OTHERS);
        if (others) deps.err(`claypot: with ${others}`);
        if (tally.missingImages > 0) {
          deps.err(
            `claypot: ${tally.missingImages} images recipes name were not in the image store (or over 10 MB): left out`,
          );
        }
        deps.err(`claypot: wrote ${tally.counts.recipe} recipes to ${file}`);
      } finally {
        await opened.close();
      }
    });
}

function reportRestore(deps: CliDeps, summary: RestoreSummary) {
  const restored = listCounts(summary.restored, OTHERS);
  const skipped = listCounts(summary.skipped, OTHERS);
  if (restored) deps.err(`claypot: also restored ${restored}`);
  if (skipped) deps.err(`claypot: kept already: ${skipped}`);
  if (summary.dropped > 0) {
    deps.err(
      `claypot: ${summary.dropped} links to recipes neither in the backup nor kept here were left out`,
    );
  }
  for (const note of summary.notes) deps.err(`claypot: note: ${note}`);
  deps.err(
    `claypot: restored ${summary.restored.recipe}, skipped ${summary.skipped.recipe} already kept`,
  );
}

export function restoreCommand(deps: CliDeps): Command {
  return new Command("restore")
    .description(
      "read a backup (JSON lines or a SQLite copy) into the database; what is kept already is skipped",
    )
    .argument("<file>", "a file written by claypot backup, or downloaded from an account page")
    .option("--account <email>", "restore an account's backup into this account")
    .action(async (file: string, opts: { account?: string }) => {
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
        let into: RestoreInto = { kind: "site" };
        if (opts.account !== undefined) {
          const found = target.accounts && (await accountByEmail(target.accounts, opts.account));
          if (!found?.ok) {
            deps.err(`claypot: ${found?.issues[0]?.message ?? "this database keeps no accounts"}`);
            deps.setExitStatus(exitStatusOf(["USER_NOT_FOUND"]));
            return;
          }
          into = { kind: "account", viewer: found.value };
        }
        const lines = source
          ? writeBackup(source, { kind: "site" }, deps.clock.now())
          : splitBackupLines(createReadStream(file));
        const result = await restoreBackup(
          {
            store: target.store,
            clock: deps.clock,
            ...(target.blobs && { blobs: target.blobs }),
            ...(target.accounts && { accounts: target.accounts }),
          },
          into,
          lines,
        );
        if (!result.ok) {
          deps.err(`claypot: ${file}: ${result.issues[0]?.message}`);
          deps.setExitStatus(exitStatusOf(result.issues.map((i) => i.code)));
          return;
        }
        reportRestore(deps, result.value);
      } finally {
        await target.close();
        await source?.close();
      }
    });
}
