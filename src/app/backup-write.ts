import type { AccountStores, User } from "./account-ports.js";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupLine,
  type BackupScope,
  type KindCounts,
  MAX_BACKUP_IMAGE_BYTES,
  MEDIA_URL,
  noCounts,
} from "./backup-format.js";
import type { BlobStore, RecipeStore, StoredRecipe } from "./ports.js";

/** The stores a backup reads. Without `accounts` it holds recipes only (no users, boards, lists
 *  or plans); without `blobs`, no image bytes (recipes still name their images). */
export interface BackupSource {
  readonly store: RecipeStore;
  readonly blobs?: BlobStore;
  readonly accounts?: Pick<AccountStores, "users" | "boards" | "shoppingLists" | "plans">;
}

/** The whole site (the command line, an admin), or one account's own things. */
export type BackupOf =
  | { readonly kind: "site" }
  | { readonly kind: "account"; readonly userId: string };

/** What a backup held, filled in as its lines are written. */
export interface BackupTally {
  readonly counts: KindCounts;
  missingImages: number;
}

export const newTally = (): BackupTally => ({ counts: noCounts(), missingImages: 0 });

const PAGE = 100;
const EVERY_DAY = { from: "0000-01-01", to: "9999-12-31" } as const;

/** The backup, line by line (no line ends): written to a file, sent as a download, or read
 *  straight into another store. One page of recipes is held at a time, never the site. */
export async function* writeBackup(
  deps: BackupSource,
  of: BackupOf,
  now: Date,
  tally: BackupTally = newTally(),
): AsyncGenerator<string> {
  const scope: BackupScope = of.kind;
  yield JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, scope, createdAt: now });
  const line = (entry: BackupLine) => {
    if (entry.kind !== "end") tally.counts[entry.kind]++;
    return JSON.stringify(entry);
  };

  const owners = new Set<string>();
  const userLine = async (user: User | undefined): Promise<BackupLine | undefined> => {
    const secret = user && (await deps.accounts?.users.findByEmail(user.email));
    if (!user || !secret || owners.has(user.id)) return undefined;
    owners.add(user.id);
    return {
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash: secret.passwordHash,
      createdAt: user.createdAt.toISOString(),
    };
  };
  if (of.kind === "account") owners.add(of.userId);
  else if (deps.accounts) {
    for (const user of await deps.accounts.users.list()) {
      const entry = await userLine(user);
      if (entry) yield line(entry);
    }
  }

  // One recipe's variants share no bytes, but two recipes may share a picture: sent once.
  const sentImages = new Set<string>();
  for (let afterId: string | undefined; ; ) {
    const query = { limit: PAGE, ...(afterId !== undefined && { afterId }) };
    const page =
      of.kind === "account"
        ? await deps.store.listStoredOf(of.userId, query)
        : await deps.store.listStored(query);
    for (const stored of page) {
      // Someone who signed up while this backup was being written: their line comes first.
      if (of.kind === "site" && stored.ownerId !== undefined && !owners.has(stored.ownerId)) {
        const entry = await userLine(await deps.accounts?.users.findById(stored.ownerId));
        if (entry) yield line(entry);
      }
      for await (const image of imageLines(deps.blobs, stored, sentImages, tally)) {
        yield line(image);
      }
      yield line({
        kind: "recipe",
        id: stored.id,
        // Without account stores there are no user lines: recipes go back as the site's.
        ...(of.kind === "site" && {
          owner: stored.ownerId !== undefined && owners.has(stored.ownerId) ? stored.ownerId : null,
        }),
        visibility: stored.visibility,
        createdAt: stored.createdAt.toISOString(),
        ...(of.kind === "site" && stored.shareToken && { shareToken: stored.shareToken }),
        recipe: stored.recipe,
      });
    }
    if (page.length < PAGE) break;
    afterId = page.at(-1)!.id;
  }

  if (deps.accounts) {
    for (const ownerId of owners) {
      for await (const entry of ownedLines(deps.accounts, ownerId, of.kind === "site")) {
        yield line(entry);
      }
    }
  }
  yield line({
    kind: "end",
    counts: { ...tally.counts },
    ...(tally.missingImages > 0 && { missingImages: tally.missingImages }),
  });
}

/** The image lines a recipe needs before it: its own pictures' bytes, not sent already. */
async function* imageLines(
  blobs: BlobStore | undefined,
  stored: StoredRecipe,
  sent: Set<string>,
  tally: BackupTally,
): AsyncGenerator<BackupLine> {
  const urls = stored.recipe.images.flatMap((image) => [
    image.url,
    ...(image.variants ?? []).map((v) => v.url),
  ]);
  for (const url of urls) {
    const key = MEDIA_URL.exec(url)?.[1];
    if (key === undefined || sent.has(key)) continue;
    sent.add(key);
    const bytes = await blobs?.get(key);
    if (!bytes || bytes.byteLength > MAX_BACKUP_IMAGE_BYTES) {
      tally.missingImages++;
      continue;
    }
    yield { kind: "image", key, data: Buffer.from(bytes).toString("base64") };
  }
}

/** One user's boards (with pins), shopping lists (with items) and meal plan. */
async function* ownedLines(
  accounts: NonNullable<BackupSource["accounts"]>,
  ownerId: string,
  site: boolean,
): AsyncGenerator<BackupLine> {
  const owner = site ? { owner: ownerId } : {};
  for (const board of await accounts.boards.listOf(ownerId)) {
    const pins = await accounts.boards.pinsOf(board.id, { kind: "all" });
    yield {
      kind: "board",
      ...owner,
      name: board.name,
      visibility: board.visibility,
      createdAt: board.createdAt.toISOString(),
      pins: pins.map((p) => ({ id: p.id, slug: p.slug })),
    };
  }
  // Oldest first, so a restore makes them in the order they were made.
  const lists = await accounts.shoppingLists.listOf(ownerId);
  lists.sort((a, b) => Number(a.id) - Number(b.id));
  for (const list of lists) {
    const items = await accounts.shoppingLists.itemsOf(list.id);
    yield {
      kind: "list",
      ...owner,
      name: list.name,
      createdAt: list.createdAt.toISOString(),
      updatedAt: list.updatedAt.toISOString(),
      ...(site && list.shareToken && { shareToken: list.shareToken }),
      items: items.map((item) => ({
        foodKey: item.foodKey,
        food: item.food,
        amounts: item.amounts.map((a) => ({ ...a })),
        aisle: item.aisle,
        checked: item.checked,
        recipes: [...item.recipeIds],
      })),
    };
  }
  for (const meal of await accounts.plans.mealsOf(ownerId, EVERY_DAY, { kind: "all" })) {
    yield {
      kind: "plan",
      ...owner,
      date: meal.date,
      meal: meal.meal,
      recipe: { id: meal.recipeId, slug: meal.recipe.slug },
      ...(meal.servings !== undefined && { servings: meal.servings }),
      ...(meal.note !== undefined && { note: meal.note }),
      createdAt: meal.createdAt.toISOString(),
    };
  }
}
