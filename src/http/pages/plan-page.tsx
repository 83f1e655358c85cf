import type { Child } from "hono/jsx";
import type { PlanWeek } from "../../app/manage-meal-plan.js";
import { MEALS, type Meal, type PlannedMeal } from "../../app/plan-ports.js";
import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { Layout } from "./layout.js";

export interface PlanPageProps {
  readonly plan: PlanWeek;
  /** Whose plan this is, when it is not the viewer's own. */
  readonly ownerName?: string;
  /** Plans of households shared with the viewer, to switch to. */
  readonly households: readonly { readonly ownerId: string; readonly name: string }[];
  readonly csrfToken: string;
  /** The viewer's own plan only: their calendar feed, and its address when just made. */
  readonly feed?: { readonly madeAt?: Date; readonly url?: string };
  /** The week's shopping list form: the viewer's lists to add to (own plan, when lists exist). */
  readonly shoppingLists?: readonly { readonly id: string; readonly name: string }[];
  readonly stylesheetHref: string;
}

const MEAL_NAMES: Record<Meal, string> = {
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snack: "Snack",
};

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00.000Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

/** The address of a week of a plan: the viewer's own unless `ownerId` names a household's. */
export const planHref = (week: string, ownerId?: string) =>
  `/plan?week=${week}${ownerId ? `&owner=${encodeURIComponent(ownerId)}` : ""}`;

/** The week view: seven days by four meals, every change a plain form (no JavaScript needed). */
export function PlanPage(props: PlanPageProps) {
  const { plan, ownerName, csrfToken } = props;
  const other = ownerName === undefined ? undefined : plan.ownerId;
  const [year, week] = plan.week.split("-W");
  const hidden = <input type="hidden" name="_csrf" value={csrfToken} />;
  return (
    <Layout title={`Meal plan, week ${week} — Claypot`} stylesheetHref={props.stylesheetHref}>
      <h1>{ownerName ? `${ownerName}'s meal plan` : "Your meal plan"}</h1>
      <nav class="plan-weeks" aria-label="Weeks">
        <a href={planHref(plan.previous, other)} rel="prev">
          ← Previous week
        </a>{" "}
        <strong>
          Week {Number(week)}, {year}
        </strong>{" "}
        <a href={planHref(plan.next, other)} rel="next">
          Next week →
        </a>
      </nav>
      {props.households.length > 0 && (
        <p class="muted">
          Plans shared with you: <a href={planHref(plan.week)}>yours</a>
          {props.households.map((h) => (
            <>
              {" · "}
              <a href={planHref(plan.week, h.ownerId)}>{h.name}</a>
            </>
          ))}
        </p>
      )}
      <div class="plan-scroll">
        <table class="plan-week">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {MEALS.map((meal) => (
                <th scope="col">{MEAL_NAMES[meal]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.days.map((day) => (
              <tr data-day={day}>
                <th scope="row">{dayLabel(day)}</th>
                {MEALS.map((meal) => (
                  <td data-meal={meal}>
                    <ul class="plan-meals">
                      {plan.meals
                        .filter((m) => m.date === day && m.meal === meal)
                        .map((m) => (
                          <PlannedItem meal={m} {...(plan.mayChange && { hidden })} />
                        ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.mayChange && <AddForm plan={plan} hidden={hidden} />}
      {props.shoppingLists && (
        <form method="post" action="/plan/shopping-list" class="stack">
          {hidden}
          <input type="hidden" name="week" value={plan.week} />
          <h2>Shopping list for this week</h2>
          <label>
            Add the week's recipes to{" "}
            <select name="list">
              <option value="new">a new list…</option>
              {props.shoppingLists.map((l) => (
                <option value={l.id}>{l.name}</option>
              ))}
            </select>
          </label>
          <button type="submit">Make the shopping list</button>
        </form>
      )}
      {props.feed && <FeedSection feed={props.feed} hidden={hidden} />}
    </Layout>
  );
}

function PlannedItem(props: { meal: PlannedMeal; hidden?: Child }) {
  const { meal } = props;
  const page = recipePageUrl("", meal.recipe.slug);
  const base = `/plan/entries/${meal.id}`;
  return (
    <li class="plan-entry">
      <a href={meal.servings ? `${page}?servings=${meal.servings}` : page}>{meal.recipe.title}</a>
      {meal.servings && <span class="muted"> · {meal.servings} servings</span>}
      {meal.note && <p class="muted">{meal.note}</p>}
      {props.hidden !== undefined && (
        <details>
          <summary>Change</summary>
          <form method="post" action={`${base}/move`} class="stack">
            {props.hidden}
            <label>
              Day <input type="date" name="date" value={meal.date} required />
            </label>
            <MealSelect selected={meal.meal} />
            <label>
              Servings{" "}
              <input type="number" name="servings" min={1} max={100} value={meal.servings ?? ""} />
            </label>
            <button type="submit">Save</button>
          </form>
          <form method="post" action={`${base}/remove`} class="inline">
            {props.hidden}
            <button type="submit">Remove</button>
          </form>
        </details>
      )}
    </li>
  );
}

export function MealSelect(props: { selected?: Meal; label?: string }) {
  return (
    <label>
      {props.label ?? "Meal"}{" "}
      <select name="meal">
        {MEALS.map((meal) => (
          <option value={meal} selected={meal === (props.selected ?? "dinner")}>
            {MEAL_NAMES[meal]}
          </option>
        ))}
      </select>
    </label>
  );
}

function AddForm(props: { plan: PlanWeek; hidden: Child }) {
  const { plan } = props;
  return (
    <form method="post" action="/plan/entries" class="stack plan-add">
      {props.hidden}
      <input type="hidden" name="owner" value={plan.ownerId} />
      <h2>Add a recipe</h2>
      <label>
        Recipe (its address or slug) <input type="text" name="slug" required maxlength={500} />
      </label>
      <label>
        Day{" "}
        <select name="date">
          {plan.days.map((day) => (
            <option value={day}>{dayLabel(day)}</option>
          ))}
        </select>
      </label>
      <MealSelect />
      <label>
        Servings <input type="number" name="servings" min={1} max={100} />
      </label>
      <label>
        Note <input type="text" name="note" maxlength={500} />
      </label>
      <button type="submit">Add to the plan</button>
    </form>
  );
}

function FeedSection(props: { feed: { madeAt?: Date; url?: string }; hidden: Child }) {
  const { feed } = props;
  return (
    <section class="plan-feed">
      <h2>Calendar feed</h2>
      {feed.url ? (
        <p>
          Subscribe to this address in your calendar app. It is shown only now: keep it private, as
          anyone with it can read your plan.{" "}
          <input type="text" readonly value={feed.url} class="feed-url" aria-label="Feed address" />
        </p>
      ) : feed.madeAt ? (
        <p class="muted">Your feed address was made on {feed.madeAt.toISOString().slice(0, 10)}.</p>
      ) : (
        <p class="muted">Follow your plan in any calendar app with a secret address.</p>
      )}
      <form method="post" action="/plan/feed" class="inline">
        {props.hidden}
        <button type="submit">
          {feed.madeAt || feed.url
            ? "Make a new address (the old one stops)"
            : "Make a feed address"}
        </button>
      </form>{" "}
      {(feed.madeAt || feed.url) && (
        <form method="post" action="/plan/feed/revoke" class="inline">
          {props.hidden}
          <button type="submit">Turn the feed off</button>
        </form>
      )}
    </section>
  );
}
