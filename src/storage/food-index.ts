import { sql, type Transaction } from "kysely";
import { chunks } from "./chunks.js";
import type { Database } from "./database.js";
import {
  appendToBlock,
  BLOCK_ENTRIES,
  blockEntries,
  byEntry,
  cutBlocks,
  type Entry,
  encodeBlock,
  lastId,
  type PostingList,
  postingLists,
  sizeClass,
} from "./food-postings.js";
import type { SearchDocument } from "./search-document.js";

/** The block that takes entries with ids up to `high`: the last whose first id is not above
 *  it, or else the first (which then starts lower). */
interface Home {
  readonly firstId: number;
  readonly data: Uint8Array;
}

const keyOf = (word: string, cls: number) => `${cls} ${word}`;

/** The home blocks of changes, by keyOf; none for a word and class with no block yet. Their
 *  keys are found first, then the blocks, in that order (a cross join, which SQLite never
 *  reorders: joined at once, it scanned the word's blocks, 20 ms instead of 3.5 for 1,000
 *  changes). The caller holds the dialect's lockFoodIndex from its transaction's start, so no other writer
 *  changes them before it commits. */
async function homeBlocks(
  trx: Transaction<Database>,
  wanted: ReadonlyArray<{ word: string; cls: number; high: number }>,
): Promise<Map<string, Home>> {
  const homes = new Map<string, Home>();
  for (const part of chunks(wanted)) {
    const values = part.map(
      (w) => sql`(cast(${w.word} as text), cast(${w.cls} as integer), cast(${w.high} as integer))`,
    );
    const same = sql`q.word = v.word and q.size_class = v.size_class`;
    const { rows } = await sql<{
      word: string;
      size_class: number;
      first_id: number;
      data: Uint8Array;
    }>`with v (word, size_class, high) as (values ${sql.join(values)}),
      h as materialized (select v.word, v.size_class, coalesce(
          (select max(q.first_id) from food_postings q where ${same} and q.first_id <= v.high),
          (select min(q.first_id) from food_postings q where ${same})) as first_id
        from v)
      select h.word, h.size_class, p.first_id, p.data
      from h cross join food_postings p
      where p.word = h.word and p.size_class = h.size_class and p.first_id = h.first_id`.execute(
      trx,
    );
    for (const r of rows) {
      homes.set(keyOf(r.word, Number(r.size_class)), {
        firstId: Number(r.first_id),
        data: r.data,
      });
    }
  }
  return homes;
}

interface BlockRow {
  word: string;
  size_class: number;
  first_id: number;
  data: Uint8Array;
}

async function writeBlocks(
  trx: Transaction<Database>,
  rows: readonly BlockRow[],
  gone: readonly Omit<BlockRow, "data">[],
) {
  for (const g of gone) {
    await trx
      .deleteFrom("food_postings")
      .where("word", "=", g.word)
      .where("size_class", "=", g.size_class)
      .where("first_id", "=", g.first_id)
      .execute();
  }
  for (const part of chunks(rows)) {
    await trx
      .insertInto("food_postings")
      .values(part)
      .onConflict((oc) =>
        oc
          .columns(["word", "size_class", "first_id"])
          .doUpdateSet({ data: (eb) => eb.ref("excluded.data") }),
      )
      .execute();
  }
}

/** Adds sorted entries to their words' blocks: each change goes into its home block (a batch of
 *  new recipes: the last one), which is cut again when it grows past BLOCK_ENTRIES. Entries
 *  below the home block's range go round again to theirs. */
async function addEntries(trx: Transaction<Database>, changes: PostingList[]): Promise<void> {
  let pending = changes;
  while (pending.length > 0) {
    const homes = await homeBlocks(
      trx,
      pending.map((c) => ({ word: c.word, cls: c.cls, high: c.entries.at(-1)![0] })),
    );
    const rows: BlockRow[] = [];
    const gone: Omit<BlockRow, "data">[] = [];
    const next: PostingList[] = [];
    for (const change of pending) {
      const home = homes.get(keyOf(change.word, change.cls));
      // The home is the last block starting at or below the change's last id: its entries from
      // there on go in; those below go round again, unless the home is the first block.
      const start = home && home.firstId <= change.entries.at(-1)![0] ? home.firstId : 0;
      const mine = change.entries.filter((e) => e[0] >= start);
      const later = change.entries.filter((e) => e[0] < start);
      if (later.length > 0) next.push({ ...change, entries: later });
      const key = { word: change.word, size_class: change.cls };
      // A batch of new recipes: added at the end of the last block while it has room.
      if (
        home &&
        lastId(home.data) < mine[0]![0] &&
        home.data.length / 8 + mine.length <= BLOCK_ENTRIES
      ) {
        rows.push({ ...key, first_id: home.firstId, data: appendToBlock(home.data, mine) });
        continue;
      }
      const old = home ? blockEntries(home.data) : [];
      const merged =
        old.length === 0 || byEntry(old.at(-1)!, mine[0]!) < 0
          ? [...old, ...mine]
          : dedupe([...old, ...mine].sort(byEntry));
      const firstId = Math.min(home?.firstId ?? Number.POSITIVE_INFINITY, merged[0]![0]);
      if (home && firstId !== home.firstId) gone.push({ ...key, first_id: home.firstId });
      cutBlocks(merged).forEach((block, i) => {
        rows.push({ ...key, first_id: i === 0 ? firstId : block[0]![0], data: encodeBlock(block) });
      });
    }
    await writeBlocks(trx, rows, gone);
    pending = next;
  }
}

const dedupe = (sorted: Entry[]) => sorted.filter((e, i) => i === 0 || byEntry(sorted[i - 1]!, e));

/** Writes the food words of new recipes into the postings. */
export async function writeFoodIndex(
  trx: Transaction<Database>,
  entries: ReadonlyArray<{ readonly id: number; readonly doc: SearchDocument }>,
): Promise<void> {
  const changes = postingLists(
    entries.flatMap(({ id, doc }) =>
      doc.foodWords.map(({ word, ingredient }) => ({
        word,
        id,
        ingredient,
        size: doc.ingredientCount,
      })),
    ),
  );
  if (changes.length === 0) return;
  await addEntries(trx, changes);
}

/** The space-separated food words of a recipe, as `recipes.food_words` keeps them. */
export const foodWordsOf = (doc: SearchDocument): string =>
  [...new Set(doc.foodWords.map((f) => f.word))].join(" ");

/** Takes one recipe out of the postings of its words (as last written: `foodWords` and `size`
 *  from its row before any change). */
export async function clearFoodIndex(
  trx: Transaction<Database>,
  recipe: { readonly id: number; readonly foodWords: string; readonly size: number },
): Promise<void> {
  const words = recipe.foodWords.split(" ").filter(Boolean);
  if (words.length === 0) return;
  const cls = sizeClass(recipe.size);
  const homes = await homeBlocks(
    trx,
    words.map((word) => ({ word, cls, high: recipe.id })),
  );
  const rows: BlockRow[] = [];
  const gone: Omit<BlockRow, "data">[] = [];
  for (const word of words) {
    const home = homes.get(keyOf(word, cls));
    if (!home) continue;
    const key = { word, size_class: cls, first_id: home.firstId };
    const kept = blockEntries(home.data).filter((e) => e[0] !== recipe.id);
    if (kept.length === 0) gone.push(key);
    else rows.push({ ...key, data: encodeBlock(kept) });
  }
  await writeBlocks(trx, rows, gone);
}
