import { fail, failWith, ok, type Result } from "../lib/result.js";
import type { AccountStores } from "./account-ports.js";
import type { AddRecipeDeps } from "./add-recipe.js";
import {
  addNote,
  BACKUP_VERSION,
  BackupHeader,
  BackupIssueCode,
  BackupLine,
  COUNTED_KINDS,
  describeZodError,
  type EndLine,
  MAX_BACKUP_LINE_CHARS,
  newSummary,
  noCounts,
  type RestoreSummary,
  type UserLine,
  V1Entry,
} from "./backup-format.js";
import { keepImage } from "./backup-images.js";
import type { BackupInput } from "./backup-lines.js";
import { createOwnedRestorer } from "./backup-owned.js";
import { createRecipeKeeper } from "./backup-recipes.js";
import type { BlobStore } from "./ports.js";
import { ANONYMOUS, canSeeRecipe, type Viewer } from "./recipe-access.js";

export interface RestoreDeps extends AddRecipeDeps {
  /** Where image lines go; absent, they are passed over with a note. */
  readonly blobs?: BlobStore;
  /** Absent: only recipes can be restored (the rest of a backup is refused). */
  readonly accounts?: Pick<
    AccountStores,
    "users" | "libraries" | "boards" | "shoppingLists" | "plans"
  >;
}

export type SignedIn = Extract<Viewer, { kind: "user" }>;

/** The whole site's backup with its users (the command line, an admin), or an account's own
 *  backup into the signed-in viewer's account: whatever it holds becomes theirs. */
export type RestoreInto =
  | { readonly kind: "site" }
  | { readonly kind: "account"; readonly viewer: SignedIn };

/** Reads a backup (version 1 or 2) into the store, line by line. Recipes go in batches, each
 *  whole or not at all; at the first bad line the restore stops with BACKUP_INVALID and its line
 *  number: nothing kept before is touched, batches written so far stay, and a rerun (of the
 *  mended file) skips all that is kept. Users whose email is here already are those users. */
