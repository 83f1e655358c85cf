import { type CalendarEvent, writeCalendar } from "../lib/icalendar.js";
import { addDays, dayOf } from "../lib/iso-week.js";
import { fail, ok, type Result } from "../lib/result.js";
import { hashSecretToken, newSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { LibraryStore, UserStore } from "./account-ports.js";
import type { Meal, PlannedMeal, PlanStore } from "./plan-ports.js";
import type { Clock } from "./ports.js";
import { recipeScopeOf, type Viewer } from "./recipe-access.js";
import { recipePageUrl } from "./recipe-json-ld.js";

export interface PlanFeedDeps {
  readonly plans: PlanStore;
  readonly users: UserStore;
  readonly libraries: LibraryStore;
  readonly clock: Clock;
}

/** What a feed covers: the recent past (cooked, still worth seeing) and what is planned ahead. */
export const FEED_DAYS_BACK = 28;
export const FEED_DAYS_AHEAD = 91;

/** When each meal sits in a calendar: local ("floating") times, as a cook's own clock reads
 *  them; a snack has no hour and takes the day. */
const MEAL_TIMES: Record<Meal, { time: string; minutes: number } | undefined> = {
  breakfast: { time: "08:00", minutes: 30 },
  lunch: { time: "12:30", minutes: 60 },
  dinner: { time: "19:00", minutes: 60 },
  snack: undefined,
};

const MEAL_NAMES: Record<Meal, string> = {
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snack: "Snack",
};

/** A new secret feed address for the viewer's plan, replacing the one before (rotation). The
 *  secret is in the answer once: the store keeps its hash. */
export async function makeFeedSecret(
  deps: PlanFeedDeps,
  viewer: Viewer,
): Promise<Result<{ secret: string }>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  const secret = newSecretToken();
  await deps.plans.setFeedToken(viewer.user.id, hashSecretToken(secret), deps.clock.now());
  return ok({ secret });
}

export async function revokeFeedSecret(deps: PlanFeedDeps, viewer: Viewer): Promise<Result<true>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  await deps.plans.setFeedToken(viewer.user.id, null, deps.clock.now());
  return ok(true);
}

/** When the viewer's live feed address was made; undefined when they have none. */
export async function feedMadeAt(deps: PlanFeedDeps, viewer: Viewer): Promise<Date | undefined> {
  return viewer.kind === "user" ? deps.plans.feedCreatedAt(viewer.user.id) : undefined;
}

/** The plan behind a feed secret as an iCalendar document. The secret is the only credential
 *  (calendar apps send no cookies); the entries shown are those its owner may see today. */
export async function planCalendar(
  deps: PlanFeedDeps,
  secret: string,
  siteUrl: string,
): Promise<Result<string>> {
  const ownerId = await deps.plans.findFeedOwner(hashSecretToken(secret));
  const user = ownerId && (await deps.users.findById(ownerId));
  if (!user) return fail("NOT_FOUND", "no such calendar feed");
  const owner: Viewer = {
    kind: "user",
    user,
    libraries: await deps.libraries.librariesOf(user.id),
  };
  const today = dayOf(deps.clock.now());
  const meals = await deps.plans.mealsOf(
    user.id,
    { from: addDays(today, -FEED_DAYS_BACK), to: addDays(today, FEED_DAYS_AHEAD) },
    recipeScopeOf(owner),
  );
  const host = new URL(siteUrl).host;
  return ok(
    writeCalendar({
      productId: "-//Claypot//Meal plan//EN",
      name: `${user.name}'s meal plan`,
      events: meals.map((meal) => toEvent(meal, siteUrl, host)),
    }),
  );
}

function toEvent(meal: PlannedMeal, siteUrl: string, host: string): CalendarEvent {
  const page = recipePageUrl(siteUrl, meal.recipe.slug);
  const url = meal.servings === undefined ? page : `${page}?servings=${meal.servings}`;
  const time = MEAL_TIMES[meal.meal];
  return {
    uid: `plan-entry-${meal.id}@${host}`,
    stamp: meal.updatedAt,
    start: { day: meal.date, ...(time && { time: time.time }) },
    ...(time && { minutes: time.minutes }),
    summary: `${MEAL_NAMES[meal.meal]}: ${meal.recipe.title}`,
    description: [
      ...(meal.servings === undefined ? [] : [`For ${meal.servings} servings.`]),
      ...(meal.note ? [meal.note] : []),
      `Recipe: ${url}`,
    ].join("\n"),
    url,
  };
}
