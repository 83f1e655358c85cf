import type { ShoppingEntry } from "../domain/shopping-entries.js";

/** Ports of shopping lists, beside account-ports.ts. */

export interface ShoppingList {
  readonly id: string;
  readonly ownerId: string;
  readonly name: string;
  /** The secret of its read-only link, when it has one. */
  readonly shareToken?: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An entry as stored: it has its id and its place on the list (1-based). */
export interface ShoppingListItem extends ShoppingEntry {
  readonly id: string;
  readonly position: number;
}

/** Given a list's items in order, its new entries: the same object for an item left as it was,
 *  a changed copy (same id) for one changed, an entry without id for one to add at the end. */
export type ItemsChange = (items: readonly ShoppingListItem[]) => readonly ShoppingEntry[];

export interface ShoppingListStore {
  create(input: { ownerId: string; name: string; now: Date }): Promise<ShoppingList>;
  find(id: string): Promise<ShoppingList | undefined>;
  findByShareToken(token: string): Promise<ShoppingList | undefined>;
  /** The owner's lists, last changed first. */
  listOf(ownerId: string): Promise<ShoppingList[]>;
  rename(id: string, name: string, now: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** A new share secret, or null to revoke the link. */
  setShareToken(id: string, token: string | null, now: Date): Promise<void>;
  /** The list's items in list order. */
  itemsOf(listId: string): Promise<ShoppingListItem[]>;
  /** Reads the items and writes what `change` makes of them in one transaction that holds the
   *  list, so two additions at once both count. Returns the items after. */
  changeItems(listId: string, change: ItemsChange, now: Date): Promise<ShoppingListItem[]>;
  /** False when the list has no such item. */
  setChecked(listId: string, itemId: string, checked: boolean, now: Date): Promise<boolean>;
  /** Renumbers the list's items in this order (all of its items, each once). */
  setItemOrder(listId: string, itemIds: readonly string[], now: Date): Promise<void>;
  /** Removes the checked items; how many went. */
  removeChecked(listId: string, now: Date): Promise<number>;
}
