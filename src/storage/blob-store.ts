import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BlobStore } from "../app/ports.js";

/** A key is a SHA-256 in hex and a short extension, nothing else: no key can name a path
 *  outside the folder (no slash, no dot-dot), whatever a URL asks for. */
export const BLOB_KEY = /^[0-9a-f]{64}\.[a-z0-9]{1,8}$/;

/** Blobs as files named by their content, two levels of folders by the hash's first bytes so
 *  no folder grows huge. Writes go to a temporary name first and are renamed into place, so a
 *  reader never sees half a file. */
export function createFileBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => join(root, key.slice(0, 2), key.slice(2, 4), key);
  return {
    async put(bytes, extension) {
      if (!/^[a-z0-9]{1,8}$/.test(extension)) throw new Error(`bad blob extension "${extension}"`);
      const key = `${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
      const path = pathOf(key);
      await mkdir(join(root, key.slice(0, 2), key.slice(2, 4)), { recursive: true });
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
      return key;
    },
    async get(key) {
      if (!BLOB_KEY.test(key)) return undefined;
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}
