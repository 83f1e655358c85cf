/** FNV-1a over UTF-16 code units: the tokenizer computes it while it reads a word, so that
 *  looking the word up (units, number words) and hashing it into tagger features cost nothing
 *  more. A Map keyed by the string would hash every new word once again. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashWord(text: string, from = 0): number {
  let h = FNV_OFFSET;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A read-only map from words to values, probed by the word's hashWord (open addressing). */
export interface WordTable<T> {
  get(word: string, hash: number): T | undefined;
}

export function createWordTable<T>(entries: Iterable<readonly [string, T]>): WordTable<T> {
  const list = [...entries];
  let size = 8;
  while (size < list.length * 2) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  const words: (string | undefined)[] = new Array(size).fill(undefined);
  const values: (T | undefined)[] = new Array(size).fill(undefined);
  // One bit per 32 × size hash values: most words looked up are in no table, and one load of
  // this filter tells most of them so, where probing would read two arrays a slot or more.
  const filter = new Int32Array(size);
  for (const [word, value] of list) {
    const hash = hashWord(word);
    filter[(hash >>> 16) & mask]! |= 1 << (hash & 31);
    let slot = hash & mask;
    while (words[slot] !== undefined && words[slot] !== word) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    words[slot] = word;
    values[slot] = value;
  }
  return {
    get(word, hash) {
      if ((filter[(hash >>> 16) & mask]! & (1 << (hash & 31))) === 0) return undefined;
      for (let slot = hash & mask; words[slot] !== undefined; slot = (slot + 1) & mask) {
        if (hashes[slot] === hash && words[slot] === word) return values[slot];
      }
      return undefined;
    },
  };
}
