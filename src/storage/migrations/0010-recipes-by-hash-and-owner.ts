import { type Kysely, sql } from "kysely";

/** "Does this owner keep this recipe already?" (findByContentHash, findExisting with an owner:
 *  every import and restore asks it) matched content_hash and owner_id, and SQLite answered it
 *  through recipes_owner, reading all of the owner's recipes each time (28 ms at 3,000 recipes,
 *  growing with them). One index on both columns answers it at once; the index on the hash
 *  alone is its prefix, so it goes. */
export function createRecipesByHashAndOwner() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create index recipes_hash_owner on recipes (content_hash, owner_id)`.execute(db);
      await sql`drop index recipes_content_hash`.execute(db);
    },
  };
}
