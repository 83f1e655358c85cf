import { fail, type Issue, ok, type Result } from "../lib/result.js";
import { type PlanDeps, planWeek } from "./manage-meal-plan.js";
import { createList, type ShoppingListDeps } from "./manage-shopping-lists.js";
import type { Viewer } from "./recipe-access.js";
import type { ShoppingList } from "./shopping-list-ports.js";
import { addRecipesToList, MAX_RECIPES_AT_ONCE } from "./shopping-lists.js";

export interface WeekShoppingInput {
  readonly week: string;
  /** Whose plan: absent, the viewer's own. */
  readonly ownerId?: string;
  /** A list of the viewer's to add to; absent, a new list named after the week. */
  readonly listId?: string;
}

/** "Shopping list for this week": every recipe the viewer sees on the week's plan, each with its
 *  planned servings, added to a list (the same food merged, by the shopping list's own rules). */
export async function shopForWeek(
  deps: PlanDeps & ShoppingListDeps,
  viewer: Viewer,
  input: WeekShoppingInput,
): Promise<Result<{ list: ShoppingList; recipes: number }>> {
  const week = await planWeek(deps, viewer, {
    week: input.week,
    ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
  });
  if (!week.ok) return week;
  const wanted = week.value.meals.map((m) => ({
    slug: m.recipe.slug,
    ...(m.servings !== undefined && { servings: m.servings }),
  }));
  if (wanted.length === 0) return fail("BAD_REQUEST", "nothing is planned that week", ["week"]);
  const [year, number] = week.value.week.split("-W");
  const list =
    input.listId !== undefined
      ? ok({ id: input.listId })
      : await createList(deps, viewer, { name: `Week ${Number(number)}, ${year}` });
  if (!list.ok) return list;
  let added: ShoppingList | undefined;
  const notes: Issue[] = [];
  // A week can plan more recipes than one call takes; each batch merges into the same list.
  for (let i = 0; i < wanted.length; i += MAX_RECIPES_AT_ONCE) {
    const done = await addRecipesToList(
      deps,
      viewer,
      list.value.id,
      wanted.slice(i, i + MAX_RECIPES_AT_ONCE),
    );
    if (!done.ok) return done;
    added = done.value.list;
    notes.push(...done.issues.filter((n) => !notes.some((m) => m.code === n.code)));
  }
  return added
    ? ok({ list: added, recipes: wanted.length }, notes)
    : fail("BAD_REQUEST", "nothing added");
}
