import { z } from "zod";
import { RecipeSchema } from "../domain/recipe.js";
import { fail, ok, type Result } from "../lib/result.js";
import type { AddRecipeDeps } from "./add-recipe.js";
import { addRecipes } from "./add-recipes.js";
import { type RecipeStore, VISIBILITIES, type Visibility } from "./ports.js";

/** A logical backup: JSON lines, a header then one recipe per line. It reads back into either
 *  database, so it is also the way from SQLite to PostgreSQL. */
export const BACKUP_FORMAT = "claypot-backup";
export const BACKUP_VERSION = 1;

const Header = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(BACKUP_VERSION) });
/** `visibility` came with accounts; older backups have none and were all public. Owners are
 *  not in a logical backup (accounts are not): a restored recipe is the site's, kept as private,
 *  unlisted or public as it was, so a restore never publishes what was private. */
const Entry = z.object({
  recipe: RecipeSchema,
  createdAt: z.iso.datetime(),
  visibility: z.enum(VISIBILITIES).optional(),
});

const PAGE = 500;

/** The backup, line by line: written to a file, or read straight into another store. */
export async function* backupLines(deps: {
  readonly store: RecipeStore;
  readonly now: Date;
}): AsyncGenerator<string> {
  yield JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: deps.now });
  for (let afterId: string | undefined; ; ) {
    const page = await deps.store.listStored({
      limit: PAGE,
      ...(afterId !== undefined && { afterId }),
    });
    for (const stored of page) {
      yield JSON.stringify({
        recipe: stored.recipe,
        createdAt: stored.createdAt.toISOString(),
        visibility: stored.visibility,
      });
    }
    if (page.length < PAGE) return;
    afterId = page.at(-1)!.id;
  }
}

export interface RestoreSummary {
  readonly restored: number;
  readonly skipped: number;
}

/** Reads a backup into the store: all of it or, at the first bad line, none of what follows
 *  (batches already kept stay, and a rerun skips them). Recipes kept already are skipped. */
export async function restoreBackup(
  deps: AddRecipeDeps,
  lines: AsyncIterable<string>,
): Promise<Result<RestoreSummary>> {
  let header = true;
  let lineNumber = 0;
  let batch: { recipe: z.infer<typeof RecipeSchema>; createdAt: Date; visibility: Visibility }[] =
    [];
  const summary = { restored: 0, skipped: 0 };
  const flush = async () => {
    for (const visibility of VISIBILITIES) {
      const part = batch.filter((b) => b.visibility === visibility);
      if (part.length === 0) continue;
      const outcomes = await addRecipes(
        deps,
        part.map((b) => b.recipe),
        part.map((b) => b.createdAt),
        { visibility },
      );
      for (const o of outcomes) summary[o.kind === "created" ? "restored" : "skipped"]++;
    }
    batch = [];
  };
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      const message = header
        ? `this is not a Claypot backup (version ${BACKUP_VERSION})`
        : `line ${lineNumber} is not JSON`;
      return fail("BACKUP_INVALID", message, ["line", lineNumber]);
    }
    if (header) {
      if (!Header.safeParse(data).success) {
        return fail("BACKUP_INVALID", `this is not a Claypot backup (version ${BACKUP_VERSION})`);
      }
      header = false;
      continue;
    }
    const entry = Entry.safeParse(data);
    if (!entry.success) {
      return fail("BACKUP_INVALID", `line ${lineNumber} is not a recipe of the model`, [
        "line",
        lineNumber,
      ]);
    }
    batch.push({
      recipe: entry.data.recipe,
      createdAt: new Date(entry.data.createdAt),
      visibility: entry.data.visibility ?? "public",
    });
    if (batch.length >= 200) await flush();
  }
  if (header) return fail("BACKUP_INVALID", "the backup is empty");
  await flush();
  return ok(summary);
}
