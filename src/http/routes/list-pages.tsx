import { type Context, Hono } from "hono";
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
import {
  addItemToList,
  addRecipeToMyList,
  checkItem,
  moveItem,
  removeCheckedItems,
} from "../../app/shopping-lists.js";
import type { Result } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { ListPage, ListsPage } from "../pages/list-pages.js";
import { readForm } from "../read-body.js";
import { renderIssues, renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { originOf } from "./sharing-api.js";

const NameForm = z.object({ name: z.string().max(100).default("") });
const ItemForm = z.object({ text: z.string().max(200).default("") });
const CheckForm = z.object({ checked: z.enum(["1", "0"]) });
const MoveForm = z.object({ direction: z.enum(["up", "down"]) });
const AddRecipeForm = z.object({
  servings: z.union([z.literal(""), z.coerce.number().int().min(1).max(1000)]).default(""),
  list: z.string().max(20).default(""),
});

export const listShareUrlOf = (origin: string, token: string) =>
  `${origin}/lists/shared/${encodeURIComponent(token)}`;

/** Shopping list pages: the lists, one list by aisle, its read-only link, and the recipe
 *  page's "Add to list". Every change is a form that answers with the list again. */
export function listPages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();
  const back = (c: Context<AppEnv>, done: Result<{ id: string } | { list: { id: string } }>) => {
    if (!done.ok) return renderIssues(c, deps, done.issues);
    const id = "list" in done.value ? done.value.list.id : done.value.id;
    return seeOther(c, `/lists/${id}`);
  };

  pages.get("/lists", async (c) => {
    const lists = await listMyLists(deps, c.get("viewer"));
    if (!lists.ok) return renderIssues(c, deps, lists.issues);
    return renderPage(
      c,
      deps.publicUrl,
      <ListsPage
        {...lists.value}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
      />,
    );
  });

  pages.post("/lists", async (c) => {
    const form = await readForm(c, NameForm);
    return back(c, form.ok ? await createList(deps, c.get("viewer"), form.value) : form);
  });

  pages.get("/lists/shared/:token", async (c) => {
    const found = await getSharedList(deps, c.get("viewer"), c.req.param("token"));
    if (!found.ok) return renderIssues(c, deps, found.issues);
    // A link's page stays out of search engines, caches and referrers.
    c.header("X-Robots-Tag", "noindex");
    c.header("Cache-Control", "private, no-store");
    return renderPage(
      c,
      deps.publicUrl,
      <ListPage {...found.value} stylesheetHref={deps.stylesheetHref} />,
    );
  });

  pages.get("/lists/:id", async (c) => {
    const found = await getList(deps, c.get("viewer"), c.req.param("id"));
    if (!found.ok) return renderIssues(c, deps, found.issues);
    const { list, items, mayChange } = found.value;
    c.header("Cache-Control", "private, no-store");
    return renderPage(
      c,
      deps.publicUrl,
      <ListPage
        list={list}
        items={items}
        stylesheetHref={deps.stylesheetHref}
        {...(mayChange && { csrfToken: csrfTokenFor(c, deps.publicUrl) })}
        {...(mayChange &&
          list.shareToken !== undefined && {
            shareUrl: listShareUrlOf(originOf(c.req.url, deps.publicUrl), list.shareToken),
          })}
      />,
    );
  });

  pages.post("/lists/:id/rename", async (c) => {
    const form = await readForm(c, NameForm);
    const id = c.req.param("id");
    return back(c, form.ok ? await renameList(deps, c.get("viewer"), id, form.value) : form);
  });

  pages.post("/lists/:id/delete", async (c) => {
    const done = await deleteList(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? seeOther(c, "/lists") : renderIssues(c, deps, done.issues);
  });

  pages.post("/lists/:id/items", async (c) => {
    const form = await readForm(c, ItemForm);
    const id = c.req.param("id");
    return back(
      c,
      form.ok ? await addItemToList(deps, c.get("viewer"), id, form.value.text) : form,
    );
  });

  pages.post("/lists/:id/items/:itemId/check", async (c) => {
    const form = await readForm(c, CheckForm);
    const { id, itemId } = c.req.param();
    const viewer = c.get("viewer");
    return back(
      c,
      form.ok ? await checkItem(deps, viewer, id, itemId, form.value.checked === "1") : form,
    );
  });

  pages.post("/lists/:id/items/:itemId/move", async (c) => {
    const form = await readForm(c, MoveForm);
    const { id, itemId } = c.req.param();
    const viewer = c.get("viewer");
    return back(c, form.ok ? await moveItem(deps, viewer, id, itemId, form.value.direction) : form);
  });

  pages.post("/lists/:id/clear", async (c) =>
    back(c, await removeCheckedItems(deps, c.get("viewer"), c.req.param("id"))),
  );

  pages.post("/lists/:id/share-link", async (c) =>
    back(c, await setListSharing(deps, c.get("viewer"), c.req.param("id"), true)),
  );

  pages.post("/lists/:id/share-link/revoke", async (c) =>
    back(c, await setListSharing(deps, c.get("viewer"), c.req.param("id"), false)),
  );

  // The recipe page's control: to the list chosen, else the one last changed, else a new one.
  pages.post("/recipes/:slug/add-to-list", async (c) => {
    const form = await readForm(c, AddRecipeForm);
    if (!form.ok) return renderIssues(c, deps, form.issues);
    const { servings, list } = form.value;
    const done = await addRecipeToMyList(deps, c.get("viewer"), {
      slug: c.req.param("slug"),
      ...(servings !== "" && { servings }),
      ...(list !== "" && { listId: list }),
    });
    return back(c, done);
  });

  return pages;
}
