import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import type { BlobStore } from "../../app/ports.js";
import type { AppEnv } from "../app-env.js";
import { assetFiles, contentTypeOfAsset, type WebAssets } from "../web-assets.js";

const IMMUTABLE = "public, max-age=31536000, immutable";

const MEDIA_TYPES: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
  avif: "image/avif",
};

/** What the editor serves besides its pages: its browser module and stylesheet under
 *  /assets/web/ and uploaded images under /media/. Both are named by their content, so they
 *  never change under a name and are cached for good. */
export function recipeEditorAssets(deps: { webAssets?: WebAssets; blobs?: BlobStore }) {
  const routes = new Hono<AppEnv>();
  const files = assetFiles(deps.webAssets);
  // The editor's module carries the ingredient tagger's weights (~1.2 MB): the build gzips it;
  // any file it did not is compressed on its first request, not at start.
  const gzipped = new Map(deps.webAssets?.gzipped ?? []);
  const gzippedOf = (file: string, body: Uint8Array) => {
    const zipped = gzipped.get(file) ?? gzipSync(body, { level: 9 });
    gzipped.set(file, zipped);
    return zipped;
  };

  routes.get("/assets/web/:file", (c) => {
    const file = c.req.param("file");
    const body = files.get(file);
    const type = contentTypeOfAsset(file);
    if (!body || !type) return c.notFound();
    const headers = { "Content-Type": type, "Cache-Control": IMMUTABLE, Vary: "Accept-Encoding" };
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
      return c.body(gzippedOf(file, body) as Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        "Content-Encoding": "gzip",
      });
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });

  routes.get("/media/:key", async (c) => {
    const key = c.req.param("key");
    const type = MEDIA_TYPES[key.split(".").pop() ?? ""];
    const bytes = type && deps.blobs ? await deps.blobs.get(key) : undefined;
    if (!bytes || !type) return c.notFound();
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": type,
      "Cache-Control": IMMUTABLE,
      // Served as what it is: a browser must not guess another type from the bytes.
      "X-Content-Type-Options": "nosniff",
    });
  });

  return routes;
}
