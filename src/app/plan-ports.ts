import type { RecipeScope } from "./ports.js";

/** Ports of meal plans, beside account-ports.ts. A plan is a user's: entries keyed by owner. */

export const MEALS = ["breakfast", "lunch", "dinner", "snack"] as const;
export type Meal = (typeof MEALS)[number];

export interface PlanEntry {
  readonly id: string;
  readonly ownerId: string;
  /** A calendar day, "YYYY-MM-DD". */
  readonly date: string;
  readonly meal: Meal;
  readonly recipeId: string;
  /** Absent: the recipe's own yield. */
  readonly servings?: number;
  readonly note?: string;
  /** Order within the day's meal: new entries go last. */
  readonly position: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An entry with what a week view and a feed show of its recipe. */
export interface PlannedMeal extends PlanEntry {
  readonly recipe: { readonly slug: string; readonly title: string };
}

export interface PlanStore {
  add(input: {
    ownerId: string;
    date: string;
    meal: Meal;
    recipeId: string;
    servings?: number;
    note?: string;
    now: Date;
  }): Promise<PlanEntry>;
  find(id: string): Promise<PlanEntry | undefined>;
  /** Moves the entry to a day and meal (last there) and sets its servings and note; undefined
   *  when there is no such entry. */
  change(
    id: string,
    change: { date: string; meal: Meal; servings?: number; note?: string; now: Date },
  ): Promise<PlanEntry | undefined>;
  remove(id: string): Promise<boolean>;
  /** The owner's entries from `from` to `to` (days, both included) whose recipe `scope` may
   *  list, by day, meal (breakfast first) and position. */
  mealsOf(
    ownerId: string,
    range: { from: string; to: string },
    scope: RecipeScope,
  ): Promise<PlannedMeal[]>;
  /** Sets the owner's calendar-feed secret (its hash), replacing the one before; null revokes. */
  setFeedToken(ownerId: string, tokenHash: string | null, now: Date): Promise<void>;
  /** Whose feed this secret opens, if any. */
  findFeedOwner(tokenHash: string): Promise<string | undefined>;
  /** When the owner's live feed secret was made, if they have one. */
  feedCreatedAt(ownerId: string): Promise<Date | undefined>;
}
