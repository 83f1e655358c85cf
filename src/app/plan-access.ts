import type { Viewer } from "./recipe-access.js";

/** Who may see and change a meal plan: the one policy its pages, API and feed go through.
 *
 *  - a plan is its owner's; the household the owner shares their library with sees it ("read")
 *    or also changes it ("edit"), as for recipes and boards.
 *  - admins get no special sight: a plan is a person's week, not site content to moderate.
 *  - an entry shows only when its reader may see its recipe (recipe-access), so a recipe that
 *    turned private leaves everyone's view of the plan but its keepers'. */
export function planRightsOf(viewer: Viewer, ownerId: string): "own" | "edit" | "read" | undefined {
  if (viewer.kind !== "user") return undefined;
  if (viewer.user.id === ownerId) return "own";
  return viewer.libraries.find((l) => l.ownerId === ownerId)?.access;
}

export const canSeePlan = (viewer: Viewer, ownerId: string): boolean =>
  planRightsOf(viewer, ownerId) !== undefined;

export function canChangePlan(viewer: Viewer, ownerId: string): boolean {
  const rights = planRightsOf(viewer, ownerId);
  return rights === "own" || rights === "edit";
}
