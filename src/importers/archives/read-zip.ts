import { Gunzip, Inflate } from "fflate";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";

/** Zip and gzip read as untrusted input: every archive is a possible decompression bomb.
 *  Zip layout read here (PKWARE APPNOTE): END = "PK\5\6" … entries, central directory offset;
 *  CENTRAL = "PK\1\2" … method, compressed and declared size, name, local header offset;
 *  LOCAL = "PK\3\4" … name and extra lengths, then the data. Only "stored" and "deflate" entries
 *  are read; ZIP64 and encrypted entries are refused. Output is counted while it inflates, in
 *  small steps, so a lying declared size cannot get past the limits. Nothing is written to disk,
 *  and names that climb out of the archive ("../x", "/etc/x", "C:\x") are passed over. */

export const ArchiveIssueCode = {
  NotArchive: "ARCHIVE_UNREADABLE",
  TooLarge: "ARCHIVE_TOO_LARGE",
  TooManyEntries: "ARCHIVE_TOO_MANY_ENTRIES",
  EntryTooLarge: "ARCHIVE_ENTRY_TOO_LARGE",
  EntryUnsafe: "ARCHIVE_ENTRY_UNSAFE",
  EntryCorrupt: "ARCHIVE_ENTRY_CORRUPT",
} as const;

export interface ArchiveLimits {
  /** The archive file itself. */
  readonly maxArchiveBytes: number;
  readonly maxEntries: number;
  /** One entry once inflated. */
  readonly maxEntryBytes: number;
  /** All entries once inflated, nested archives included. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 20_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

/** What is left to inflate, shared by an archive and the archives inside it. */
export interface InflateBudget {
  remaining: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ZipContents {
  readonly entries: ZipEntry[];
  /** Entries passed over (unsafe names, too large, corrupt), one issue each. */
  readonly skipped: Issue[];
}

const STEP = 16 * 1024;

type Stream = { push(chunk: Uint8Array, final?: boolean): void };

/** Runs `data` through a streaming decoder in small steps, stopping once output passes `max`. */
function inflateBounded(
  data: Uint8Array,
  makeStream: (onData: (chunk: Uint8Array) => void) => Stream,
  max: number,
): Result<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = makeStream((chunk) => {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP) {
      stream.push(data.subarray(at, at + STEP), at + STEP >= data.length);
      if (size > max) return fail(ArchiveIssueCode.EntryTooLarge, `inflates past ${max} bytes`);
    }
  } catch (error) {
    return fail(ArchiveIssueCode.EntryCorrupt, `cannot be inflated: ${String(error)}`);
  }
  return ok(Buffer.concat(chunks));
}

/** A gzip stream (a Paprika recipe), inflated to at most `max` bytes. */
export function gunzipBounded(data: Uint8Array, max: number): Result<Uint8Array> {
  return inflateBounded(data, (onData) => new Gunzip((chunk) => onData(chunk)), max);
}

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Names that stay inside the archive: relative, no "..", no drive letter. */
export function isSafeEntryName(name: string): boolean {
  if (name === "" || name.includes("\0") || /^[\\/]|^[a-z]:/i.test(name)) return false;
  return !name.split(/[\\/]/).some((part) => part === "..");
}

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 64 KiB.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

const utf8 = new TextDecoder();

export function readZip(
  bytes: Uint8Array,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  budget: InflateBudget = { remaining: limits.maxTotalBytes },
): Result<ZipContents> {
  if (bytes.byteLength > limits.maxArchiveBytes) {
    return fail(
      ArchiveIssueCode.TooLarge,
      `the archive is ${bytes.byteLength} bytes; the limit is ${limits.maxArchiveBytes}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? findEnd(view) : -1;
  if (end < 0) return fail(ArchiveIssueCode.NotArchive, "not a zip archive");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > limits.maxEntries) {
    return fail(
      ArchiveIssueCode.TooManyEntries,
      `${count} entries; the limit is ${limits.maxEntries}`,
    );
  }
  const entries: ZipEntry[] = [];
  const skipped: Issue[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) {
      return fail(ArchiveIssueCode.NotArchive, "the zip directory is damaged");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    const skip = (code: string, why: string) =>
      skipped.push(issue(code, `${name}: ${why}`, [name]));
    if (!isSafeEntryName(name)) {
      skip(ArchiveIssueCode.EntryUnsafe, "the name points outside the archive");
      continue;
    }
    if (flags & 1 || compressed === 0xffffffff || (method !== 0 && method !== 8)) {
      skip(ArchiveIssueCode.EntryCorrupt, "encrypted, ZIP64 or an unknown compression");
      continue;
    }
    const max = Math.min(limits.maxEntryBytes, budget.remaining);
    if (declared > limits.maxEntryBytes) {
      skip(ArchiveIssueCode.EntryTooLarge, `declares ${declared} bytes`);
      continue;
    }
    if (declared > budget.remaining) {
      return fail(ArchiveIssueCode.TooLarge, `inflates past ${limits.maxTotalBytes} bytes in all`);
    }
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) {
      skip(ArchiveIssueCode.EntryCorrupt, "the entry's header is missing");
      continue;
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    const inflated =
      method === 0
        ? data.length <= max
          ? ok(data)
          : fail<Uint8Array>(ArchiveIssueCode.EntryTooLarge, `is over ${max} bytes`)
        : inflateBounded(data, (onData) => new Inflate((chunk) => onData(chunk)), max);
    if (!inflated.ok) {
      const first = inflated.issues[0];
      if (first?.code === ArchiveIssueCode.EntryTooLarge && max < limits.maxEntryBytes) {
        return fail(
          ArchiveIssueCode.TooLarge,
          `inflates past ${limits.maxTotalBytes} bytes in all`,
        );
      }
      skip(first?.code ?? ArchiveIssueCode.EntryCorrupt, first?.message ?? "unreadable");
      continue;
    }
    budget.remaining -= inflated.value.length;
    entries.push({ name, bytes: inflated.value });
  }
  return ok({ entries, skipped });
}

/** The entry names of a zip, from its directory alone (nothing inflated), at most `max`. */
export function listZipNames(bytes: Uint8Array, max = 2_000): string[] {
  if (!isZip(bytes) || bytes.byteLength < 22) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return [];
  const names: string[] = [];
  let at = view.getUint32(end + 16, true);
  const count = Math.min(view.getUint16(end + 10, true), max);
  for (let i = 0; i < count && at + 46 <= bytes.byteLength; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    names.push(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
