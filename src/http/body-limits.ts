import type { Context, Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_IMPORT_BYTES } from "../app/import-recipe.js";
import { type Issue, issue } from "../lib/result.js";
import type { AppEnv } from "./app-env.js";
import {
  BACKUP_API_PATH,
  BACKUP_FORM_PATH,
  backupTooLarge,
  MAX_BACKUP_FORM_BYTES,
} from "./routes/backup-routes.js";
import { MAX_UPLOAD_BYTES, UPLOAD_PATHS, uploadTooLarge } from "./routes/import-upload.js";
import { EDITOR_FORM_PATHS, MAX_EDITOR_BODY } from "./routes/recipe-editor-form.js";

/** Every other request body: room for the largest text import (5 MB) escaped into JSON, and no
 *  more, so that no route (nor the CSRF check, which reads a form before any route) can be made
 *  to hold a body of any size. */
export const MAX_OTHER_BODY = 2 * MAX_IMPORT_BYTES + 1024 * 1024;

type Refuse = (c: Context<AppEnv>, issues: readonly Issue[]) => Response | Promise<Response>;

/** Caps every request body before anything reads it: the editor, upload and backup forms at
 *  their own sizes, the streamed backup API by its own count, everything else at MAX_OTHER_BODY. */
export function limitBodies(app: Hono<AppEnv>, refuse: Refuse): void {
  // Keyed by the context: bodyLimit may replace c.req.raw with a counting copy.
  const ownLimit = new WeakSet<Context<AppEnv>>();
  const limit = (maxSize: number, message: string): MiddlewareHandler<AppEnv> => {
    const check = bodyLimit({
      maxSize,
      onError: (c) => refuse(c as Context<AppEnv>, [issue("INPUT_TOO_LARGE", message)]),
    });
    return (c, next) => {
      ownLimit.add(c as Context<AppEnv>);
      return check(c, next);
    };
  };
  for (const path of EDITOR_FORM_PATHS) {
    app.post(path, limit(MAX_EDITOR_BODY, "the form is over 32 MB: nothing was saved"));
  }
  for (const path of UPLOAD_PATHS) app.post(path, limit(MAX_UPLOAD_BYTES, uploadTooLarge));
  app.post(BACKUP_FORM_PATH, limit(MAX_BACKUP_FORM_BYTES, backupTooLarge));
  // The streamed backup API counts its body itself (up to 4 GB) as it restores it.
  app.post(BACKUP_API_PATH, async (c, next) => {
    ownLimit.add(c as Context<AppEnv>);
    await next();
  });
  const other = limit(MAX_OTHER_BODY, "the request body is over 11 MB");
  app.use((c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" || ownLimit.has(c) ? next() : other(c, next),
  );
}
