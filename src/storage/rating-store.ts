import type { Kysely } from "kysely";
import type { RatingStore } from "../app/account-ports.js";
import type { Database } from "./database.js";

const toId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : -1);

export function createRatingStore(db: Kysely<Database>): RatingStore {
  return {
    async rate({ recipeId, userId, stars, comment, now }) {
      const at = now.toISOString();
      await db
        .insertInto("recipe_ratings")
        .values({
          recipe_id: toId(recipeId),
          user_id: toId(userId),
          stars,
          comment: comment ?? null,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(["recipe_id", "user_id"])
            .doUpdateSet({ stars, comment: comment ?? null, hidden: 0, updated_at: at }),
        )
        .execute();
    },
    async listFor(recipeId, includeHidden) {
      let query = db
        .selectFrom("recipe_ratings as r")
        .innerJoin("users as u", "u.id", "r.user_id")
        .select(["r.user_id", "u.name", "r.stars", "r.comment", "r.hidden", "r.updated_at"])
        .where("r.recipe_id", "=", toId(recipeId))
        .orderBy("r.updated_at", "desc")
        .orderBy("r.user_id");
      if (!includeHidden) query = query.where("r.hidden", "=", 0);
      return (await query.execute()).map((row) => ({
        userId: String(row.user_id),
        userName: row.name,
        stars: Number(row.stars),
        ...(row.comment !== null && { comment: row.comment }),
        hidden: Number(row.hidden) === 1,
        updatedAt: new Date(row.updated_at),
      }));
    },
    async summarise(recipeId) {
      const row = await db
        .selectFrom("recipe_ratings")
        .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.avg<number>("stars").as("avg")])
        .where("recipe_id", "=", toId(recipeId))
        .where("hidden", "=", 0)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), average: row.avg === null ? 0 : Number(row.avg) };
    },
    async setHidden(recipeId, userId, hidden) {
      const result = await db
        .updateTable("recipe_ratings")
        .set({ hidden: hidden ? 1 : 0 })
        .where("recipe_id", "=", toId(recipeId))
        .where("user_id", "=", toId(userId))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
