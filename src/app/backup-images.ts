import { createHash } from "node:crypto";
import {
  addNote,
  type ImageLine,
  MAX_BACKUP_IMAGE_BYTES,
  type RestoreSummary,
} from "./backup-format.js";
import type { BlobStore } from "./ports.js";

/** Magic numbers of the image types the site serves: an image line cannot smuggle a page or a
 *  script in under a picture's name. */
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  png: (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (b) => b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  avif: (b) => b.toString("latin1", 4, 8) === "ftyp",
};

const NO_BLOBS = "images were left out: this server keeps none";

/** Keeps an image's bytes under the key they hash to; a reason when they are not what they
 *  claim to be. Already kept: skipped without writing. */
export async function keepImage(
  blobs: BlobStore | undefined,
  line: ImageLine,
  summary: RestoreSummary,
): Promise<string | undefined> {
  const bytes = Buffer.from(line.data, "base64");
  const [hash = "", extension = ""] = line.key.split(".");
  if (bytes.byteLength > MAX_BACKUP_IMAGE_BYTES) return "the image is over 10 MB";
  if (createHash("sha256").update(bytes).digest("hex") !== hash) {
    return "the image's bytes are not those its key names";
  }
  if (!MAGIC[extension]?.(bytes)) return `the image is not a ${extension} file`;
  if (!blobs) {
    if (!summary.notes.includes(NO_BLOBS)) addNote(summary, NO_BLOBS);
    return undefined;
  }
  if (await blobs.get(line.key)) summary.skipped.image++;
  else {
    await blobs.put(bytes, extension);
    summary.restored.image++;
  }
  return undefined;
}
