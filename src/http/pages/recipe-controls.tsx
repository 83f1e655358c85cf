import type { Board } from "../../app/account-ports.js";
import { VISIBILITIES, type Visibility } from "../../app/ports.js";
import { PlanItForm } from "./plan-it-form.js";

export interface RecipeControlsProps {
  readonly slug: string;
  readonly csrfToken: string;
  /** The viewer's boards, to pin to. */
  readonly boards: readonly Board[];
  /** Present when the viewer may change the recipe's visibility and share link. */
  readonly sharing?: { readonly visibility: Visibility; readonly shareUrl?: string };
}

const LABELS: Record<Visibility, string> = {
  private: "Private: only you and your household",
  unlisted: "Unlisted: whoever has the share link",
  public: "Public: everyone",
};

/** What a signed-in reader can do with a recipe: pin it, add it to a shopping list, and (its
 *  keepers) share it. */
export function RecipeControls({ slug, csrfToken, boards, sharing }: RecipeControlsProps) {
  const base = `/recipes/${encodeURIComponent(slug)}`;
  const hidden = <input type="hidden" name="_csrf" value={csrfToken} />;
  return (
    <aside class="controls no-print">
      <form method="post" action={`${base}/pin`} class="inline pin">
        {hidden}
        <label>
          Pin to{" "}
          <select name="board">
            {boards.map((b) => (
              <option value={b.id}>{b.name}</option>
            ))}
            <option value="new">a new board…</option>
          </select>
        </label>{" "}
        <label>
          New board name <input type="text" name="newBoard" maxlength={100} />
        </label>{" "}
        <button type="submit">Pin</button>
      </form>
      <form method="post" action={`${base}/add-to-list`} class="inline add-to-list">
        {hidden}
        <label>
          Servings on the list{" "}
          <input type="number" name="servings" min={1} max={1000} inputmode="numeric" />
        </label>{" "}
        <button type="submit">Add to list</button>
      </form>
      <PlanItForm slug={slug} hidden={hidden} />
      {sharing && (
        <>
          <a href={`${base}/edit`} class="edit">
            Edit this recipe
          </a>{" "}
          <form method="post" action={`${base}/visibility`} class="inline">
            {hidden}
            <label>
              Who sees it{" "}
              <select name="visibility">
                {VISIBILITIES.map((v) => (
                  <option value={v} selected={v === sharing.visibility}>
                    {LABELS[v]}
                  </option>
                ))}
              </select>
            </label>{" "}
            <button type="submit">Save</button>
          </form>
          {sharing.shareUrl ? (
            <form method="post" action={`${base}/share-link/revoke`} class="inline">
              {hidden}
              Share link: <input type="text" readonly value={sharing.shareUrl} class="share-url" />{" "}
              <button type="submit">Revoke link</button>
            </form>
          ) : (
            <form method="post" action={`${base}/share-link`} class="inline">
              {hidden}
              <button type="submit">Make a share link</button>
            </form>
          )}
        </>
      )}
    </aside>
  );
}
