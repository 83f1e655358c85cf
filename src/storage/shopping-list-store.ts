import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type {
  ShoppingList,
  ShoppingListItem,
  ShoppingListStore,
} from "../app/shopping-list-ports.js";
import { AISLES } from "../domain/aisles.js";
import type { ShoppingAmount } from "../domain/merge-amounts.js";
import { QuantitySchema } from "../domain/quantity.js";
import type { ShoppingEntry } from "../domain/shopping-entries.js";
import type { Database, ShoppingListItemsTable, ShoppingListsTable } from "./database.js";

const AmountsColumn = z.array(
  z.object({ quantity: QuantitySchema.optional(), unit: z.string().optional() }),
);
const RecipeIdsColumn = z.array(z.string());
const AisleColumn = z.enum(AISLES).catch("other");

const toId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : -1);

const toList = (row: Selectable<ShoppingListsTable>): ShoppingList => ({
  id: String(row.id),
  ownerId: String(row.owner_id),
  name: row.name,
  ...(row.share_token !== null && { shareToken: row.share_token }),
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

/** JSON columns are read through zod: a row another version wrote cannot smuggle a bad shape. */
function toItem(row: Selectable<ShoppingListItemsTable>): ShoppingListItem {
  const amounts: ShoppingAmount[] = AmountsColumn.parse(JSON.parse(row.amounts)).map((a) => ({
    ...(a.quantity && { quantity: a.quantity }),
    ...(a.unit !== undefined && { unit: a.unit }),
  }));
  return {
    id: String(row.id),
    foodKey: row.food_key,
    food: row.food,
    amounts,
    aisle: AisleColumn.parse(row.aisle),
    checked: row.checked === 1,
    recipeIds: RecipeIdsColumn.parse(JSON.parse(row.recipe_ids)),
    position: row.position,
  };
}

const columnsOf = (entry: ShoppingEntry) => ({
  food_key: entry.foodKey,
  food: entry.food,
  amounts: JSON.stringify(entry.amounts),
  aisle: entry.aisle,
  checked: entry.checked ? 1 : 0,
  recipe_ids: JSON.stringify(entry.recipeIds),
});

async function readItems(db: Kysely<Database>, listId: string): Promise<ShoppingListItem[]> {
  const rows = await db
    .selectFrom("shopping_list_items")
    .selectAll()
    .where("list_id", "=", toId(listId))
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map(toItem);
}

export function createShoppingListStore(db: Kysely<Database>): ShoppingListStore {
  const touch = (trx: Kysely<Database>, listId: string, now: Date) =>
    trx
      .updateTable("shopping_lists")
      .set({ updated_at: now.toISOString() })
      .where("id", "=", toId(listId))
      .executeTakeFirst();
  return {
    async create({ ownerId, name, now }) {
      const at = now.toISOString();
      const row = await db
        .insertInto("shopping_lists")
        .values({ owner_id: Number(ownerId), name, created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toList(row);
    },
    async find(id) {
      const row = await db
        .selectFrom("shopping_lists")
        .selectAll()
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return row ? toList(row) : undefined;
    },
    async findByShareToken(token) {
      const row = await db
        .selectFrom("shopping_lists")
        .selectAll()
        .where("share_token", "=", token)
        .executeTakeFirst();
      return row ? toList(row) : undefined;
    },
    async listOf(ownerId) {
      const rows = await db
        .selectFrom("shopping_lists")
        .selectAll()
        .where("owner_id", "=", Number(ownerId))
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .execute();
      return rows.map(toList);
    },
    async rename(id, name, now) {
      await db
        .updateTable("shopping_lists")
        .set({ name, updated_at: now.toISOString() })
        .where("id", "=", toId(id))
        .execute();
    },
    async delete(id) {
      const result = await db
        .deleteFrom("shopping_lists")
        .where("id", "=", toId(id))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async setShareToken(id, token, now) {
      await db
        .updateTable("shopping_lists")
        .set({ share_token: token, updated_at: now.toISOString() })
        .where("id", "=", toId(id))
        .execute();
    },
    itemsOf: (listId) => readItems(db, listId),
    async changeItems(listId, change, now) {
      return db.transaction().execute(async (trx) => {
        // Touching the list first locks its row (PostgreSQL): a second change waits its turn.
        const touched = await touch(trx, listId, now);
        if (Number(touched.numUpdatedRows) === 0) return [];
        const items = await readItems(trx, listId);
        const byId = new Map(items.map((item) => [item.id, item]));
        let position = items.reduce((max, item) => Math.max(max, item.position), 0);
        const at = now.toISOString();
        for (const entry of change(items)) {
          const before = entry.id === undefined ? undefined : byId.get(entry.id);
          if (before === entry) continue;
          if (before) {
            await trx
              .updateTable("shopping_list_items")
              .set({ ...columnsOf(entry), updated_at: at })
              .where("id", "=", toId(before.id))
              .execute();
            continue;
          }
          await trx
            .insertInto("shopping_list_items")
            .values({
              ...columnsOf(entry),
              list_id: toId(listId),
              position: ++position,
              created_at: at,
              updated_at: at,
            })
            .execute();
        }
        return readItems(trx, listId);
      });
    },
    async setChecked(listId, itemId, checked, now) {
      const result = await db
        .updateTable("shopping_list_items")
        .set({ checked: checked ? 1 : 0, updated_at: now.toISOString() })
        .where("list_id", "=", toId(listId))
        .where("id", "=", toId(itemId))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await touch(db, listId, now);
      return true;
    },
    async setItemOrder(listId, itemIds, now) {
      await db.transaction().execute(async (trx) => {
        await touch(trx, listId, now);
        for (const [i, itemId] of itemIds.entries()) {
          await trx
            .updateTable("shopping_list_items")
            .set({ position: i + 1 })
            .where("list_id", "=", toId(listId))
            .where("id", "=", toId(itemId))
            .execute();
        }
      });
    },
    async removeChecked(listId, now) {
      const result = await db
        .deleteFrom("shopping_list_items")
        .where("list_id", "=", toId(listId))
        .where("checked", "=", 1)
        .executeTakeFirst();
      await touch(db, listId, now);
      return Number(result.numDeletedRows);
    },
  };
}
