/** The food index as posting lists: for each food word and size class of recipes, the entries
 *  (recipe id, ingredient ordinal, recipe size) in (id, ingredient) order, kept in blocks of
 *  about BLOCK_ENTRIES packed into one binary value each. Search decodes thousands of entries
 *  per block read instead of one row per entry (a row costs SQLite 0.3-0.5 µs to hand to
 *  JavaScript, a packed entry a few ns), and the index takes 8 bytes an entry, not ~35. */

/** Largest recipe size (ingredient count) of each class; the last class is open. Search reads
 *  small classes first: a few foods cover a small recipe most. */
const CLASS_UPPER = [5, 7, 9, 12, 16, 24] as const;
export const SIZE_CLASSES = CLASS_UPPER.length + 1;

export function sizeClass(size: number): number {
  let c = 0;
  while (c < CLASS_UPPER.length && size > CLASS_UPPER[c]!) c++;
  return c;
}

/** The largest size in class `c` (Infinity for the last). */
export const classUpper = (c: number): number => CLASS_UPPER[c] ?? Number.POSITIVE_INFINITY;

/** 768 bytes: SQLite keeps up to ~1,000 bytes of a WITHOUT ROWID row on its page, beyond that
 *  the rest goes to an overflow page, and an import batch rewrites each word's last block. */
export const BLOCK_ENTRIES = 96;

const MAX_U16 = 0xffff;
const MAX_ID = 0xffff_ffff;

/** Entries as parallel arrays, sorted by (id, ingredient). */
export interface Postings {
  readonly ids: Uint32Array;
  readonly ingredients: Uint16Array;
  readonly sizes: Uint16Array;
}

/** One entry while writing: [recipe id, ingredient ordinal, recipe size]. */
export type Entry = readonly [number, number, number];

export const byEntry = (a: Entry, b: Entry) => a[0] - b[0] || a[1] - b[1];

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Entries → a block's bytes: ids (u32), then ingredients (u16), then sizes (u16), little-endian.
 *  Ordinals and sizes past 65,535 are clamped; an id past 2^32 is a programmer's error (ids are
 *  generated one by one). */
export function encodeBlock(entries: readonly Entry[]): Buffer {
  // A Buffer: both drivers bind it as binary (blob, bytea).
  const bytes = Buffer.alloc(entries.length * 8);
  writeEntries(bytes, entries.length, 0, entries);
  return bytes;
}

/** Writes entries into a block of `total` entries from place `from` on. */
function writeEntries(bytes: Buffer, total: number, from: number, entries: readonly Entry[]) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let k = 0; k < entries.length; k++) {
    const [id, ingredient, size] = entries[k]!;
    if (!(id >= 0 && id <= MAX_ID)) throw new RangeError(`recipe id ${id} does not fit the index`);
    const i = from + k;
    view.setUint32(i * 4, id, true);
    view.setUint16(total * 4 + i * 2, Math.min(ingredient, MAX_U16), true);
    view.setUint16(total * 6 + i * 2, Math.min(size, MAX_U16), true);
  }
}

/** The id of a block's last entry. */
export const lastId = (bytes: Uint8Array): number =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(bytes.length / 2 - 4, true);

/** A block with entries added after its own (all of a higher id): its three runs moved apart
 *  and the new entries written at their ends, without decoding what it holds. */
export function appendToBlock(bytes: Uint8Array, entries: readonly Entry[]): Buffer {
  const n = bytes.length / 8;
  const total = n + entries.length;
  const out = Buffer.alloc(total * 8);
  out.set(bytes.subarray(0, n * 4), 0);
  out.set(bytes.subarray(n * 4, n * 6), total * 4);
  out.set(bytes.subarray(n * 6, n * 8), total * 6);
  writeEntries(out, total, n, entries);
  return out;
}

/** A block's bytes → its entries (for rewriting it). */
export function blockEntries(bytes: Uint8Array): Entry[] {
  const { ids, ingredients, sizes } = decodeBlocks([bytes]);
  return Array.from(ids, (id, i) => [id, ingredients[i]!, sizes[i]!] as const);
}

/** Blocks of one word and class, in key order → their entries, in one set of arrays. A block
 *  whose length is not a whole number of entries (not ours) is ignored. */
export function decodeBlocks(blocks: readonly Uint8Array[]): Postings {
  let n = 0;
  for (const b of blocks) if (b.length % 8 === 0) n += b.length / 8;
  const ids = new Uint32Array(n);
  const ingredients = new Uint16Array(n);
  const sizes = new Uint16Array(n);
  let at = 0;
  for (const b of blocks) {
    if (b.length % 8 !== 0) continue;
    const m = b.length / 8;
    if (LITTLE_ENDIAN) {
      // Copied, not viewed: the driver's buffer need not be aligned for the typed arrays.
      const own = new Uint8Array(b);
      ids.set(new Uint32Array(own.buffer, own.byteOffset, m), at);
      ingredients.set(new Uint16Array(own.buffer, own.byteOffset + m * 4, m), at);
      sizes.set(new Uint16Array(own.buffer, own.byteOffset + m * 6, m), at);
    } else {
      const view = new DataView(b.buffer, b.byteOffset, b.length);
      for (let i = 0; i < m; i++) {
        ids[at + i] = view.getUint32(i * 4, true);
        ingredients[at + i] = view.getUint16(m * 4 + i * 2, true);
        sizes[at + i] = view.getUint16(m * 6 + i * 2, true);
      }
    }
    at += m;
  }
  return { ids, ingredients, sizes };
}

/** Sorted entries → blocks of at least `cap` entries but the last, cut only between recipes (a
 *  recipe's entries stay in one block, so its block is the one its id falls in). */
export function cutBlocks(entries: readonly Entry[], cap = BLOCK_ENTRIES): Entry[][] {
  const blocks: Entry[][] = [];
  let block: Entry[] = [];
  for (const entry of entries) {
    if (block.length >= cap && entry[0] !== block.at(-1)![0]) {
      blocks.push(block);
      block = [];
    }
    block.push(entry);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** One word's entries in one size class, sorted. */
export interface PostingList {
  readonly word: string;
  readonly cls: number;
  readonly entries: Entry[];
}

/** Entries of any words and sizes → one sorted list per (word, size class). */
export function postingLists(
  rows: Iterable<{ word: string; id: number; ingredient: number; size: number }>,
): PostingList[] {
  const lists = new Map<string, PostingList>();
  for (const { word, id, ingredient, size } of rows) {
    const cls = sizeClass(size);
    const key = `${cls} ${word}`;
    const list = lists.get(key);
    if (list) list.entries.push([id, ingredient, size]);
    else lists.set(key, { word, cls, entries: [[id, ingredient, size]] });
  }
  for (const list of lists.values()) list.entries.sort(byEntry);
  return [...lists.values()];
}
