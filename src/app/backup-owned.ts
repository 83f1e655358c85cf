import type { AccountStores, Board } from "./account-ports.js";
import {
  addNote,
  type BoardLine,
  type ListLine,
  type PlanLine,
  type RecipeRef,
  type RestoreSummary,
} from "./backup-format.js";
import type { ShoppingList } from "./shopping-list-ports.js";

export type OwnedStores = Pick<AccountStores, "boards" | "shoppingLists" | "plans">;

/** A backup's reference → the stored recipe the new owner gets, or undefined to leave it out. */
export type ResolveRecipe = (ref: RecipeRef, ownerId: string) => Promise<string | undefined>;

const EVERY_DAY = { from: "0000-01-01", to: "9999-12-31" } as const;

/** Restores boards, shopping lists and meal plans. A rerun must add nothing, yet an owner may
 *  have two boards of one name or the same dinner twice: what the owner had before the restore
 *  is matched one for one (the second "Weeknights" of the file to the second one here), and only
 *  what is left over is made. Pins are idempotent, so a matched board gets the missing ones. */
export function createOwnedRestorer(
  stores: OwnedStores,
  resolve: ResolveRecipe,
  summary: RestoreSummary,
) {
  const boardPools = new Map<string, Map<string, Board[]>>();
  const listPools = new Map<string, Map<string, ShoppingList[]>>();
  const planPools = new Map<string, Map<string, number>>();

  const pooled = async <T extends { name: string }>(
    pools: Map<string, Map<string, T[]>>,
    ownerId: string,
    load: () => Promise<T[]>,
  ) => {
    let pool = pools.get(ownerId);
    if (!pool) {
      pool = new Map();
      for (const thing of await load())
        pool.set(thing.name, [...(pool.get(thing.name) ?? []), thing]);
      pools.set(ownerId, pool);
    }
    return pool;
  };

  return {
    async board(line: BoardLine, ownerId: string) {
      const pool = await pooled(boardPools, ownerId, () => stores.boards.listOf(ownerId));
      const at = new Date(line.createdAt);
      let board = pool.get(line.name)?.shift();
      if (board) summary.skipped.board++;
      else {
        board = await stores.boards.create({
          ownerId,
          name: line.name,
          visibility: line.visibility,
          now: at,
        });
        summary.restored.board++;
      }
      for (const pin of line.pins) {
        const recipeId = await resolve(pin, ownerId);
        if (recipeId === undefined) {
          summary.dropped++;
          addNote(summary, `board "${line.name}": ${pin.slug} left out (not yours to see here)`);
          continue;
        }
        await stores.boards.pin(board.id, recipeId, at);
      }
    },

    async list(
      line: ListLine,
      ownerId: string,
      recipeOf: (backupId: string) => string | undefined,
    ) {
      const pool = await pooled(listPools, ownerId, () => stores.shoppingLists.listOf(ownerId));
      const matched = pool.get(line.name)?.shift();
      const lists = stores.shoppingLists;
      // A list made by a restore cut short before its items: they come now.
      if (matched && (line.items.length === 0 || (await lists.itemsOf(matched.id)).length > 0)) {
        summary.skipped.list++;
        return;
      }
      const list =
        matched ??
        (await lists.create({ ownerId, name: line.name, now: new Date(line.createdAt) }));
      const entries = line.items.map((item) => {
        const recipeIds = item.recipes.flatMap((id) => recipeOf(id) ?? []);
        summary.dropped += item.recipes.length - recipeIds.length;
        return {
          foodKey: item.foodKey,
          food: item.food,
          amounts: item.amounts.map((a) => ({
            ...(a.quantity && { quantity: a.quantity }),
            ...(a.unit !== undefined && { unit: a.unit }),
          })),
          aisle: item.aisle,
          checked: item.checked,
          recipeIds,
        };
      });
      const updatedAt = new Date(line.updatedAt);
      await lists.changeItems(list.id, () => entries, updatedAt);
      if (line.shareToken !== undefined && !(await lists.findByShareToken(line.shareToken))) {
        await lists.setShareToken(list.id, line.shareToken, updatedAt);
      }
      summary.restored.list++;
    },

    async plan(line: PlanLine, ownerId: string) {
      const recipeId = await resolve(line.recipe, ownerId);
      if (recipeId === undefined) {
        summary.dropped++;
        addNote(
          summary,
          `meal plan ${line.date}: ${line.recipe.slug} left out (not yours to see here)`,
        );
        return;
      }
      let pool = planPools.get(ownerId);
      if (!pool) {
        pool = new Map();
        for (const m of await stores.plans.mealsOf(ownerId, EVERY_DAY, { kind: "all" })) {
          const key = `${m.date}|${m.meal}|${m.recipeId}`;
          pool.set(key, (pool.get(key) ?? 0) + 1);
        }
        planPools.set(ownerId, pool);
      }
      const key = `${line.date}|${line.meal}|${recipeId}`;
      const left = pool.get(key) ?? 0;
      if (left > 0) {
        pool.set(key, left - 1);
        summary.skipped.plan++;
        return;
      }
      await stores.plans.add({
        ownerId,
        date: line.date,
        meal: line.meal,
        recipeId,
        ...(line.servings !== undefined && { servings: line.servings }),
        ...(line.note !== undefined && { note: line.note }),
        now: new Date(line.createdAt),
      });
      summary.restored.plan++;
    },
  };
}

export type OwnedRestorer = ReturnType<typeof createOwnedRestorer>;
