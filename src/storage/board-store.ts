import { type Kysely, type Selectable, sql } from "kysely";
import type { Board, BoardStore } from "../app/account-ports.js";
import type { BoardsTable, Database } from "./database.js";
import { visibleIn } from "./recipe-scope.js";
import { toSummary } from "./recipe-search.js";

const toBoard = (row: Selectable<BoardsTable>): Board => ({
  id: String(row.id),
  ownerId: String(row.owner_id),
  name: row.name,
  visibility: row.visibility === "public" ? "public" : "private",
  createdAt: new Date(row.created_at),
});

const toId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : -1);

export function createBoardStore(db: Kysely<Database>): BoardStore {
  return {
    async create({ ownerId, name, visibility, now }) {
      const row = await db
        .insertInto("boards")
        .values({ owner_id: Number(ownerId), name, visibility, created_at: now.toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toBoard(row);
    },
    async find(id) {
      const row = await db
        .selectFrom("boards")
        .selectAll()
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return row ? toBoard(row) : undefined;
    },
    async listOf(ownerId, visibility) {
      let query = db
        .selectFrom("boards")
        .selectAll()
        .where("owner_id", "=", Number(ownerId))
        .orderBy("id");
      if (visibility !== undefined) query = query.where("visibility", "=", visibility);
      return (await query.execute()).map(toBoard);
    },
    async pin(boardId, recipeId, now) {
      // The position is computed in the INSERT itself, so two pins at once still get an order;
      // SQLite needs the WHERE to read the ON CONFLICT after a SELECT.
      await sql`insert into pins (board_id, recipe_id, position, created_at)
        select ${toId(boardId)}, ${toId(recipeId)},
          coalesce((select max(position) from pins where board_id = ${toId(boardId)}), 0) + 1,
          ${now.toISOString()}
        where 1 = 1
        on conflict (board_id, recipe_id) do nothing`.execute(db);
    },
    async unpin(boardId, recipeId) {
      const result = await db
        .deleteFrom("pins")
        .where("board_id", "=", toId(boardId))
        .where("recipe_id", "=", toId(recipeId))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async pinOrder(boardId) {
      const rows = await db
        .selectFrom("pins")
        .select("recipe_id")
        .where("board_id", "=", toId(boardId))
        .orderBy("position")
        .execute();
      return rows.map((r) => String(r.recipe_id));
    },
    async setPinOrder(boardId, recipeIds) {
      await db.transaction().execute(async (trx) => {
        for (const [i, recipeId] of recipeIds.entries()) {
          await trx
            .updateTable("pins")
            .set({ position: i + 1 })
            .where("board_id", "=", toId(boardId))
            .where("recipe_id", "=", toId(recipeId))
            .execute();
        }
      });
    },
    async pinsOf(boardId, scope) {
      const rows = await db
        .selectFrom("pins")
        .innerJoin("recipes", "recipes.id", "pins.recipe_id")
        .select([
          "recipes.id",
          "recipes.slug",
          "recipes.title",
          "recipes.summary",
          "recipes.created_at",
        ])
        .where("pins.board_id", "=", toId(boardId))
        .where(visibleIn(scope, "recipes"))
        .orderBy("pins.position")
        .execute();
      return rows.map(toSummary);
    },
  };
}
