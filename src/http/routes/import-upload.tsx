import { type Context, Hono } from "hono";
import { type ImportFileEntry, importFiles, type UploadedFile } from "../../app/import-files.js";
import { type BlobStore, VISIBILITIES, type Visibility } from "../../app/ports.js";
import { fail, ok, type Result } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { ImportPage } from "../pages/import-page.js";
import { problem } from "../problem.js";
import { renderIssues, renderPage } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import type { WebAssets } from "../web-assets.js";

/** A whole upload (every file, the form around them): a Paprika export with photos fits; what
 *  each archive inflates to is bounded by the archive reader. create-http-app applies it before
 *  the body is read (the CSRF check reads forms). */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
export const UPLOAD_PATHS = ["/import", "/api/imports/files"] as const;
export const uploadTooLarge = "the upload is over 256 MB: nothing was imported; send fewer files";
/** Files per upload: each is read whole, one after another, in the request. */
const MAX_FILES = 200;

export interface ImportUploadDeps extends RouteDeps {
  readonly blobs?: BlobStore;
  readonly webAssets?: WebAssets;
}

/** GET /import (the page), POST /import (the form, without JavaScript: a results page) and
 *  POST /api/imports/files (multipart, for the page's script and for programs: JSON). */
export function importUpload(deps: ImportUploadDeps) {
  const routes = new Hono<AppEnv>();
  const script = deps.webAssets?.entries["import-upload"];

  const page = (
    c: Context<AppEnv>,
    extra: { results?: readonly ImportFileEntry[]; error?: string },
    status: 200 | 400 = 200,
  ) =>
    renderPage(
      c,
      deps.publicUrl,
      <ImportPage
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
        maxBytes={MAX_UPLOAD_BYTES}
        {...(script !== undefined && { scriptHref: `/assets/web/${script}` })}
        {...extra}
      />,
      status,
    );

  routes.get("/import", (c) =>
    c.get("viewer").kind === "user"
      ? page(c, {})
      : renderIssues(c, deps, [
          { code: "UNAUTHENTICATED", path: [], message: "sign in to import" },
        ]),
  );

  const run = async (c: Context<AppEnv>) => {
    const viewer = c.get("viewer");
    if (viewer.kind !== "user")
      return fail("UNAUTHENTICATED", "sign in, or send an API token, to import");
    const upload = await readUpload(c);
    if (!upload.ok) return upload;
    const results = await importFiles(
      { store: deps.store, clock: deps.clock, ...(deps.blobs && { blobs: deps.blobs }) },
      upload.value.files,
      { ownerId: viewer.user.id, visibility: upload.value.visibility },
    );
    return ok(results);
  };

  routes.post("/import", async (c) => {
    const done = await run(c);
    if (done.ok) return page(c, { results: done.value });
    const [first] = done.issues;
    return first?.code === "BAD_REQUEST"
      ? page(c, { error: first.message }, 400)
      : renderIssues(c, deps, done.issues);
  });

  routes.post("/api/imports/files", async (c) => {
    const done = await run(c);
    if (!done.ok) return problem(c, done.issues);
    const count = (o: string) => done.value.filter((r) => r.outcome === o).length;
    return c.json({
      imported: count("imported"),
      skipped: count("skipped"),
      failed: count("failed"),
      items: done.value,
    });
  });

  return routes;
}

/** The multipart form's files (field "files", or "file") and the visibility they get. */
async function readUpload(
  c: Context<AppEnv>,
): Promise<Result<{ files: UploadedFile[]; visibility: Visibility }>> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    return fail("BAD_REQUEST", "send the files as multipart/form-data, in a field named files");
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    return fail("BAD_REQUEST", "the form could not be read");
  }
  const chosen = [form.files, form.file]
    .flat()
    .filter((v): v is File => v instanceof File && v.size > 0);
  if (chosen.length === 0) return fail("BAD_REQUEST", "Choose one or more files to import.");
  if (chosen.length > MAX_FILES) {
    return fail("BAD_REQUEST", `at most ${MAX_FILES} files at once; zip them, or send fewer`);
  }
  const asked = form.visibility;
  const visibility = VISIBILITIES.find((v) => v === asked) ?? "private";
  const files: UploadedFile[] = [];
  for (const file of chosen) {
    files.push({ name: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return ok({ files, visibility });
}
