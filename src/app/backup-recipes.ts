import type { Recipe } from "../domain/recipe.js";
import { issueCarriedBy } from "../lib/result.js";
import { type AddRecipeDeps, addRecipe, freeSlug, hashOf, toNewRecipe } from "./add-recipe.js";
import { addNote, type RestoreSummary } from "./backup-format.js";
import type { NewRecipe, Visibility } from "./ports.js";

/** A recipe of a backup, on its way into the store. */
export interface RestoringRecipe {
  /** Its id in the backup, which boards, lists and plans of the file refer to. */
  readonly backupId: string;
  readonly recipe: Recipe;
  readonly createdAt: Date;
  readonly visibility: Visibility;
  /** Absent: the site's own. */
  readonly ownerId?: string;
  readonly shareToken?: string;
}

export interface RecipeKeeper {
  /** Queues a recipe; every `BATCH` of them are written in one transaction. */
  add(entry: RestoringRecipe): Promise<void>;
  /** Writes what is queued. */
  flush(): Promise<void>;
  /** The stored id of a backup's recipe, once written (or found kept already). */
  idOf(backupId: string): string | undefined;
}

const BATCH = 200;

const ownershipOf = (entry: RestoringRecipe) => ({
  ...(entry.ownerId !== undefined && { ownerId: entry.ownerId }),
  visibility: entry.visibility,
});

/** Keeps a backup's recipes a batch at a time, all of a batch or none. A recipe its owner keeps
 *  already (the same content: a rerun, or one restored before) is skipped and stands for the
 *  backup's; unlike an import, the same source URL is no reason to skip, since a backup is one
 *  person's kept recipes exactly. Taken slugs get "-2", "-3"… as on import. */
export function createRecipeKeeper(deps: AddRecipeDeps, summary: RestoreSummary): RecipeKeeper {
  const ids = new Map<string, string>();
  let queue: RestoringRecipe[] = [];

  const flush = async () => {
    const batch = queue;
    queue = [];
    const toInsert: { entry: RestoringRecipe; input: NewRecipe }[] = [];
    const taken = new Set<string>();
    // The same content twice in one batch: the second stands for the first, as on a rerun.
    const firsts = new Map<string, RestoringRecipe>();
    const twins: [RestoringRecipe, RestoringRecipe][] = [];
    for (const entry of batch) {
      const hash = hashOf(entry.recipe);
      const first = firsts.get(`${entry.ownerId ?? ""}|${hash}`);
      if (first) {
        twins.push([entry, first]);
        continue;
      }
      const kept = await deps.store.findByContentHash(hash, entry.ownerId ?? null);
      if (kept) {
        ids.set(entry.backupId, kept.id);
        summary.skipped.recipe++;
        continue;
      }
      firsts.set(`${entry.ownerId ?? ""}|${hash}`, entry);
      const slug = await freeSlug(deps.store, entry.recipe.slug, taken);
      taken.add(slug);
      toInsert.push({
        entry,
        input: toNewRecipe(entry.recipe, slug, hash, entry.createdAt, ownershipOf(entry)),
      });
    }
    const created: RestoringRecipe[] = [];
    try {
      const stored = await deps.store.insertMany(toInsert.map((t) => t.input));
      stored.forEach((s, k) => {
        ids.set(toInsert[k]!.entry.backupId, s.id);
        created.push(toInsert[k]!.entry);
      });
    } catch (error) {
      if (issueCarriedBy(error)) throw error;
      // Another writer took a slug between our check and the insert: one at a time instead.
      for (const { entry } of toInsert) {
        const added = await addRecipe(deps, entry.recipe, entry.createdAt, ownershipOf(entry));
        ids.set(entry.backupId, added.stored.id);
        if (added.created) created.push(entry);
        else summary.skipped.recipe++;
      }
    }
    summary.restored.recipe += created.length;
    for (const [twin, first] of twins) {
      const id = ids.get(first.backupId);
      if (id !== undefined) ids.set(twin.backupId, id);
      summary.skipped.recipe++;
    }
    for (const entry of created) await keepShareLink(entry);
  };

  /** The site's own backup carries share links, so links people hold keep working. */
  const keepShareLink = async (entry: RestoringRecipe) => {
    const id = ids.get(entry.backupId);
    if (entry.shareToken === undefined || id === undefined) return;
    try {
      await deps.store.setShareToken(id, entry.shareToken, entry.createdAt);
    } catch (error) {
      if (issueCarriedBy(error)) throw error;
      addNote(
        summary,
        `"${entry.recipe.title}": its share link is another recipe's here; make a new one`,
      );
    }
  };

  return {
    async add(entry) {
      queue.push(entry);
      if (queue.length >= BATCH) await flush();
    },
    flush,
    idOf: (backupId) => ids.get(backupId),
  };
}
