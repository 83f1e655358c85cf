import type { Child } from "hono/jsx";
import { MealSelect } from "./plan-page.js";

/** "Plan it" on a recipe page: a day, a meal and how many to cook for, onto the reader's plan. */
export function PlanItForm(props: { readonly slug: string; readonly hidden: Child }) {
  return (
    <form method="post" action="/plan/entries" class="inline plan-it">
      {props.hidden}
      <input type="hidden" name="slug" value={props.slug} />
      <label>
        Plan on <input type="date" name="date" required />
      </label>{" "}
      <MealSelect />{" "}
      <label>
        People <input type="number" name="servings" min={1} max={100} inputmode="numeric" />
      </label>{" "}
      <button type="submit">Plan it</button>
    </form>
  );
}
