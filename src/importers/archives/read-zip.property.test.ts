import fc from "fast-check";
import { type Zippable, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type ArchiveLimits, isSafeEntryName, listZipNames, readZip } from "./read-zip.js";

/** readZip on any bytes (random, truncated or bit-flipped archives) answers with entries or a
 *  coded failure, never throws, never hands back an unsafe name or more than its limits allow;
 *  and any files fflate zips, stored or deflated, read back byte for byte under their names. */

const limits: ArchiveLimits = {
  maxArchiveBytes: 1024 * 1024,
  maxEntries: 50,
  maxEntryBytes: 20_000,
  maxTotalBytes: 60_000,
};

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** Names as archives hold them, climbing ones included. */
const entryName = fc.oneof(
  fc.constantFrom("a.txt", "dir/b.json", "../up.txt", "/abs", "C:\\x", "a/../../b", "d/", "é/ü"),
  // fflate files a "__proto__" entry as the object's prototype: not a name to test readZip with.
  fc.string({ minLength: 1, maxLength: 20 }).filter((n) => n !== "__proto__"),
);

const files = fc.dictionary(
  entryName,
  fc.tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 3_000 }),
      fc.integer({ min: 0, max: 40_000 }).map((n) => new Uint8Array(n).fill(97)),
    ),
    fc.constantFrom(0, 6),
  ),
  { maxKeys: 6 },
);

const zipOf = (f: Record<string, [Uint8Array, number]>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(f).map(([n, [b, level]]) => [n, [b, { level: level as 0 | 6 }]]),
    ) as Zippable,
  );

/** Valid archives cut short, with bytes overwritten, or no archive at all. */
const damaged = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.tuple(files, fc.nat()).map(([f, cut]) => {
    const zip = zipOf(f);
    return zip.subarray(0, cut % (zip.length + 1));
  }),
  fc
    .tuple(files, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }))
    .map(([f, flips]) => {
      const zip = zipOf(f).slice();
      for (const [at, byte] of flips) zip[at % zip.length] = byte;
      return zip;
    }),
);

describe("readZip on any bytes", () => {
  it("gives safe entries within the limits, or a coded failure", () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        const read = readZip(bytes, limits);
        for (const i of read.issues) expect(i.code).toMatch(CODE);
        listZipNames(bytes);
        if (!read.ok) return;
        for (const i of read.value.skipped) expect(i.code).toMatch(CODE);
        let total = 0;
        for (const entry of read.value.entries) {
          expect(isSafeEntryName(entry.name)).toBe(true);
          expect(entry.bytes.length).toBeLessThanOrEqual(limits.maxEntryBytes);
          total += entry.bytes.length;
        }
        expect(total).toBeLessThanOrEqual(limits.maxTotalBytes);
      }),
      { numRuns: 400 },
    );
  });

  it("reads back every safe file fflate zips, byte for byte", () => {
    fc.assert(
      fc.property(files, (f) => {
        const read = readZip(zipOf(f), { ...limits, maxTotalBytes: 1_000_000 });
        if (!read.ok) throw new Error(JSON.stringify(read.issues));
        const kept = Object.entries(f).filter(
          ([n, [b]]) => isSafeEntryName(n) && !n.endsWith("/") && b.length <= limits.maxEntryBytes,
        );
        expect(
          read.value.entries.map((e) => [e.name, Buffer.from(e.bytes).toString("hex")]),
        ).toEqual(kept.map(([n, [b]]) => [n, Buffer.from(b).toString("hex")]));
      }),
      { numRuns: 100 },
    );
  });
});
