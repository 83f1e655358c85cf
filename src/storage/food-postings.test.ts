import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BLOCK_ENTRIES,
  blockEntries,
  byEntry,
  classUpper,
  cutBlocks,
  decodeBlocks,
  type Entry,
  encodeBlock,
  postingLists,
  SIZE_CLASSES,
  sizeClass,
} from "./food-postings.js";

const entry = fc.tuple(
  fc.integer({ min: 0, max: 0xffff_ffff }),
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 1, max: 0xffff }),
);
const sortedEntries = fc
  .uniqueArray(entry, { selector: (e) => `${e[0]} ${e[1]}`, maxLength: 400 })
  .map((es) => [...es].sort(byEntry) as Entry[]);

describe("food postings", () => {
  it("decode what they encode, across blocks, in order", () => {
    fc.assert(
      fc.property(sortedEntries, (entries) => {
        const blocks = cutBlocks(entries, 7).map(encodeBlock);
        const { ids, ingredients, sizes } = decodeBlocks(blocks);
        expect(Array.from(ids, (id, i) => [id, ingredients[i], sizes[i]])).toEqual(entries);
        if (blocks[0]) expect(blockEntries(blocks[0])).toEqual(entries.slice(0, 7));
      }),
    );
  });

  it("read blocks from an unaligned buffer, as a driver may hand them over", () => {
    const block = encodeBlock([
      [70_000, 3, 12],
      [70_001, 0, 4],
    ]);
    const shifted = Buffer.concat([Buffer.from([9]), block]).subarray(1);
    expect(Array.from(decodeBlocks([shifted]).ids)).toEqual([70_000, 70_001]);
  });

  it("clamp ordinals and sizes past 16 bits and refuse an id past 32", () => {
    expect(blockEntries(encodeBlock([[5, 70_000, 80_000]]))).toEqual([[5, 0xffff, 0xffff]]);
    expect(() => encodeBlock([[2 ** 32, 0, 1]])).toThrow(RangeError);
  });

  it("cut blocks only between recipes, each but the last at least the cap", () => {
    fc.assert(
      fc.property(sortedEntries, fc.integer({ min: 1, max: 20 }), (entries, cap) => {
        const blocks = cutBlocks(entries, cap);
        expect(blocks.flat()).toEqual(entries);
        for (const [i, block] of blocks.entries()) {
          if (i < blocks.length - 1) expect(block.length).toBeGreaterThanOrEqual(cap);
          const next = blocks[i + 1];
          if (next) expect(next[0]![0]).toBeGreaterThan(block.at(-1)![0]);
        }
      }),
    );
    expect(BLOCK_ENTRIES * 8).toBeLessThan(1_000); // a block stays on its SQLite page
  });

  it("put every size in the class whose bounds hold it", () => {
    for (let size = 1; size <= 100; size++) {
      const c = sizeClass(size);
      expect(c).toBeLessThan(SIZE_CLASSES);
      expect(size).toBeLessThanOrEqual(classUpper(c));
      if (c > 0) expect(size).toBeGreaterThan(classUpper(c - 1));
    }
    expect(classUpper(SIZE_CLASSES - 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("group entries by word and class, sorted", () => {
    const lists = postingLists([
      { word: "garlic", id: 9, ingredient: 1, size: 3 },
      { word: "garlic", id: 2, ingredient: 4, size: 5 },
      { word: "garlic", id: 4, ingredient: 0, size: 30 },
      { word: "lime", id: 2, ingredient: 0, size: 5 },
    ]);
    expect(lists).toEqual([
      {
        word: "garlic",
        cls: 0,
        entries: [
          [2, 4, 5],
          [9, 1, 3],
        ],
      },
      { word: "garlic", cls: sizeClass(30), entries: [[4, 0, 30]] },
      { word: "lime", cls: 0, entries: [[2, 0, 5]] },
    ]);
  });
});
