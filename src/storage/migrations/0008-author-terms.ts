import { type Kysely, sql } from "kysely";
import { foldText } from "../../domain/fold-text.js";

const BATCH = 500;

/** Authors became a facet (their listing pages, `author=` in search): the recipes kept before
 *  get their author term here, as toSearchDocument gives it to new ones. */
export function createAuthorTerms() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let after = 0;
      for (;;) {
        const { rows } = await sql<{ id: number; document: string }>`
          select id, document from recipes where id > ${after} order by id limit ${BATCH}`.execute(
          db,
        );
        if (rows.length === 0) return;
        after = Number(rows.at(-1)!.id);
        const terms = rows.flatMap((row) => {
          const author = authorOf(row.document);
          return author ? [sql`(${Number(row.id)}, 'author', ${foldText(author)})`] : [];
        });
        if (terms.length === 0) continue;
        await sql`insert into recipe_terms (recipe_id, kind, value)
          values ${sql.join(terms)} on conflict do nothing`.execute(db);
      }
    },
  };
}

function authorOf(document: string): string | undefined {
  try {
    const author = (JSON.parse(document) as { source?: { author?: unknown } }).source?.author;
    return typeof author === "string" && author.trim() !== "" ? author : undefined;
  } catch {
    return undefined; // The store reports a broken document when it reads it; not the migration.
  }
}
