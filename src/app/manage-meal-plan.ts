import { addDays, dayOf, isoWeekOf, parseDay, weekStart } from "../lib/iso-week.js";
import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import { canChangePlan, canSeePlan } from "./plan-access.js";
import type { Meal, PlanEntry, PlannedMeal, PlanStore } from "./plan-ports.js";
import type { Clock, RecipeStore } from "./ports.js";
import { getRecipe } from "./read-recipes.js";
import { recipeScopeOf, type Viewer } from "./recipe-access.js";

export interface PlanDeps {
  readonly plans: PlanStore;
  readonly store: RecipeStore;
  readonly clock: Clock;
}

export const PlanIssueCode = {
  /** An entry, or a plan, the viewer may not see: its existence is not theirs to learn. */
  NotFound: "NOT_FOUND",
  BadRequest: "BAD_REQUEST",
} as const;

export const MAX_SERVINGS = 100;
export const MAX_NOTE = 500;

export interface PlanWeek {
  readonly ownerId: string;
  /** "2026-W48", with its neighbours for previous/next links. */
  readonly week: string;
  readonly previous: string;
  readonly next: string;
  /** Monday to Sunday. */
  readonly days: readonly string[];
  readonly meals: readonly PlannedMeal[];
  readonly mayChange: boolean;
}

export interface EntryInput {
  readonly date: string;
  readonly meal: Meal;
  readonly servings?: number;
  readonly note?: string;
}

/** The plan of `ownerId` (default: the viewer's own) when the viewer may see it. */
function planOwner(viewer: Viewer, ownerId: string | undefined, change: boolean): Result<string> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to plan meals");
  const owner = ownerId ?? viewer.user.id;
  if (!canSeePlan(viewer, owner)) return fail(PlanIssueCode.NotFound, "no such plan", ["owner"]);
  if (change && !canChangePlan(viewer, owner)) {
    return fail(AccountIssueCode.Forbidden, "this plan is not yours to change");
  }
  return ok(owner);
}

function checkInput(input: EntryInput): Result<EntryInput> {
  if (!parseDay(input.date))
    return fail(PlanIssueCode.BadRequest, "the date must be a day, YYYY-MM-DD", ["date"]);
  const { servings } = input;
  if (
    servings !== undefined &&
    !(Number.isInteger(servings) && servings >= 1 && servings <= MAX_SERVINGS)
  ) {
    return fail(PlanIssueCode.BadRequest, `servings are a whole number from 1 to ${MAX_SERVINGS}`, [
      "servings",
    ]);
  }
  const note = input.note?.trim().slice(0, MAX_NOTE);
  return ok({
    date: input.date,
    meal: input.meal,
    ...(servings !== undefined && { servings }),
    ...(note && { note }),
  });
}

/** A week of a plan, Monday first: the week named "2026-W48" or by one of its days, else this one. */
export async function planWeek(
  deps: PlanDeps,
  viewer: Viewer,
  query: { week?: string; ownerId?: string } = {},
): Promise<Result<PlanWeek>> {
  const owner = planOwner(viewer, query.ownerId, false);
  if (!owner.ok) return owner;
  const monday = weekStart(query.week ?? dayOf(deps.clock.now()));
  if (!monday)
    return fail(PlanIssueCode.BadRequest, "a week is 2026-W48 or a day, 2026-11-24", ["week"]);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const meals = await deps.plans.mealsOf(
    owner.value,
    { from: monday, to: addDays(monday, 6) },
    recipeScopeOf(viewer),
  );
  return ok({
    ownerId: owner.value,
    week: isoWeekOf(monday),
    previous: isoWeekOf(addDays(monday, -7)),
    next: isoWeekOf(addDays(monday, 7)),
    days,
    meals,
    mayChange: canChangePlan(viewer, owner.value),
  });
}

/** Puts a recipe the viewer can see (without a share link) on a day and meal of a plan they may
 *  change: their own, or one of a household that lets them edit. */
export async function addToPlan(
  deps: PlanDeps,
  viewer: Viewer,
  input: EntryInput & { readonly slug: string; readonly ownerId?: string },
): Promise<Result<PlanEntry>> {
  const owner = planOwner(viewer, input.ownerId, true);
  if (!owner.ok) return owner;
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  const recipe = await getRecipe(deps, input.slug, { viewer });
  if (!recipe.ok) return recipe;
  return ok(
    await deps.plans.add({
      ...checked.value,
      ownerId: owner.value,
      recipeId: recipe.value.id,
      now: deps.clock.now(),
    }),
  );
}

/** An entry the viewer may change: not found when they may not see its plan, forbidden when
 *  they may see but not change it. */
export async function findChangeableEntry(
  deps: PlanDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<PlanEntry>> {
  if (viewer.kind !== "user")
    return fail(AccountIssueCode.Unauthenticated, "sign in to plan meals");
  const entry = await deps.plans.find(id);
  if (!entry || !canSeePlan(viewer, entry.ownerId)) {
    return fail(PlanIssueCode.NotFound, "no such plan entry", ["id"]);
  }
  return canChangePlan(viewer, entry.ownerId)
    ? ok(entry)
    : fail(AccountIssueCode.Forbidden, "this plan is not yours to change");
}

/** What a change names; null clears servings (back to the recipe's yield) or the note. */
export interface EntryChange {
  readonly date?: string;
  readonly meal?: Meal;
  readonly servings?: number | null;
  readonly note?: string | null;
}

const kept = <T>(changed: T | null | undefined, was: T | undefined) =>
  changed === null ? undefined : (changed ?? was);

/** Moves an entry to another day or meal (last there), or changes its servings or note; what
 *  the change leaves out stays as it was. */
export async function changePlanEntry(
  deps: PlanDeps,
  viewer: Viewer,
  id: string,
  change: EntryChange,
): Promise<Result<PlanEntry>> {
  const entry = await findChangeableEntry(deps, viewer, id);
  if (!entry.ok) return entry;
  const servings = kept(change.servings, entry.value.servings);
  const note = kept(change.note, entry.value.note);
  const checked = checkInput({
    date: change.date ?? entry.value.date,
    meal: change.meal ?? entry.value.meal,
    ...(servings !== undefined && { servings }),
    ...(note !== undefined && { note }),
  });
  if (!checked.ok) return checked;
  const changed = await deps.plans.change(id, { ...checked.value, now: deps.clock.now() });
  return changed ? ok(changed) : fail(PlanIssueCode.NotFound, "no such plan entry", ["id"]);
}

export async function removePlanEntry(
  deps: PlanDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<PlanEntry>> {
  const entry = await findChangeableEntry(deps, viewer, id);
  if (!entry.ok) return entry;
  await deps.plans.remove(id);
  return entry;
}
