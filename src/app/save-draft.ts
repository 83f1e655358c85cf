import { z } from "zod";
import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Clock, RecipeStore, StoredDraft } from "./ports.js";
import type { Viewer } from "./recipe-access.js";
import { type DraftFields, DraftFieldsSchema } from "./recipe-draft-fields.js";

export interface DraftDeps {
  readonly store: RecipeStore;
  readonly clock: Clock;
}

export const DraftQueryCode = { NotFound: "DRAFT_NOT_FOUND" } as const;

/** What a draft row holds: the editor's fields and, for a draft of a published recipe, its slug
 *  (slugs never change, so the draft finds its recipe again on publish). */
const DraftDocumentSchema = z.object({
  recipeSlug: z.string().max(100).optional(),
  fields: DraftFieldsSchema,
});

export interface OpenDraft {
  readonly id: string;
  readonly recipeSlug?: string;
  readonly fields: DraftFields;
  readonly updatedAt: Date;
}

const toOpen = (draft: StoredDraft): OpenDraft | undefined => {
  const parsed = DraftDocumentSchema.safeParse(draft.document);
  if (!parsed.success) return undefined;
  return {
    id: draft.id,
    fields: parsed.data.fields,
    updatedAt: draft.updatedAt,
    ...(parsed.data.recipeSlug !== undefined && { recipeSlug: parsed.data.recipeSlug }),
  };
};

const signInFirst = () => fail<never>(AccountIssueCode.Unauthenticated, "sign in to keep drafts");

/** The viewer's own draft: anyone else's is not found, whoever asks (admins too: a draft is
 *  its author's notebook). */
export async function openDraft(
  deps: { readonly store: RecipeStore },
  viewer: Viewer,
  id: string,
): Promise<Result<OpenDraft>> {
  if (viewer.kind !== "user") return signInFirst();
  const draft = /^\d{1,18}$/.test(id) ? await deps.store.findDraft(id) : undefined;
  const open = draft && draft.ownerId === viewer.user.id ? toOpen(draft) : undefined;
  return open ? ok(open) : fail(DraftQueryCode.NotFound, "no such draft", ["draft"]);
}

/** Keeps the fields as typed, valid or not: a new draft, or over the viewer's draft `id`. */
export async function saveDraft(
  deps: DraftDeps,
  viewer: Viewer,
  input: {
    readonly id?: string;
    readonly recipe?: { readonly id: string; readonly slug: string };
    readonly fields: DraftFields;
  },
): Promise<Result<OpenDraft>> {
  if (viewer.kind !== "user") return signInFirst();
  if (input.id !== undefined) {
    const mine = await openDraft(deps, viewer, input.id);
    if (!mine.ok) return mine;
  }
  const saved = await deps.store.saveDraft({
    ...(input.id !== undefined && { id: input.id }),
    ownerId: viewer.user.id,
    ...(input.recipe && { recipeId: input.recipe.id }),
    title: input.fields.title.trim().slice(0, 300) || "Untitled",
    document: {
      fields: input.fields,
      ...(input.recipe && { recipeSlug: input.recipe.slug }),
    },
    now: deps.clock.now(),
  });
  return ok({
    id: saved.id,
    fields: input.fields,
    updatedAt: saved.updatedAt,
    ...(input.recipe && { recipeSlug: input.recipe.slug }),
  });
}

export async function listMyDrafts(
  deps: { readonly store: RecipeStore },
  viewer: Viewer,
): Promise<StoredDraft[]> {
  return viewer.kind === "user" ? deps.store.listDrafts(viewer.user.id) : [];
}

export async function discardDraft(
  deps: { readonly store: RecipeStore },
  viewer: Viewer,
  id: string,
): Promise<Result<{ readonly id: string }>> {
  const mine = await openDraft(deps, viewer, id);
  if (!mine.ok) return mine;
  await deps.store.deleteDraft(id);
  return ok({ id });
}
