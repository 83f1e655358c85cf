import { type Context, Hono } from "hono";
import { backupFor, restoreFor } from "../../app/backup-access.js";
import type { BackupScope } from "../../app/backup-format.js";
import { type BackupInput, chunksOf, splitBackupLines } from "../../app/backup-lines.js";
import { restoreBackup } from "../../app/backup-restore.js";
import { writeBackup } from "../../app/backup-write.js";
import type { BlobStore } from "../../app/ports.js";
import { fail, type Issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { renderIssues, renderPage } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { BackupRestoredPage } from "./backup-restored-page.js";

export const BACKUP_FORM_PATH = "/account/backup";
export const BACKUP_API_PATH = "/api/backup";
/** A form's file is read whole before the route runs (create-http-app applies the bound before
 *  the CSRF check reads the form); POST /api/backup streams its body and is bounded as it reads. */
export const MAX_BACKUP_FORM_BYTES = 256 * 1024 * 1024;
export const MAX_BACKUP_STREAM_BYTES = 4 * 1024 * 1024 * 1024;
export const backupTooLarge =
  "the backup is over 256 MB: nothing was restored; send it to POST /api/backup, or use claypot restore";

export interface BackupRouteDeps extends RouteDeps {
  /** Where pictures are kept; absent, backups carry none and restores skip them. */
  readonly blobs?: BlobStore;
}

/** GET /account/backup (the account page's link) and GET /api/backup: the signed-in user's own
 *  things as a backup file, streamed (`?scope=site`: the whole site, for admins). POST
 *  /account/backup (the page's form, a file field "backup") and POST /api/backup (the file as
 *  the body, read as it arrives): a backup restored into the user's account. */
export function backupRoutes(deps: BackupRouteDeps) {
  const routes = new Hono<AppEnv>();
  const stores = {
    store: deps.store,
    clock: deps.clock,
    accounts: deps,
    ...(deps.blobs && { blobs: deps.blobs }),
  };

  const download = (
    c: Context<AppEnv>,
    refuse: (issues: readonly Issue[]) => Response | Promise<Response>,
  ) => {
    const scope = scopeOf(c);
    const of = backupFor(c.get("viewer"), scope);
    if (!of.ok) return refuse(of.issues);
    const now = deps.clock.now();
    const name = `${scope === "site" ? "claypot-site" : "my-claypot"}-${now.toISOString().slice(0, 10)}.jsonl`;
    return c.body(streamOf(writeBackup(stores, of.value, now)), 200, {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  };
  routes.get(BACKUP_FORM_PATH, (c) => download(c, (issues) => renderIssues(c, deps, issues)));
  routes.get(BACKUP_API_PATH, (c) => download(c, (issues) => problem(c, issues)));

  const restore = async (c: Context<AppEnv>, lines: () => AsyncIterable<BackupInput>) => {
    const into = restoreFor(c.get("viewer"), scopeOf(c));
    return into.ok ? restoreBackup(stores, into.value, lines()) : into;
  };

  routes.post(BACKUP_FORM_PATH, async (c) => {
    if (c.get("viewer").kind !== "user") {
      return renderIssues(c, deps, restoreFor(c.get("viewer"), "account").issues);
    }
    const form = await c.req.parseBody();
    const file = form.backup;
    if (!(file instanceof File) || file.size === 0) {
      return renderIssues(c, deps, fail("BAD_REQUEST", "Choose a backup file to restore.").issues);
    }
    const done = await restore(c, () =>
      splitBackupLines(chunksOf(file.stream()), { maxBytes: MAX_BACKUP_FORM_BYTES }),
    );
    if (!done.ok) return renderIssues(c, deps, done.issues);
    return renderPage(
      c,
      deps.publicUrl,
      <BackupRestoredPage summary={done.value} stylesheetHref={deps.stylesheetHref} />,
    );
  });

  routes.post(BACKUP_API_PATH, async (c) => {
    const type = c.req.header("content-type") ?? "";
    const length = Number(c.req.header("content-length") ?? 0);
    const body = c.req.raw.body;
    // A form would be read whole into memory before us: the API takes the file as the body.
    if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
      return problem(c, fail("BAD_REQUEST", "send the backup file itself as the body").issues);
    }
    if (length > MAX_BACKUP_STREAM_BYTES) {
      return problem(
        c,
        fail("INPUT_TOO_LARGE", "the backup is over 4 GB: use claypot restore").issues,
      );
    }
    const done = await restore(c, () =>
      body
        ? splitBackupLines(chunksOf(body), { maxBytes: MAX_BACKUP_STREAM_BYTES })
        : splitBackupLines([]),
    );
    if (!done.ok) return problem(c, done.issues);
    return c.json(done.value);
  });

  return routes;
}

const scopeOf = (c: Context<AppEnv>): BackupScope =>
  c.req.query("scope") === "site" ? "site" : "account";

/** Lines → a byte stream pulled as the client reads: one page of recipes in memory at a time.
 *  A failure half way ends the stream with an error, and the file lacks its end line. */
function streamOf(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Lines are small but many: about 64 KB a chunk, not a write per line.
      let text = "";
      while (text.length < 64 * 1024) {
        const next = await lines.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += `${next.value}\n`;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