export async function restoreBackup(
  deps: RestoreDeps,
  into: RestoreInto,
  lines: AsyncIterable<BackupInput>,
): Promise<Result<RestoreSummary>> {
  const summary = newSummary();
  const keeper = createRecipeKeeper(deps, summary);
  const seen = noCounts();
  const users = new Map<string, string>();
  const viewers = new Map<string, Promise<Viewer>>();
  let header: { version: number; scope: string } | undefined;
  let ended = false;
  let lineNumber = 0;

  const viewerOf = (ownerId: string): Promise<Viewer> => {
    if (into.kind === "account") return Promise.resolve(into.viewer);
    let viewer = viewers.get(ownerId);
    if (!viewer) {
      viewer = (async () => {
        const user = await deps.accounts?.users.findById(ownerId);
        const libraries = (await deps.accounts?.libraries.librariesOf(ownerId)) ?? [];
        return user ? { kind: "user" as const, user, libraries } : ANONYMOUS;
      })();
      viewers.set(ownerId, viewer);
    }
    return viewer;
  };
  const owned =
    deps.accounts &&
    createOwnedRestorer(
      deps.accounts,
      async (ref, ownerId) => {
        const mine = keeper.idOf(ref.id);
        if (mine !== undefined) return mine;
        // Not in the file (another's recipe the owner pinned): this site's, if theirs to see.
        const found = ref.slug ? await deps.store.findBySlug(ref.slug) : undefined;
        return found && canSeeRecipe(await viewerOf(ownerId), found) ? found.id : undefined;
      },
      summary,
    );

  const invalid = (why: string) =>
    fail<RestoreSummary>(
      BackupIssueCode.Invalid,
      `line ${lineNumber}: ${why}. The restore stopped there; what it restored before ` +
        `(${summary.restored.recipe} recipes) stays, and a rerun skips it`,
      ["line", lineNumber],
    );
  /** The user `owner` names: the account restored into, the site (null), or a user line's. */
  const ownerOf = (owner: string | null | undefined): string | null | false => {
    if (into.kind === "account") return into.viewer.user.id;
    if (owner === undefined || owner === null) return null;
    return users.get(owner) ?? false;
  };

  for await (const input of lines) {
    lineNumber++;
    if (typeof input !== "string") return failWith([input.refused]);
    if (input.trim() === "") continue;
    if (input.length > MAX_BACKUP_LINE_CHARS) return invalid("longer than a backup line may be");
    let data: unknown;
    try {
      data = JSON.parse(input);
    } catch {
      if (!header) return notABackup();
      return invalid("not JSON");
    }
    if (!header) {
      const parsed = BackupHeader.safeParse(data);
      if (!parsed.success) return notABackup();
      header = parsed.data;
      if (into.kind === "account" && header.scope === "site" && header.version > 1) {
        return fail(
          BackupIssueCode.ScopeMismatch,
          "this is a backup of a whole site (every account): an admin restores it with `claypot restore`",
        );
      }
      if (into.kind === "site" && header.scope === "account") {
        return fail(
          BackupIssueCode.ScopeMismatch,
          "this is one account's backup: restore it from that account's page, or with `claypot restore --account EMAIL`",
        );
      }
      continue;
    }
    if (ended) return invalid("there is more after the end line");

    if (header.version === 1) {
      const entry = V1Entry.safeParse(data);
      if (!entry.success)
        return invalid(`not a recipe of the model (${describeZodError(entry.error)})`);
      const owner = ownerOf(null);
      await keeper.add({
        backupId: `v1-line-${lineNumber}`,
        recipe: entry.data.recipe,
        createdAt: new Date(entry.data.createdAt),
        visibility: entry.data.visibility ?? "public",
        ...(owner && { ownerId: owner }),
      });
      continue;
    }

    const parsed = BackupLine.safeParse(data);
    if (!parsed.success) return invalid(`not a backup line (${describeZodError(parsed.error)})`);
    const line = parsed.data;
    if (line.kind !== "end") seen[line.kind]++;
    switch (line.kind) {
      case "user": {
        if (header.scope !== "site") return invalid("an account's backup holds no users");
        if (!deps.accounts) return noAccounts();
        users.set(line.id, await keepUser(deps.accounts.users, line, summary));
        break;
      }
      case "image": {
        const why = await keepImage(deps.blobs, line, summary);
        if (why) return invalid(why);
        break;
      }
      case "recipe": {
        const owner = ownerOf(line.owner);
        if (owner === false) return invalid(`its owner ${line.owner} is no user of this backup`);
        await keeper.add({
          backupId: line.id,
          recipe: line.recipe,
          createdAt: new Date(line.createdAt),
          visibility: line.visibility,
          ...(owner !== null && { ownerId: owner }),
          ...(into.kind === "site" && line.shareToken && { shareToken: line.shareToken }),
        });
        break;
      }
      case "board":
      case "list":
      case "plan": {
        if (!owned) return noAccounts();
        const owner = ownerOf(line.owner);
        if (!owner) return invalid(`a ${line.kind} needs an owner among the backup's users`);
        // Boards, lists and plans name recipes: the ones queued must be written first.
        await keeper.flush();
        if (line.kind === "board") await owned.board(line, owner);
        else if (line.kind === "list") {
          // Share links are the site's secrets: an account's file cannot choose one.
          const { shareToken, ...list } = line;
          const kept = into.kind === "site" && shareToken ? { ...list, shareToken } : list;
          await owned.list(kept, owner, keeper.idOf);
        } else await owned.plan(line, owner);
        break;
      }
      case "end": {
        const off = miscounted(line, seen);
        if (off) return invalid(off);
        ended = true;
        break;
      }
    }
  }
  if (!header) return fail(BackupIssueCode.Invalid, "the backup is empty");
  if (header.version >= 2 && !ended) {
    lineNumber++;
    return invalid("the file ends before its end line: it was cut short");
  }
  await keeper.flush();
  return ok(summary);
}

const notABackup = () =>
  fail<RestoreSummary>(
    BackupIssueCode.Invalid,
    `this is not a Claypot backup (version 1 or ${BACKUP_VERSION})`,
  );

const noAccounts = () =>
  fail<RestoreSummary>(
    BackupIssueCode.Invalid,
    "this database keeps no accounts: only recipes can be restored into it",
  );

/** The account with this email here, or a new one with the backup's password hash and role. */
async function keepUser(
  users: AccountStores["users"],
  line: UserLine,
  summary: RestoreSummary,
): Promise<string> {
  const email = line.email.toLowerCase();
  const here = await users.findByEmail(email);
  if (here) {
    summary.skipped.user++;
    // The same date: this restore made it before (a rerun), no news to anyone.
    if (here.createdAt.getTime() !== new Date(line.createdAt).getTime()) {
      addNote(
        summary,
        `${email} has an account here already: what the backup has of theirs joins it`,
      );
    }
    return here.id;
  }
  const made = await users.create({
    email,
    name: line.name,
    passwordHash: line.passwordHash,
    role: line.role,
    now: new Date(line.createdAt),
  });
  if (made) {
    summary.restored.user++;
    return made.id;
  }
  // Signed up between the two calls: theirs all the same.
  summary.skipped.user++;
  return (await users.findByEmail(email))!.id;
}

function miscounted(end: EndLine, seen: Record<string, number>): string | undefined {
  for (const kind of COUNTED_KINDS) {
    if (end.counts[kind] !== seen[kind]) {
      return `the end line counts ${end.counts[kind]} ${kind} lines, the file has ${seen[kind]}: it was changed or cut`;
    }
  }
  return undefined;
}
