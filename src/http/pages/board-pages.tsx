import type { Board } from "../../app/account-ports.js";
import type { RecipeSummary } from "../../app/ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { Layout } from "./layout.js";

export function BoardsPage(props: {
  readonly boards: readonly Board[];
  readonly csrfToken: string;
  readonly stylesheetHref: string;
}) {
  return (
    <Layout title="Your boards — Claypot" stylesheetHref={props.stylesheetHref}>
      <h1>Your boards</h1>
      {props.boards.length === 0 && <p class="lede">No boards yet: pin a recipe to start one.</p>}
      <ul class="recipe-list">
        {props.boards.map((b) => (
          <li>
            <a href={`/boards/${b.id}`}>{b.name}</a>
            <p class="muted">{b.visibility}</p>
          </li>
        ))}
      </ul>
      <form method="post" action="/boards" class="stack">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label>
          New board <input type="text" name="name" required maxlength={100} />
        </label>
        <label>
          <input type="checkbox" name="public" value="on" /> Public
        </label>
        <button type="submit">Make board</button>
      </form>
    </Layout>
  );
}

export function BoardPage(props: {
  readonly board: Board;
  readonly pins: readonly RecipeSummary[];
  /** Present when the viewer may change the board: the token its forms send. */
  readonly csrfToken?: string;
  readonly stylesheetHref: string;
}) {
  const { board, csrfToken } = props;
  return (
    <Layout title={`${board.name} — Claypot`} stylesheetHref={props.stylesheetHref}>
      <h1>{board.name}</h1>
      <p class="muted">{board.visibility === "public" ? "Public board" : "Private board"}</p>
      {props.pins.length === 0 && <p class="lede">Nothing pinned here yet.</p>}
      <ol class="recipe-list pins">
        {props.pins.map((r) => (
          <li>
            <a href={recipePageUrl("", r.slug)}>{r.title}</a>
            {r.summary && <p class="muted">{r.summary}</p>}
            {csrfToken && <PinActions boardId={board.id} slug={r.slug} csrfToken={csrfToken} />}
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** Unpin and move up/down: plain forms, one button each. */
function PinActions(props: { boardId: string; slug: string; csrfToken: string }) {
  const base = `/boards/${props.boardId}/pins/${encodeURIComponent(props.slug)}`;
  const hidden = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  return (
    <p class="pin-actions">
      {(["up", "down"] as const).map((direction) => (
        <form method="post" action={`${base}/move`} class="inline">
          {hidden}
          <input type="hidden" name="direction" value={direction} />
          <button type="submit">{direction === "up" ? "Move up" : "Move down"}</button>
        </form>
      ))}{" "}
      <form method="post" action={`${base}/remove`} class="inline">
        {hidden}
        <button type="submit">Unpin</button>
      </form>
    </p>
  );
}
