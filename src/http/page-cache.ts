import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context } from "hono";
import type { AppEnv } from "./app-env.js";

/** A rendered body kept as bytes (encoding a string again for every reader was the largest cost
 *  of a cached page) with its compressed forms, made once. */
interface CachedBody {
  readonly body: Uint8Array;
  readonly gzip?: Uint8Array;
  readonly br?: Uint8Array;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Rendered responses kept by a version key, least recently used first out, bounded in bytes. */
export interface PageCache {
  get(key: string): CachedBody | undefined;
  set(key: string, value: CachedBody): void;
  readonly bytes: number;
  /** Changes with the code that renders (see HttpDeps.buildId): old ETags then miss. */
  readonly buildId: string;
  /** The version `load` reads for `slug`, remembered for a moment (`versionTtlMs`): a popular
   *  page is then served without asking the database each time. */
  versionOf(slug: string, load: () => Promise<string | undefined>): Promise<string | undefined>;
  /** Forgets every remembered version: after any request that may have changed a recipe. */
  forgetVersions(): void;
}

export interface PageCacheOptions {
  readonly maxBytes?: number;
  /** How long a version read from the database is trusted. Writes through this server are seen
   *  at once (forgetVersions); another server's or the command line's within this time. */
  readonly versionTtlMs?: number;
  readonly now?: () => number;
}

const MAX_VERSIONS = 10_000;

export function createPageCache(buildId: string, options: PageCacheOptions = {}): PageCache {
  const { maxBytes = 32 * 2 ** 20, versionTtlMs = 1_000, now = () => performance.now() } = options;
  const entries = new Map<string, CachedBody>();
  const versions = new Map<string, { version: string | undefined; until: number }>();
  let bytes = 0;
  const sizeOf = (key: string, value: CachedBody) =>
    2 * key.length + value.body.length + (value.gzip?.length ?? 0) + (value.br?.length ?? 0);
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit) {
        // Map keeps insertion order: re-inserting makes this the most recently used.
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key, value) {
      const size = sizeOf(key, value);
      if (size > maxBytes / 8) return;
      const old = entries.get(key);
      if (old) bytes -= sizeOf(key, old);
      entries.delete(key);
      entries.set(key, value);
      bytes += size;
      for (const [k, v] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(k);
        bytes -= sizeOf(k, v);
      }
    },
    get bytes() {
      return bytes;
    },
    buildId,
    async versionOf(slug, load) {
      const t = now();
      const known = versions.get(slug);
      if (known && t < known.until) return known.version;
      const version = await load();
      if (versions.size >= MAX_VERSIONS) versions.clear();
      versions.set(slug, { version, until: t + versionTtlMs });
      return version;
    },
    forgetVersions() {
      versions.clear();
    },
  };
}

/** Whether this request is answered the same for everyone: an anonymous GET with no share link. */
export function isSharedRequest(c: Context<AppEnv>): boolean {
  return (
    c.get("via").kind === "none" && c.req.query("share") === undefined && c.req.method !== "POST"
  );
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  (ifNoneMatch ?? "").split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });

/**
 * Answers a request whose body depends only on `version` (and the address asked): a 304 when
 * the client holds it, the kept bytes when rendered before, else renders once and keeps a 200.
 * Everyone may cache it, but must ask again (no-cache) so an edit shows at once.
 */
export async function answerFromCache(
  c: Context<AppEnv>,
  cache: PageCache,
  version: string,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  const key = `${cache.buildId}\n${c.req.url}\n${c.req.header("accept") ?? ""}\n${version}`;
  const hit = cache.get(key);
  const etag =
    hit?.etag ?? `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
  const common = {
    ETag: etag,
    "Cache-Control": "public, no-cache",
    Vary: "Accept, Accept-Encoding, Cookie",
  };
  if (matches(c.req.header("if-none-match"), etag)) return c.body(null, 304, common);
  let kept = hit;
  if (!kept) {
    const response = await render();
    // Only a plain 200 that sets nothing per visitor is the same for the next reader.
    if (response.status !== 200 || response.headers.has("set-cookie")) return response;
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "x-robots-tag", "content-language"]) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    kept = { ...compressed(new Uint8Array(await response.arrayBuffer())), etag, headers };
    cache.set(key, kept);
  }
  const encoding = chooseEncoding(c.req.header("accept-encoding"), kept);
  const body = encoding ? kept[encoding]! : kept.body;
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    ...kept.headers,
    ...common,
    ...(encoding && { "Content-Encoding": encoding }),
  });
}

/** Bodies worth it are compressed once, when kept: brotli for browsers, gzip for the rest. */
function compressed(body: Uint8Array): Pick<CachedBody, "body" | "gzip" | "br"> {
  if (body.length < 1024) return { body };
  return {
    body,
    gzip: gzipSync(body, { level: 6 }),
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  };
}

/** "gzip, deflate, br;q=0.9" → the best kept form the client takes (q=0 refuses one). */
function chooseEncoding(accept: string | undefined, kept: CachedBody): "br" | "gzip" | undefined {
  if (!accept) return undefined;
  const taken = new Set<string>();
  for (const part of accept.split(",")) {
    const [name = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) taken.add(name);
  }
  if (kept.br && taken.has("br")) return "br";
  if (kept.gzip && taken.has("gzip")) return "gzip";
  return undefined;
}
