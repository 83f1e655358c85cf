import type { RecipeRatings } from "../../app/rate-recipe.js";

export interface RecipeRatingsProps extends RecipeRatings {
  readonly slug: string;
  /** The token the rating and moderation forms send, for signed-in viewers. */
  readonly csrfToken?: string;
}

const stars = (n: number) => "★".repeat(n) + "☆".repeat(5 - n);

/** Readers' ratings and comments, a form to add one, and hide/show buttons for keepers. */
export function RecipeRatingsSection(props: RecipeRatingsProps) {
  const { summary, ratings, slug, csrfToken, mayModerate, mayRate } = props;
  const rateWith = mayRate ? csrfToken : undefined;
  const base = `/recipes/${encodeURIComponent(slug)}`;
  if (ratings.length === 0 && !rateWith) return null;
  return (
    <section id="ratings" class="ratings no-print">
      <h2>Ratings</h2>
      {summary.count > 0 ? (
        <p class="lede">
          {summary.average.toFixed(1)} out of 5 from {summary.count}{" "}
          {summary.count === 1 ? "rating" : "ratings"}
        </p>
      ) : (
        <p class="lede">No ratings yet.</p>
      )}
      <ul class="plain comments">
        {ratings.map((r) => (
          <li class={r.hidden ? "hidden-rating" : undefined}>
            <span aria-hidden="true">{stars(r.stars)}</span>
            <span class="skip">{r.stars} out of 5</span> <strong>{r.userName}</strong>
            {r.hidden && <em> (hidden)</em>}
            {r.comment && <p>{r.comment}</p>}
            {mayModerate && csrfToken && (
              <form method="post" action={`${base}/ratings/${r.userId}/moderation`} class="inline">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <input type="hidden" name="hidden" value={r.hidden ? "0" : "1"} />
                <button type="submit">{r.hidden ? "Show" : "Hide"}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {rateWith && (
        <form method="post" action={`${base}/rating`} class="stack">
          <input type="hidden" name="_csrf" value={rateWith} />
          <label>
            Stars{" "}
            <select name="stars">
              {[5, 4, 3, 2, 1].map((n) => (
                <option value={String(n)}>{n}</option>
              ))}
            </select>
          </label>
          <label>
            Comment (optional) <textarea name="comment" maxlength={2000} rows={3} />
          </label>
          <button type="submit">Rate</button>
        </form>
      )}
    </section>
  );
}
