import { type Kysely, sql } from "kysely";
import { chunks } from "../chunks.js";
import { cutBlocks, encodeBlock, postingLists } from "../food-postings.js";
import type { DialectName } from "../storage-dialect.js";

const WORDS_PER_READ = 200;

/** The food index becomes posting lists (food-postings.ts): blocks of packed entries per word
 *  and size class, instead of a row per (word, size, recipe, ingredient). At 1,000,000 recipes
 *  search by foods read ~0.4 µs a row handed to JavaScript, or probed the index once per
 *  candidate; a block hands over ~100 entries at once, and the index shrinks about fourfold.
 *  Each recipe row keeps the words it was indexed under, so a change takes out exactly those.
 *  The rows are copied into blocks a few hundred words at a time, in one transaction. */
export function createFoodPostings(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table food_postings (
        word text not null,
        size_class integer not null,
        first_id integer not null,
        data ${dialect === "sqlite" ? sql`blob` : sql`bytea`} not null,
        constraint food_postings_pk primary key (word, size_class, first_id)
      ) ${dialect === "sqlite" ? sql`without rowid` : sql``}`.execute(db);
      await sql`alter table recipes add column food_words text not null default ''`.execute(db);
      const words = await sql<{ word: string }>`select distinct word from recipe_foods
        order by word`.execute(db);
      for (const part of chunks(
        words.rows.map((r) => r.word),
        WORDS_PER_READ,
      )) {
        const { rows } = await sql<{
          word: string;
          recipe_size: number;
          recipe_id: number;
          ingredient: number;
        }>`select word, recipe_size, recipe_id, ingredient from recipe_foods
          where word in (${sql.join(part)})`.execute(db);
        const lists = postingLists(
          rows.map((r) => ({
            word: r.word,
            id: Number(r.recipe_id),
            ingredient: Number(r.ingredient),
            size: Number(r.recipe_size),
          })),
        );
        const blocks = lists.flatMap(({ word, cls, entries }) =>
          cutBlocks(entries).map((block) => ({
            word,
            cls,
            first: block[0]![0],
            data: encodeBlock(block),
          })),
        );
        for (const rowsPart of chunks(blocks)) {
          const values = rowsPart.map((b) => sql`(${b.word}, ${b.cls}, ${b.first}, ${b.data})`);
          await sql`insert into food_postings (word, size_class, first_id, data)
            values ${sql.join(values)}`.execute(db);
        }
      }
      const wordsOf =
        dialect === "sqlite"
          ? sql`(select group_concat(word, ' ') from
              (select distinct word from recipe_foods f where f.recipe_id = recipes.id))`
          : sql`(select string_agg(distinct word, ' ') from recipe_foods f
              where f.recipe_id = recipes.id)`;
      await sql`update recipes set food_words = coalesce(${wordsOf}, '')
        where id in (select recipe_id from recipe_foods)`.execute(db);
      await sql`drop table recipe_foods`.execute(db);
      await sql`drop table food_word_counts`.execute(db);
    },
  };
}
