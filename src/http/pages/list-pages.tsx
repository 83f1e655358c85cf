import type { ShoppingList, ShoppingListItem } from "../../app/shopping-list-ports.js";
import { formatAmounts } from "../../domain/merge-amounts.js";
import { groupByAisle } from "../../domain/shopping-entries.js";
import { Layout } from "./layout.js";

export function ListsPage(props: {
  readonly mine: readonly ShoppingList[];
  readonly household: readonly ShoppingList[];
  readonly csrfToken: string;
  readonly stylesheetHref: string;
}) {
  const links = (lists: readonly ShoppingList[]) => (
    <ul class="recipe-list">
      {lists.map((l) => (
        <li>
          <a href={`/lists/${l.id}`}>{l.name}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <Layout title="Your shopping lists — Claypot" stylesheetHref={props.stylesheetHref}>
      <h1>Your shopping lists</h1>
      {props.mine.length === 0 && (
        <p class="lede">No lists yet: add a recipe to one from its page, or start one here.</p>
      )}
      {links(props.mine)}
      {props.household.length > 0 && (
        <>
          <h2>Shared by your household</h2>
          {links(props.household)}
        </>
      )}
      <form method="post" action="/lists" class="stack">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label>
          New list <input type="text" name="name" required maxlength={100} />
        </label>
        <button type="submit">Make list</button>
      </form>
    </Layout>
  );
}

export interface ListPageProps {
  readonly list: ShoppingList;
  readonly items: readonly ShoppingListItem[];
  readonly stylesheetHref: string;
  /** Present when the viewer may change the list: the token its forms send. */
  readonly csrfToken?: string;
  /** The read-only link, when the owner made one (shown to the owner only). */
  readonly shareUrl?: string;
}

/** A list by aisle; every change is a plain form, so it works without JavaScript. */
export function ListPage(props: ListPageProps) {
  const { list, csrfToken } = props;
  const base = `/lists/${list.id}`;
  const hidden = csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />;
  return (
    <Layout title={`${list.name} — Claypot`} stylesheetHref={props.stylesheetHref}>
      <h1>{list.name}</h1>
      {!csrfToken && <p class="muted">Read-only shopping list.</p>}
      {props.items.length === 0 && <p class="lede">Nothing on this list yet.</p>}
      {groupByAisle(props.items).map((group) => (
        <section class="aisle" data-aisle={group.aisle}>
          <h2>{group.aisle}</h2>
          <ul class="shopping-items">
            {group.entries.map((item) => (
              <li class={item.checked ? "item checked" : "item"} data-food={item.foodKey}>
                {csrfToken ? (
                  <ItemForms base={`${base}/items/${item.id}`} item={item} csrfToken={csrfToken} />
                ) : (
                  <ItemText item={item} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {csrfToken && (
        <section class="list-actions no-print">
          <form method="post" action={`${base}/items`} class="stack">
            {hidden}
            <label>
              Add an item <input type="text" name="text" required maxlength={200} />
            </label>
            <button type="submit">Add</button>
          </form>
          <form method="post" action={`${base}/clear`} class="inline">
            {hidden}
            <button type="submit">Remove checked items</button>
          </form>{" "}
          {props.shareUrl ? (
            <form method="post" action={`${base}/share-link/revoke`} class="inline">
              {hidden}
              Read-only link:{" "}
              <input type="text" readonly value={props.shareUrl} class="share-url" />{" "}
              <button type="submit">Revoke link</button>
            </form>
          ) : (
            <form method="post" action={`${base}/share-link`} class="inline">
              {hidden}
              <button type="submit">Make a read-only link</button>
            </form>
          )}
          <form method="post" action={`${base}/rename`} class="stack">
            {hidden}
            <label>
              Name <input type="text" name="name" required maxlength={100} value={list.name} />
            </label>
            <button type="submit">Rename</button>
          </form>
          <form method="post" action={`${base}/delete`} class="inline">
            {hidden}
            <button type="submit">Delete this list</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

function ItemText({ item }: { item: ShoppingListItem }) {
  const amount = formatAmounts(item.amounts);
  const text = (
    <>
      <span class="food">{item.food}</span>
      {amount && <span class="amount"> {amount}</span>}
    </>
  );
  return item.checked ? <s>{text}</s> : text;
}

/** The item is its own check-off button; move up/down within its aisle. */
function ItemForms(props: { base: string; item: ShoppingListItem; csrfToken: string }) {
  const { base, item } = props;
  const hidden = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  return (
    <>
      <form method="post" action={`${base}/check`} class="inline">
        {hidden}
        <input type="hidden" name="checked" value={item.checked ? "0" : "1"} />
        <button type="submit" class="check" aria-pressed={item.checked ? "true" : "false"}>
          {item.checked ? "☑" : "☐"} <ItemText item={item} />
        </button>
      </form>{" "}
      {(["up", "down"] as const).map((direction) => (
        <form method="post" action={`${base}/move`} class="inline">
          {hidden}
          <input type="hidden" name="direction" value={direction} />
          <button type="submit" aria-label={`Move ${item.food} ${direction}`}>
            {direction === "up" ? "↑" : "↓"}
          </button>
        </form>
      ))}
    </>
  );
}
