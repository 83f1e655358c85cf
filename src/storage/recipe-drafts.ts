import type { Kysely, Selectable } from "kysely";
import type { RecipeStore, StoredDraft } from "../app/ports.js";
import type { Database, RecipeDraftsTable } from "./database.js";

function toDraft(row: Selectable<RecipeDraftsTable>): StoredDraft {
  return {
    id: String(row.id),
    ownerId: String(row.owner_id),
    ...(row.recipe_id !== null && { recipeId: String(row.recipe_id) }),
    title: row.title,
    document: JSON.parse(row.document) as unknown,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** The draft half of the RecipeStore: rows of their own table, which no listing reads. */
export function draftMethods(
  db: Kysely<Database>,
): Pick<RecipeStore, "saveDraft" | "findDraft" | "listDrafts" | "deleteDraft"> {
  return {
    async saveDraft({ id, ownerId, recipeId, title, document, now }) {
      const values = {
        owner_id: Number(ownerId),
        recipe_id: recipeId === undefined ? null : Number(recipeId),
        title,
        document: JSON.stringify(document),
        updated_at: now.toISOString(),
      };
      const row =
        id === undefined
          ? await db
              .insertInto("recipe_drafts")
              .values({ ...values, created_at: now.toISOString() })
              .returningAll()
              .executeTakeFirstOrThrow()
          : await db
              .updateTable("recipe_drafts")
              .set(values)
              .where("id", "=", Number(id))
              .where("owner_id", "=", Number(ownerId))
              .returningAll()
              .executeTakeFirstOrThrow();
      return toDraft(row);
    },

    async findDraft(id) {
      const row = await db
        .selectFrom("recipe_drafts")
        .selectAll()
        .where("id", "=", Number(id))
        .executeTakeFirst();
      return row ? toDraft(row) : undefined;
    },

    async listDrafts(ownerId) {
      const rows = await db
        .selectFrom("recipe_drafts")
        .selectAll()
        .where("owner_id", "=", Number(ownerId))
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .limit(200)
        .execute();
      return rows.map(toDraft);
    },

    async deleteDraft(id) {
      await db.deleteFrom("recipe_drafts").where("id", "=", Number(id)).execute();
    },
  };
}
