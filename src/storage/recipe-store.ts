import type { Kysely, Selectable, Transaction } from "kysely";
import type {
  ListRecipesQuery,
  NewRecipe,
  RecipeStore,
  RecipeSummary,
  StoredRecipe,
} from "../app/ports.js";
import { RecipeSchema } from "../domain/recipe.js";
import type { Database, RecipesTable } from "./database.js";
import { searchRecipes } from "./recipe-search.js";
import { toSearchDocument } from "./search-document.js";
import type { StorageDialect } from "./storage-dialect.js";

export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
}

function toStored(row: Selectable<RecipesTable>): StoredRecipe {
  // The column is ours, but a hand edit or an old version could have broken it: check, loudly.
  const parsed = RecipeSchema.safeParse(JSON.parse(row.document));
  if (!parsed.success) {
    throw new CorruptRecordError(`recipe ${row.id} (${row.slug}) does not match the model`, {
      cause: parsed.error,
    });
  }
  return {
    id: String(row.id),
    recipe: { ...parsed.data, slug: row.slug },
    contentHash: row.content_hash,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Writes a recipe's row and its index entries (facets, food words, full text) together. */
async function insertOne(
  trx: Transaction<Database>,
  dialect: StorageDialect,
  { recipe, summary, contentHash, now }: NewRecipe,
): Promise<StoredRecipe> {
  const doc = toSearchDocument(recipe);
  const at = now.toISOString();
  const row = await trx
    .insertInto("recipes")
    .values({
      slug: recipe.slug,
      title: recipe.title,
      summary: summary ?? null,
      document: JSON.stringify(recipe),
      content_hash: contentHash,
      source_url: recipe.source.url ?? null,
      total_seconds: doc.totalSeconds,
      ingredient_count: doc.ingredientCount,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (doc.terms.length > 0) {
    await trx
      .insertInto("recipe_terms")
      .values(doc.terms.map((t) => ({ recipe_id: row.id, kind: t.kind, value: t.value })))
      .execute();
  }
  if (doc.foodWords.length > 0) {
    await trx
      .insertInto("recipe_food_words")
      .values(
        doc.foodWords.map((f) => ({ recipe_id: row.id, ingredient: f.ingredient, word: f.word })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await dialect.indexText(trx, row.id, doc);
  return toStored(row);
}

/** The RecipeStore port over Kysely: one implementation for SQLite and PostgreSQL, with the
 *  dialect supplying what differs (the full-text index). */
export function createRecipeStore(db: Kysely<Database>, dialect: StorageDialect): RecipeStore {
  const findOne = async (column: "slug" | "content_hash", value: string) => {
    const row = await db
      .selectFrom("recipes")
      .selectAll()
      .where(column, "=", value)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  };

  return {
    insert: (input) => db.transaction().execute((trx) => insertOne(trx, dialect, input)),

    insertMany: (inputs) =>
      db.transaction().execute(async (trx) => {
        const stored: StoredRecipe[] = [];
        for (const input of inputs) stored.push(await insertOne(trx, dialect, input));
        return stored;
      }),

    findBySlug: (slug) => findOne("slug", slug),
    findByContentHash: (hash) => findOne("content_hash", hash),

    async findExisting({ hashes, sourceUrls }) {
      const found = { hashes: new Set<string>(), sourceUrls: new Set<string>() };
      if (hashes.length > 0) {
        const rows = await db
          .selectFrom("recipes")
          .select("content_hash")
          .where("content_hash", "in", [...hashes])
          .execute();
        for (const r of rows) found.hashes.add(r.content_hash);
      }
      if (sourceUrls.length > 0) {
        const rows = await db
          .selectFrom("recipes")
          .select("source_url")
          .where("source_url", "in", [...sourceUrls])
          .execute();
        for (const r of rows) if (r.source_url) found.sourceUrls.add(r.source_url);
      }
      return found;
    },

    async isSlugTaken(slug) {
      const row = await db
        .selectFrom("recipes")
        .select("id")
        .where("slug", "=", slug)
        .executeTakeFirst();
      return row !== undefined;
    },

    async list({ limit, after }: ListRecipesQuery): Promise<RecipeSummary[]> {
      let query = db
        .selectFrom("recipes")
        .select(["id", "slug", "title", "summary", "created_at"])
        .orderBy("id", "desc")
        .limit(limit);
      const cursor = after === undefined ? Number.NaN : Number(after);
      if (Number.isSafeInteger(cursor)) query = query.where("id", "<", cursor);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: String(row.id),
        slug: row.slug,
        title: row.title,
        ...(row.summary !== null && { summary: row.summary }),
        createdAt: new Date(row.created_at),
      }));
    },

    search: (query) => searchRecipes(db, dialect, query),

    async listStored({ limit, afterId }) {
      let query = db.selectFrom("recipes").selectAll().orderBy("id", "asc").limit(limit);
      if (afterId !== undefined) query = query.where("id", ">", Number(afterId));
      return (await query.execute()).map(toStored);
    },

    async count() {
      const row = await db
        .selectFrom("recipes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
