import type { Kysely, Selectable } from "kysely";
import type {
  ListRecipesQuery,
  NewRecipe,
  RecipeStore,
  RecipeSummary,
  StoredRecipe,
} from "../app/ports.js";
import { RecipeSchema } from "../domain/recipe.js";
import type { Database, RecipesTable } from "./database.js";

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

/** The RecipeStore port over Kysely; the SQL is common to SQLite and PostgreSQL. */
export function createRecipeStore(db: Kysely<Database>): RecipeStore {
  const findOne = async (column: "slug" | "content_hash", value: string) => {
    const row = await db
      .selectFrom("recipes")
      .selectAll()
      .where(column, "=", value)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  };

  return {
    async insert({ recipe, summary, contentHash, now }: NewRecipe): Promise<StoredRecipe> {
      const at = now.toISOString();
      const row = await db
        .insertInto("recipes")
        .values({
          slug: recipe.slug,
          title: recipe.title,
          summary: summary ?? null,
          document: JSON.stringify(recipe),
          content_hash: contentHash,
          source_url: recipe.source.url ?? null,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStored(row);
    },

    findBySlug: (slug) => findOne("slug", slug),
    findByContentHash: (hash) => findOne("content_hash", hash),

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

    async count() {
      const row = await db
        .selectFrom("recipes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
