import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import type {
  ListRecipesQuery,
  NewRecipe,
  OwnerKey,
  RecipeStore,
  RecipeSummary,
  RecipeVersion,
  StoredRecipe,
} from "../app/ports.js";
import { RecipeSchema } from "../domain/recipe.js";
import { chunks } from "./chunks.js";
import type { Database, RecipesTable } from "./database.js";
import { clearFoodIndex, foodWordsOf, writeFoodIndex } from "./food-index.js";
import { draftMethods } from "./recipe-drafts.js";
import { visibleIn } from "./recipe-scope.js";
import { searchRecipes, toSummary } from "./recipe-search.js";
import { type SearchDocument, toSearchDocument } from "./search-document.js";
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
    visibility: row.visibility,
    ...(row.owner_id !== null && { ownerId: String(row.owner_id) }),
    ...(row.share_token !== null && { shareToken: row.share_token }),
  };
}

/** Writes the index entries of recipes (facets, food words, full text). */
async function writeIndex(
  trx: Transaction<Database>,
  dialect: StorageDialect,
  entries: ReadonlyArray<{ readonly id: number; readonly doc: SearchDocument }>,
): Promise<void> {
  const terms = entries.flatMap(({ id, doc }) => doc.terms.map((t) => ({ recipe_id: id, ...t })));
  for (const part of chunks(terms)) await trx.insertInto("recipe_terms").values(part).execute();
  await writeFoodIndex(trx, entries);
  await dialect.indexTexts(trx, entries);
}

/** Removes one recipe's index entries, as its row (before any change) says they were written.
 *  SQLite's FTS5 table is apart from the row; PostgreSQL's search vector is a column of it,
 *  rewritten by the next `indexTexts` or gone with the row. */
async function clearIndex(
  trx: Transaction<Database>,
  dialect: StorageDialect,
  row: Pick<Selectable<RecipesTable>, "id" | "food_words" | "ingredient_count">,
) {
  const id = row.id;
  await trx.deleteFrom("recipe_terms").where("recipe_id", "=", id).execute();
  await clearFoodIndex(trx, { id, foodWords: row.food_words, size: row.ingredient_count });
  if (dialect.name === "sqlite")
    await sql`delete from recipes_fts where rowid = ${id}`.execute(trx);
}

/** Writes recipes' rows and their index entries (facets, food words, full text) together, a
 *  few multi-row statements per batch rather than several statements per recipe. */
async function insertBatch(
  trx: Transaction<Database>,
  dialect: StorageDialect,
  inputs: readonly NewRecipe[],
): Promise<StoredRecipe[]> {
  await dialect.lockFoodIndex(trx);
  const docs = inputs.map((input) => toSearchDocument(input.recipe));
  const ids = new Map<string, number>();
  for (const part of chunks(
    inputs.map((input, k) => ({ input, doc: docs[k]! })),
    500,
  )) {
    const rows = await trx
      .insertInto("recipes")
      .values(
        part.map(({ input: { recipe, summary, contentHash, now, ownerId, visibility }, doc }) => ({
          slug: recipe.slug,
          title: recipe.title,
          summary: summary ?? null,
          document: JSON.stringify(recipe),
          content_hash: contentHash,
          source_url: recipe.source.url ?? null,
          total_seconds: doc.totalSeconds,
          ingredient_count: doc.ingredientCount,
          food_words: foodWordsOf(doc),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          owner_id: ownerId === undefined ? null : Number(ownerId),
          visibility: visibility ?? "public",
        })),
      )
      .returning(["id", "slug"])
      .execute();
    // RETURNING promises no order: match rows back by their unique slug.
    for (const row of rows) ids.set(row.slug, Number(row.id));
  }
  const idOf = (k: number) => ids.get(inputs[k]!.recipe.slug)!;
  await writeIndex(
    trx,
    dialect,
    docs.map((doc, k) => ({ id: idOf(k), doc })),
  );
  return inputs.map((input, k) => ({
    id: String(idOf(k)),
    recipe: input.recipe,
    contentHash: input.contentHash,
    createdAt: input.now,
    updatedAt: input.now,
    visibility: input.visibility ?? "public",
    ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
  }));
}

/** Rows of one owner; null is the site. */
const ownedBy = (owner: OwnerKey) =>
  owner === null ? sql<boolean>`owner_id is null` : sql<boolean>`owner_id = ${Number(owner)}`;

/** The RecipeStore port over Kysely: one implementation for SQLite and PostgreSQL, with the
 *  dialect supplying what differs (the full-text index). */
