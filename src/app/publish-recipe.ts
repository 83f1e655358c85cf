import { describeRecipe } from "../domain/describe-recipe.js";
import type { Recipe } from "../domain/recipe.js";
import { fail, type Issue, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import { freeSlug, hashOf, toNewRecipe } from "./add-recipe.js";
import type { Clock, RecipeStore, StoredRecipe } from "./ports.js";
import { RecipeQueryCode } from "./read-recipes.js";
import type { Viewer } from "./recipe-access.js";
import { type DraftFields, type FieldIssue, recipeFromFields } from "./recipe-draft-fields.js";
import { openDraft } from "./save-draft.js";
import { findChangeableRecipe } from "./share-recipe.js";

export interface PublishDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
}

export interface PublishInput {
  readonly fields: DraftFields;
  /** The published recipe being edited; absent for a new one. */
  readonly slug?: string;
  /** The draft being published, removed once its recipe is stored. */
  readonly draftId?: string;
}

export type PublishOutcome =
  | { readonly ok: true; readonly stored: StoredRecipe }
  | {
      readonly ok: false;
      /** Refused before the fields were read: not signed in, not theirs, gone. */
      readonly issues: readonly Issue[];
      /** What is wrong with the fields, each at its field. */
      readonly fieldIssues: readonly FieldIssue[];
    };

const refused = (result: { issues: readonly Issue[] }): PublishOutcome => ({
  ok: false,
  issues: result.issues,
  fieldIssues: [],
});

/** The editor's fields as a published recipe: a new one (its author's, under a free slug) or
 *  over the recipe being edited, for whoever may change it. Invalid fields store nothing. */
export async function publishRecipe(
  deps: PublishDeps,
  viewer: Viewer,
  input: PublishInput,
): Promise<PublishOutcome> {
  if (viewer.kind !== "user") {
    return refused(fail(AccountIssueCode.Unauthenticated, "sign in to publish recipes"));
  }
  if (input.draftId !== undefined) {
    const draft = await openDraft(deps, viewer, input.draftId);
    if (!draft.ok) return refused(draft);
  }
  let base: StoredRecipe | undefined;
  if (input.slug !== undefined) {
    const found = await findChangeableRecipe(deps, { viewer }, input.slug);
    if (!found.ok) return refused(found);
    base = found.value;
  }
  const built = recipeFromFields(input.fields, base?.recipe);
  if (!built.ok) return { ok: false, issues: built.issues, fieldIssues: built.fieldIssues };
  const stored = base
    ? await rewrite(deps, base, built.value, input.fields.visibility)
    : await create(deps, viewer.user.id, built.value, input.fields.visibility);
  if (!stored.ok) return refused(stored);
  if (input.draftId !== undefined) await deps.store.deleteDraft(input.draftId);
  return { ok: true, stored: stored.value };
}

async function create(
  deps: PublishDeps,
  ownerId: string,
  recipe: Recipe,
  visibility: StoredRecipe["visibility"],
): Promise<Result<StoredRecipe>> {
  const slug = await freeSlug(deps.store, recipe.slug);
  const input = toNewRecipe(recipe, slug, hashOf(recipe), deps.clock.now(), {
    ownerId,
    visibility,
  });
  return ok(await deps.store.insert(input));
}

async function rewrite(
  deps: PublishDeps,
  base: StoredRecipe,
  recipe: Recipe,
  visibility: StoredRecipe["visibility"],
): Promise<Result<StoredRecipe>> {
  const now = deps.clock.now();
  if (visibility !== base.visibility) await deps.store.setVisibility(base.id, visibility, now);
  const summary = describeRecipe(recipe);
  const updated = await deps.store.update(base.id, {
    recipe,
    ...(summary !== undefined && { summary }),
    contentHash: hashOf(recipe),
    now,
  });
  return updated
    ? ok({ ...updated, visibility })
    : fail(RecipeQueryCode.NotFound, `no recipe "${base.recipe.slug}"`, ["slug"]);
}
