import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { LibraryAccess, LibraryMember, LibraryStore, UserStore } from "./account-ports.js";
import type { Clock } from "./ports.js";
import type { Viewer } from "./recipe-access.js";
import { normaliseEmail } from "./sign-up.js";

export interface LibraryDeps {
  readonly users: UserStore;
  readonly libraries: LibraryStore;
  readonly clock: Clock;
}

/** A household: the viewer lets another account read, or edit, every recipe and board they keep. */
export async function shareLibrary(
  deps: LibraryDeps,
  viewer: Viewer,
  input: { email: string; access: LibraryAccess },
): Promise<Result<LibraryMember>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  const member = await deps.users.findByEmail(normaliseEmail(input.email));
  if (!member) return fail(AccountIssueCode.UserNotFound, "no account has that email", ["email"]);
  if (member.id === viewer.user.id) {
    return fail(AccountIssueCode.ShareSelf, "your library is yours already", ["email"]);
  }
  await deps.libraries.share({
    ownerId: viewer.user.id,
    memberId: member.id,
    access: input.access,
    now: deps.clock.now(),
  });
  return ok({ memberId: member.id, name: member.name, email: member.email, access: input.access });
}

export async function unshareLibrary(
  deps: LibraryDeps,
  viewer: Viewer,
  memberId: string,
): Promise<Result<true>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  return (await deps.libraries.unshare(viewer.user.id, memberId))
    ? ok(true)
    : fail(AccountIssueCode.UserNotFound, "that account does not share your library", ["memberId"]);
}

export async function listLibraryMembers(
  deps: LibraryDeps,
  viewer: Viewer,
): Promise<Result<LibraryMember[]>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  return ok(await deps.libraries.membersOf(viewer.user.id));
}
