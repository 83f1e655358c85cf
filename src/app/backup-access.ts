import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { AccountStores } from "./account-ports.js";
import type { BackupScope } from "./backup-format.js";
import type { RestoreInto, SignedIn } from "./backup-restore.js";
import type { BackupOf } from "./backup-write.js";
import type { Viewer } from "./recipe-access.js";

/** Who may take what out and put what back: a signed-in user their own account's things; only
 *  an admin the whole site (it holds every account and their password hashes). */

export function backupFor(viewer: Viewer, scope: BackupScope): Result<BackupOf> {
  if (viewer.kind !== "user") {
    return fail(AccountIssueCode.Unauthenticated, "sign in to download your backup");
  }
  if (scope === "site") {
    return viewer.user.role === "admin"
      ? ok({ kind: "site" })
      : fail(AccountIssueCode.Forbidden, "only an admin may download the whole site");
  }
  return ok({ kind: "account", userId: viewer.user.id });
}

export function restoreFor(viewer: Viewer, scope: BackupScope): Result<RestoreInto> {
  if (viewer.kind !== "user") {
    return fail(AccountIssueCode.Unauthenticated, "sign in to restore a backup into your account");
  }
  if (scope === "site") {
    return viewer.user.role === "admin"
      ? ok({ kind: "site" })
      : fail(AccountIssueCode.Forbidden, "only an admin may restore a whole site");
  }
  return ok({ kind: "account", viewer });
}

/** The account an operator names by email (`claypot backup|restore --account`), as a viewer. */
export async function accountByEmail(
  accounts: Pick<AccountStores, "users" | "libraries">,
  email: string,
): Promise<Result<SignedIn>> {
  const user = await accounts.users.findByEmail(email.trim().toLowerCase());
  if (!user) return fail("USER_NOT_FOUND", `no account has the email ${email}`, ["account"]);
  const { passwordHash: _, ...shown } = user;
  return ok({
    kind: "user",
    user: shown,
    libraries: await accounts.libraries.librariesOf(user.id),
  });
}