export function createRecipeStore(db: Kysely<Database>, dialect: StorageDialect): RecipeStore {
  const findOne = async (column: "slug" | "content_hash", value: string, owner?: OwnerKey) => {
    let query = db.selectFrom("recipes").selectAll().where(column, "=", value);
    if (owner !== undefined) query = query.where(ownedBy(owner));
    const row = await query.executeTakeFirst();
    return row ? toStored(row) : undefined;
  };

  /** Whole recipes in id order after a keyset cursor; `owner` reads the recipes_owner index. */
  const listPage = async (
    owner: OwnerKey | undefined,
    query: { limit: number; afterId?: string },
  ) => {
    let page = db.selectFrom("recipes").selectAll().orderBy("id", "asc").limit(query.limit);
    if (owner !== undefined) page = page.where(ownedBy(owner));
    if (query.afterId !== undefined) page = page.where("id", ">", Number(query.afterId));
    return (await page.execute()).map(toStored);
  };

  return {
    ...draftMethods(db),

    async update(id, { recipe, summary, contentHash, now }) {
      return db.transaction().execute(async (trx) => {
        await dialect.lockFoodIndex(trx);
        const row = await trx
          .selectFrom("recipes")
          .selectAll()
          .where("id", "=", Number(id))
          .executeTakeFirst();
        if (!row) return undefined;
        // Pages are cached on updated_at: it must move even when two saves share a millisecond.
        const before = new Date(row.updated_at).getTime();
        const updatedAt = new Date(Math.max(now.getTime(), before + 1));
        const kept = { ...recipe, slug: row.slug };
        const doc = toSearchDocument(kept);
        const changed = await trx
          .updateTable("recipes")
          .set({
            title: kept.title,
            summary: summary ?? null,
            document: JSON.stringify(kept),
            content_hash: contentHash,
            source_url: kept.source.url ?? null,
            total_seconds: doc.totalSeconds,
            ingredient_count: doc.ingredientCount,
            food_words: foodWordsOf(doc),
            updated_at: updatedAt.toISOString(),
          })
          .where("id", "=", row.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await clearIndex(trx, dialect, row);
        await writeIndex(trx, dialect, [{ id: row.id, doc }]);
        return toStored(changed);
      });
    },

    async delete(id) {
      return db.transaction().execute(async (trx) => {
        // Pins, ratings and drafts go by their foreign keys' cascade; the index is cleared here.
        await dialect.lockFoodIndex(trx);
        const row = await trx
          .selectFrom("recipes")
          .select(["id", "food_words", "ingredient_count"])
          .where("id", "=", Number(id))
          .executeTakeFirst();
        if (!row) return false;
        await clearIndex(trx, dialect, row);
        const gone = await trx
          .deleteFrom("recipes")
          .where("id", "=", Number(id))
          .executeTakeFirst();
        return Number(gone.numDeletedRows) > 0;
      });
    },

    insert: async (input) =>
      (await db.transaction().execute((trx) => insertBatch(trx, dialect, [input])))[0]!,

    insertMany: async (inputs) =>
      inputs.length === 0
        ? []
        : dialect.writeInBulk(db, () =>
            db.transaction().execute((trx) => insertBatch(trx, dialect, inputs)),
          ),

    findBySlug: (slug) => findOne("slug", slug),
    findByContentHash: (hash, owner) => findOne("content_hash", hash, owner),

    async findExisting({ hashes, sourceUrls, owner }) {
      const mine = owner === undefined ? sql<boolean>`1 = 1` : ownedBy(owner);
      const found = { hashes: new Set<string>(), sourceUrls: new Set<string>() };
      if (hashes.length > 0) {
        const rows = await db
          .selectFrom("recipes")
          .select("content_hash")
          .where("content_hash", "in", [...hashes])
          .where(mine)
          .execute();
        for (const r of rows) found.hashes.add(r.content_hash);
      }
      if (sourceUrls.length > 0) {
        const rows = await db
          .selectFrom("recipes")
          .select("source_url")
          .where("source_url", "in", [...sourceUrls])
          .where(mine)
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

    async list({ limit, after, scope }: ListRecipesQuery): Promise<RecipeSummary[]> {
      let query = db
        .selectFrom("recipes")
        .select(["id", "slug", "title", "summary", "created_at"])
        .where(visibleIn(scope, "recipes"))
        .orderBy("id", "desc")
        .limit(limit);
      const cursor = after === undefined ? Number.NaN : Number(after);
      if (Number.isSafeInteger(cursor)) query = query.where("id", "<", cursor);
      const rows = await query.execute();
      return rows.map(toSummary);
    },

    search: (query) => searchRecipes(db, dialect, query),

    async setVisibility(id, visibility, now) {
      await db
        .updateTable("recipes")
        .set({ visibility, updated_at: now.toISOString() })
        .where("id", "=", Number(id))
        .execute();
    },

    async setShareToken(id, token, now) {
      await db
        .updateTable("recipes")
        .set({ share_token: token, updated_at: now.toISOString() })
        .where("id", "=", Number(id))
        .execute();
    },

    listStored: (query) => listPage(undefined, query),
    listStoredOf: (owner, query) => listPage(owner, query),

    async count() {
      const row = await db
        .selectFrom("recipes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async versionOf(slug): Promise<RecipeVersion | undefined> {
      // Ratings show on the page too: their count, latest change and hidden ones join the stamp.
      const row = await db
        .selectFrom("recipes as r")
        .select(["r.id", "r.visibility", "r.updated_at"])
        .select(
          sql<string>`(select count(*) || ':' || coalesce(max(updated_at), '') || ':' ||
            coalesce(sum(hidden), 0) from recipe_ratings where recipe_id = r.id)`.as("ratings"),
        )
        .where("r.slug", "=", slug)
        .executeTakeFirst();
      return row
        ? {
            id: String(row.id),
            visibility: row.visibility,
            stamp: `${row.updated_at}|${row.ratings}`,
          }
        : undefined;
    },
  };
}
