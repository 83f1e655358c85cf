import { type Kysely, type Selectable, sql } from "kysely";
import { MEALS, type PlanEntry, type PlanStore } from "../app/plan-ports.js";
import type { Database, PlanEntriesTable } from "./database.js";
import { visibleIn } from "./recipe-scope.js";

const toEntry = (row: Selectable<PlanEntriesTable>): PlanEntry => ({
  id: String(row.id),
  ownerId: String(row.owner_id),
  date: row.day,
  meal: MEALS.includes(row.meal) ? row.meal : "snack",
  recipeId: String(row.recipe_id),
  ...(row.servings !== null && { servings: Number(row.servings) }),
  ...(row.note !== null && { note: row.note }),
  position: Number(row.position),
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

const toId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : -1);

/** Last place in the owner's day and meal, computed in the write itself. */
const lastPlace = (ownerId: number, day: string, meal: string) =>
  sql<number>`coalesce((select max(p.position) from plan_entries p
    where p.owner_id = ${ownerId} and p.day = ${day} and p.meal = ${meal}), 0) + 1`;

const mealOrder = sql<number>`case plan_entries.meal when 'breakfast' then 0 when 'lunch' then 1
  when 'dinner' then 2 else 3 end`;

export function createPlanStore(db: Kysely<Database>): PlanStore {
  return {
    async add({ ownerId, date, meal, recipeId, servings, note, now }) {
      const owner = Number(ownerId);
      const row = await db
        .insertInto("plan_entries")
        .values({
          owner_id: owner,
          day: date,
          meal,
          recipe_id: toId(recipeId),
          servings: servings ?? null,
          note: note ?? null,
          position: lastPlace(owner, date, meal),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEntry(row);
    },
    async find(id) {
      const row = await db
        .selectFrom("plan_entries")
        .selectAll()
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return row ? toEntry(row) : undefined;
    },
    async change(id, { date, meal, servings, note, now }) {
      const found = await this.find(id);
      if (!found) return undefined;
      const stays = found.date === date && found.meal === meal;
      const row = await db
        .updateTable("plan_entries")
        .set({
          day: date,
          meal,
          servings: servings ?? null,
          note: note ?? null,
          // Moved: last in its new place; changed in place: where it was.
          position: stays ? found.position : lastPlace(Number(found.ownerId), date, meal),
          updated_at: now.toISOString(),
        })
        .where("id", "=", toId(id))
        .returningAll()
        .executeTakeFirst();
      return row ? toEntry(row) : undefined;
    },
    async remove(id) {
      const result = await db
        .deleteFrom("plan_entries")
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async mealsOf(ownerId, { from, to }, scope) {
      const rows = await db
        .selectFrom("plan_entries")
        .innerJoin("recipes", "recipes.id", "plan_entries.recipe_id")
        .selectAll("plan_entries")
        .select(["recipes.slug", "recipes.title"])
        .where("plan_entries.owner_id", "=", Number(ownerId))
        .where("plan_entries.day", ">=", from)
        .where("plan_entries.day", "<=", to)
        .where(visibleIn(scope, "recipes"))
        .orderBy("plan_entries.day")
        .orderBy(mealOrder)
        .orderBy("plan_entries.position")
        .orderBy("plan_entries.id")
        .execute();
      return rows.map((row) => ({ ...toEntry(row), recipe: { slug: row.slug, title: row.title } }));
    },
    async setFeedToken(ownerId, tokenHash, now) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("plan_feeds").where("owner_id", "=", Number(ownerId)).execute();
        if (tokenHash === null) return;
        await trx
          .insertInto("plan_feeds")
          .values({
            owner_id: Number(ownerId),
            token_hash: tokenHash,
            created_at: now.toISOString(),
          })
          .execute();
      });
    },
    async findFeedOwner(tokenHash) {
      const row = await db
        .selectFrom("plan_feeds")
        .select("owner_id")
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row ? String(row.owner_id) : undefined;
    },
    async feedCreatedAt(ownerId) {
      const row = await db
        .selectFrom("plan_feeds")
        .select("created_at")
        .where("owner_id", "=", Number(ownerId))
        .executeTakeFirst();
      return row ? new Date(row.created_at) : undefined;
    },
  };
}
