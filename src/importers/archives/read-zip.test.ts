import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  type ArchiveLimits,
  gunzipBounded,
  isSafeEntryName,
  listZipNames,
  readZip,
} from "./read-zip.js";

const text = (s: string) => new TextEncoder().encode(s);
const limits: ArchiveLimits = {
  maxArchiveBytes: 1024 * 1024,
  maxEntries: 10,
  maxEntryBytes: 100_000,
  maxTotalBytes: 250_000,
};

/** Sets the declared (uncompressed) size of every entry, as a lying archive would. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
  }
  return copy;
}

describe("readZip", () => {
  it("reads stored and deflated entries and lists names without inflating", () => {
    const zip = zipSync({
      "a.txt": [text("hello"), { level: 0 }],
      "dir/b.txt": text("b".repeat(1000)),
    });
    const read = readZip(zip, limits);
    expect(read.ok && read.value.entries.map((e) => [e.name, e.bytes.length])).toEqual([
      ["a.txt", 5],
      ["dir/b.txt", 1000],
    ]);
    expect(listZipNames(zip)).toEqual(["a.txt", "dir/b.txt"]);
  });

  it("passes over names that climb out of the archive", () => {
    const zip = zipSync({ "../evil.txt": text("x"), "/abs.txt": text("y"), "ok.txt": text("z") });
    const read = readZip(zip, limits);
    if (!read.ok) throw new Error("unreadable");
    expect(read.value.entries.map((e) => e.name)).toEqual(["ok.txt"]);
    expect(read.value.skipped.map((i) => i.code)).toEqual([
      "ARCHIVE_ENTRY_UNSAFE",
      "ARCHIVE_ENTRY_UNSAFE",
    ]);
    expect(isSafeEntryName("a/../../b")).toBe(false);
    expect(isSafeEntryName("C:\\x")).toBe(false);
  });

  it("skips an entry that declares more than the per-entry limit", () => {
    const zip = zipSync({ "big.txt": new Uint8Array(200_000), "small.txt": text("s") });
    const read = readZip(zip, limits);
    expect(read.ok && read.value.entries.map((e) => e.name)).toEqual(["small.txt"]);
    expect(read.ok && read.value.skipped[0]?.code).toBe("ARCHIVE_ENTRY_TOO_LARGE");
  });

  it("stops an entry that lies about its size while it inflates", () => {
    const zip = lieAboutSizes(zipSync({ "bomb.txt": new Uint8Array(1_000_000) }), 10);
    const read = readZip(zip, { ...limits, maxTotalBytes: 10_000_000 });
    expect(read.ok && read.value.entries).toEqual([]);
    expect(read.ok && read.value.skipped[0]?.code).toBe("ARCHIVE_ENTRY_TOO_LARGE");
  });

  it("refuses an archive whose entries together inflate past the total limit", () => {
    const files = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`part-${i}.txt`, new Uint8Array(90_000)]),
    );
    const read = readZip(zipSync(files), limits);
    expect(read.ok).toBe(false);
    expect(read.issues[0]?.code).toBe("ARCHIVE_TOO_LARGE");
  });

  it("refuses too many entries, oversized archives and non-archives", () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.txt`, text("x")]));
    expect(readZip(zipSync(many), limits).issues[0]?.code).toBe("ARCHIVE_TOO_MANY_ENTRIES");
    const zip = zipSync({ "a.txt": text("a") });
    expect(readZip(zip, { ...limits, maxArchiveBytes: 10 }).issues[0]?.code).toBe(
      "ARCHIVE_TOO_LARGE",
    );
    expect(readZip(text("not a zip at all, just some words"), limits).issues[0]?.code).toBe(
      "ARCHIVE_UNREADABLE",
    );
  });

  it("reports a corrupt entry without losing the others", () => {
    const zip = zipSync({ "a.txt": text("a".repeat(500)), "b.txt": [text("fine"), { level: 0 }] });
    const broken = zip.slice();
    broken.fill(0xff, 35, 37); // a.txt's data starts after its 30-byte header and 5-byte name
    const read = readZip(broken, limits);
    expect(read.ok && read.value.entries.map((e) => e.name)).toEqual(["b.txt"]);
    expect(read.ok && read.value.skipped[0]?.code).toBe("ARCHIVE_ENTRY_CORRUPT");
  });
});

describe("gunzipBounded", () => {
  it("inflates gzip up to a limit and refuses more", () => {
    const gz = gzipSync(new Uint8Array(50_000));
    expect(gunzipBounded(gz, 60_000).ok).toBe(true);
    expect(gunzipBounded(gz, 10_000).issues[0]?.code).toBe("ARCHIVE_ENTRY_TOO_LARGE");
  });
});
