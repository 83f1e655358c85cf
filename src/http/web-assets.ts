import { createHash } from "node:crypto";
import { EDITOR_STYLESHEET } from "./assets/editor-stylesheet.js";

/** The browser modules built by scripts/build.mjs (dist/web), read by main at start: file names
 *  carry a hash of their content, so they are served as immutable. */
export interface WebAssets {
  /** Entry name ("editor") → its file name ("editor-3f9a….js"). */
  readonly entries: Readonly<Record<string, string>>;
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The same files gzipped at build time, where the build wrote them. */
  readonly gzipped?: ReadonlyMap<string, Uint8Array>;
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

export const contentTypeOfAsset = (file: string) => TYPES[file.split(".").pop() ?? ""];

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** The editor's stylesheet is made here rather than built: CSS in a string, as the site's is. */
export const EDITOR_STYLESHEET_FILE = `editor-${hashOf(EDITOR_STYLESHEET)}.css`;

/** Every file under /assets/web/: the built modules and the editor's stylesheet. */
export function assetFiles(assets: WebAssets | undefined): Map<string, Uint8Array> {
  const files = new Map(assets?.files ?? []);
  files.set(EDITOR_STYLESHEET_FILE, new TextEncoder().encode(EDITOR_STYLESHEET));
  return files;
}
