import { Hono } from "hono";
import { z } from "zod";
import {
  createList,
  deleteList,
  getList,
  getSharedList,
  listMyLists,
  renameList,
  setListSharing,
} from "../../app/manage-shopping-lists.js";
import type { ShoppingList, ShoppingListItem } from "../../app/shopping-list-ports.js";
import {
  addItemToList,
  addRecipesToList,
  checkItem,
  MAX_RECIPES_AT_ONCE,
  moveItem,
  removeCheckedItems,
} from "../../app/shopping-lists.js";
import { formatAmounts } from "../../domain/merge-amounts.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";
import { listShareUrlOf } from "./list-pages.js";
import { originOf } from "./sharing-api.js";

const Name = z.strictObject({ name: z.string().min(1).max(100) });
const Recipes = z.strictObject({
  items: z
    .array(
      z.strictObject({
        slug: z.string().min(1).max(200),
        servings: z.number().positive().max(1000).optional(),
        swaps: z.array(z.string().max(200)).max(50).optional(),
      }),
    )
    .min(1)
    .max(MAX_RECIPES_AT_ONCE),
});
const Item = z.strictObject({ text: z.string().min(1).max(200) });
const Checked = z.strictObject({ checked: z.boolean() });
const Place = z.strictObject({ position: z.number().int().min(1).max(100_000) });

/** A list as the API shows it; the share token only to whoever may change the list. */
const listJson = (list: ShoppingList, mayChange: boolean) => {
  const { shareToken, ...rest } = list;
  return mayChange && shareToken !== undefined ? { ...rest, shareToken } : rest;
};
const itemJson = (item: ShoppingListItem) => ({ ...item, text: formatAmounts(item.amounts) });

export function listsApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const lists = await listMyLists(deps, c.get("viewer"));
    if (!lists.ok) return problem(c, lists.issues);
    return c.json({
      items: lists.value.mine.map((l) => listJson(l, true)),
      household: lists.value.household.map((l) => listJson(l, false)),
    });
  });

  api.post("/", async (c) => {
    const body = await readJson(c, Name);
    if (!body.ok) return problem(c, body.issues);
    const list = await createList(deps, c.get("viewer"), body.value);
    return list.ok ? c.json(listJson(list.value, true), 201) : problem(c, list.issues);
  });

  api.get("/shared/:token", async (c) => {
    const found = await getSharedList(deps, c.get("viewer"), c.req.param("token"));
    if (!found.ok) return problem(c, found.issues);
    c.header("Cache-Control", "private, no-store");
    return c.json({ ...listJson(found.value.list, false), items: found.value.items.map(itemJson) });
  });

  api.get("/:id", async (c) => {
    const found = await getList(deps, c.get("viewer"), c.req.param("id"));
    if (!found.ok) return problem(c, found.issues);
    const { list, items, mayChange } = found.value;
    return c.json({ ...listJson(list, mayChange), mayChange, items: items.map(itemJson) });
  });

  api.patch("/:id", async (c) => {
    const body = await readJson(c, Name);
    if (!body.ok) return problem(c, body.issues);
    const list = await renameList(deps, c.get("viewer"), c.req.param("id"), body.value);
    return list.ok ? c.json(listJson(list.value, true)) : problem(c, list.issues);
  });

  api.delete("/:id", async (c) => {
    const done = await deleteList(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  api.post("/:id/recipes", async (c) => {
    const body = await readJson(c, Recipes);
    if (!body.ok) return problem(c, body.issues);
    const done = await addRecipesToList(
      deps,
      c.get("viewer"),
      c.req.param("id"),
      body.value.items.map(({ slug, servings, swaps }) => ({
        slug,
        ...(servings !== undefined && { servings }),
        ...(swaps !== undefined && { swaps }),
      })),
    );
    if (!done.ok) return problem(c, done.issues);
    return c.json({ items: done.value.items.map(itemJson), warnings: done.issues });
  });

  api.post("/:id/items", async (c) => {
    const body = await readJson(c, Item);
    if (!body.ok) return problem(c, body.issues);
    const done = await addItemToList(deps, c.get("viewer"), c.req.param("id"), body.value.text);
    return done.ok
      ? c.json({ items: done.value.items.map(itemJson) }, 201)
      : problem(c, done.issues);
  });

  api.put("/:id/items/:itemId/checked", async (c) => {
    const body = await readJson(c, Checked);
    if (!body.ok) return problem(c, body.issues);
    const { id, itemId } = c.req.param();
    const done = await checkItem(deps, c.get("viewer"), id, itemId, body.value.checked);
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  api.put("/:id/items/:itemId/position", async (c) => {
    const body = await readJson(c, Place);
    if (!body.ok) return problem(c, body.issues);
    const { id, itemId } = c.req.param();
    const done = await moveItem(deps, c.get("viewer"), id, itemId, body.value);
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  api.delete("/:id/checked", async (c) => {
    const done = await removeCheckedItems(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? c.json({ removed: done.value.removed }) : problem(c, done.issues);
  });

  api.post("/:id/share-link", async (c) => {
    const done = await setListSharing(deps, c.get("viewer"), c.req.param("id"), true);
    if (!done.ok) return problem(c, done.issues);
    const origin = originOf(c.req.url, deps.publicUrl);
    return c.json({ shareUrl: listShareUrlOf(origin, done.value.shareToken ?? "") }, 201);
  });

  api.delete("/:id/share-link", async (c) => {
    const done = await setListSharing(deps, c.get("viewer"), c.req.param("id"), false);
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}
